import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Gate } from '../lib/gate';
import { EngineError } from '../engine';
import type { EngineErrorCode } from '../engine';
import { IMPORT_LIMITS } from '../config/limits';
import { ImportError } from './errors';
import type { ImportErrorCode } from './errors';
import type { ImportResult, ImportedText, RevisionChoice } from './types';

/**
 * Untrusted files are parsed in worker threads, never on the event loop: a file that is slow to
 * read (whatever the reason: a parser's worst case we have not met yet, a huge PDF) then delays
 * only its own upload. Each job has a wall-clock limit (the worker is terminated, not asked to
 * stop) and each worker a heap cap, so a hostile file ends as a 413/422 problem with a code and
 * the service keeps answering. Workers are reused between jobs and retired when idle.
 */
export interface SandboxJob {
  readonly id: number;
  readonly op: 'document' | 'text';
  readonly bytes: Uint8Array;
  readonly filename: string;
  readonly maxBytes: number | undefined;
  readonly revisions?: RevisionChoice;
}

export type SandboxReply =
  | { readonly id: number; readonly ok: true; readonly value: ImportResult | ImportedText }
  | {
      readonly id: number;
      readonly ok: false;
      readonly kind: string;
      readonly code: string;
      readonly message: string;
    };

export interface SandboxOptions {
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
  /** A Word file with tracked changes: which text to import (see ImportOptions). */
  readonly revisions?: RevisionChoice;
}

const gate = new Gate(IMPORT_LIMITS.workers, IMPORT_LIMITS.queued, 'Import', 'import-busy');
const idle: { worker: Worker; timer: NodeJS.Timeout }[] = [];
const IDLE_MS = 10_000;
let nextId = 1;

/** importDocument, in a worker with the limits of src/limits.ts. */
export function importDocumentIsolated(
  bytes: Uint8Array,
  filename: string,
  options: SandboxOptions = {},
): Promise<ImportResult> {
  return gate.run(() => runJob('document', bytes, filename, options)) as Promise<ImportResult>;
}

/** importText, in a worker with the limits of src/limits.ts. */
export function importTextIsolated(
  bytes: Uint8Array,
  filename: string,
  options: SandboxOptions = {},
): Promise<ImportedText> {
  return gate.run(() => runJob('text', bytes, filename, options)) as Promise<ImportedText>;
}

function runJob(
  op: SandboxJob['op'],
  bytes: Uint8Array,
  filename: string,
  options: SandboxOptions,
): Promise<ImportResult | ImportedText> {
  const waiting = idle.pop();
  if (waiting !== undefined) clearTimeout(waiting.timer);
  const worker = waiting?.worker ?? spawn();
  worker.ref();
  const timeoutMs = options.timeoutMs ?? IMPORT_LIMITS.timeoutMs;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const done = (reuse: boolean): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reuse) release(worker);
      else void worker.terminate();
    };
    const onMessage = (reply: SandboxReply): void => {
      if (reply.id !== id) return;
      done(true);
      if (reply.ok) resolve(reply.value);
      else reject(refusal(reply.kind, reply.code, reply.message));
    };
    const onError = (err: Error & { code?: string }): void => {
      done(false);
      reject(
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ImportError(
              'too-complex',
              `reading the file needed more than ${IMPORT_LIMITS.workerHeapMb} MB of memory; refused`,
            )
          : new ImportError('corrupt', `the file could not be read (${err.message})`),
      );
    };
    const onExit = (): void => {
      done(false);
      reject(new ImportError('corrupt', 'the file reader stopped unexpectedly'));
    };
    const timer = setTimeout(() => {
      done(false);
      reject(
        new ImportError(
          'timeout',
          `reading the file took longer than ${timeoutMs / 1000} s; it is damaged or too complex`,
        ),
      );
    }, timeoutMs);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    const job: SandboxJob = {
      id,
      op,
      bytes: copy,
      filename,
      maxBytes: options.maxBytes,
      ...(options.revisions !== undefined ? { revisions: options.revisions } : {}),
    };
    worker.postMessage(job, [copy.buffer]);
  });
}

function refusal(kind: string, code: string, message: string): Error {
  return kind === 'EngineError'
    ? new EngineError(code as EngineErrorCode, message)
    : new ImportError(code as ImportErrorCode, message);
}

/** Back to the idle list, unreferenced (an idle reader never keeps the process alive). */
function release(worker: Worker): void {
  worker.unref();
  const timer = setTimeout(() => {
    const at = idle.findIndex((w) => w.worker === worker);
    if (at >= 0) idle.splice(at, 1);
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle.push({ worker, timer });
}

/**
 * Under ts-jest the sources are TypeScript: the worker then compiles them as it loads them
 * (typeScript's transpileModule, types stripped, no checking). Built code (dist/) loads as is.
 */
const BOOT = `
const { workerData } = require('node:worker_threads');
// A parser's console warnings stay out of the service's log (a piped stdout would keep the
// worker referenced, and an idle worker must never keep the process alive).
for (const k of ['log', 'info', 'warn', 'error', 'debug']) console[k] = () => undefined;
if (workerData.typescript) {
  const ts = require(workerData.typescript);
  const fs = require('node:fs');
  require.extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    });
    module._compile(outputText, filename);
  };
}
require(workerData.entry);
`;

function spawn(): Worker {
  const ext = extname(__filename);
  const worker = new Worker(BOOT, {
    eval: true,
    workerData: {
      entry: join(__dirname, `sandbox-worker${ext}`),
      typescript: ext === '.ts' ? require.resolve('typescript') : undefined,
    },
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.workerHeapMb },
  });
  return worker;
}
