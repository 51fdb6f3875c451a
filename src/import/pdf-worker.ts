import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Gate } from '../lib/gate';
import { IMPORT_LIMITS } from '../config/limits';
import { ImportError } from './errors';
import type { PdfPage } from './pdf-layout';

/**
 * The PDF is parsed in a worker thread, for three reasons: pdfjs-dist 4 is ES-module only while
 * this project (and Jest) is CommonJS, and a worker imports it natively; a hostile PDF can then
 * be stopped by a timeout and a heap cap without taking the process down; and the main thread
 * stays free to report progress. The worker only extracts positioned text; all layout decisions
 * are made in pdf-layout.ts, where they can be tested without PDFs.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  try {
    const pdfjs = await import(workerData.lib);
    const doc = await pdfjs.getDocument({
      data: workerData.bytes,
      isEvalSupported: false, // never compile font code from the file (CVE-2024-4367 class)
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
    if (doc.numPages > workerData.maxPages) {
      parentPort.postMessage({ kind: 'error', name: 'TooManyPages', message: String(doc.numPages) });
      return;
    }
    parentPort.postMessage({ kind: 'start', pages: doc.numPages });
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      const items = [];
      for (const i of content.items) {
        if (typeof i.str !== 'string' || i.str === '') continue;
        items.push({ s: i.str, x: i.transform[4], y: i.transform[5], w: i.width, h: Math.abs(i.height || i.transform[3]) });
      }
      parentPort.postMessage({ kind: 'page', page: { width, height, items } });
      page.cleanup();
    }
    await doc.destroy();
    parentPort.postMessage({ kind: 'done' });
  } catch (e) {
    parentPort.postMessage({ kind: 'error', name: e && e.name, message: String(e && e.message) });
  }
})();
`;

type WorkerMessage =
  | { kind: 'start'; pages: number }
  | { kind: 'page'; page: PdfPage }
  | { kind: 'done' }
  | { kind: 'error'; name: string; message: string };

export interface PdfExtractOptions {
  readonly timeoutMs?: number;
  readonly maxHeapMb?: number;
  readonly onProgress?: (page: number, pages: number) => void;
}

/**
 * Two PDFs parsed at once (each worker may take up to 512 MB of heap), eight more waiting; past
 * that the import is refused with 503 import-busy rather than exhausting the machine's memory.
 */
const gate = new Gate(2, 8, 'PDF import', 'import-busy');

export function extractPdfPages(
  bytes: Uint8Array,
  options: PdfExtractOptions = {},
): Promise<PdfPage[]> {
  return gate.run(() => extractNow(bytes, options));
}

function extractNow(bytes: Uint8Array, options: PdfExtractOptions): Promise<PdfPage[]> {
  const lib = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  const timeoutMs = options.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { lib, bytes: Uint8Array.from(bytes), maxPages: IMPORT_LIMITS.maxPdfPages },
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 512 },
      stdout: true, // pdfjs warns on console; keep that out of the CLI's output
      stderr: true,
    });
    const pages: PdfPage[] = [];
    let total = 0;
    let settled = false;
    const finish = (err: ImportError | undefined): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (err) reject(err);
      else resolve(pages);
    };
    const timer = setTimeout(
      () =>
        finish(
          new ImportError(
            'corrupt',
            `PDF could not be read within ${timeoutMs / 1000} s; it is damaged or too complex`,
          ),
        ),
      timeoutMs,
    );
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'start') total = m.pages;
      else if (m.kind === 'page') {
        pages.push(m.page);
        options.onProgress?.(pages.length, total);
      } else if (m.kind === 'done') finish(undefined);
      else finish(pdfError(m.name, m.message));
    });
    worker.on('error', (err) =>
      finish(new ImportError('corrupt', `PDF reader failed: ${err.message}`)),
    );
    worker.on('exit', () =>
      finish(new ImportError('corrupt', 'PDF reader stopped unexpectedly (out of memory?)')),
    );
  });
}

function pdfError(name: string, message: string): ImportError {
  if (name === 'TooManyPages') {
    return new ImportError(
      'too-complex',
      `PDF has ${message} pages; the limit is ${IMPORT_LIMITS.maxPdfPages}`,
    );
  }
  if (name === 'PasswordException') {
    return new ImportError(
      'encrypted',
      'PDF is password-protected; remove the password (or print it to a new PDF) and try again',
    );
  }
  if (name === 'InvalidPDFException') {
    return new ImportError(
      'corrupt',
      `not a readable PDF (${message}); the file is damaged or truncated`,
    );
  }
  return new ImportError('corrupt', `PDF could not be read: ${message}`);
}
