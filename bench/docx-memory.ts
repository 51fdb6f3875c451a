/**
 * `npm run bench:docx`: what importing a large Word document costs in memory (#23 saw "a
 * 320 KB DOCX grew the process to 1.2 GB"). The documents are Word-like (see
 * test/import/word-like.ts) at 320 KB and 640 KB; each is read inline (the importer on this
 * thread, as the CLI does) and through the upload sandbox (a worker with the heap cap of
 * src/config/limits.ts, as the API does). Every measurement runs in a fresh process, so its
 * peak RSS (getrusage's maxrss, which counts the worker threads too) is its own.
 */
import { fork } from 'node:child_process';
import { unzipSync } from 'fflate';
import { importDocument, importDocumentIsolated } from '../src/import';
import { IMPORT_LIMITS } from '../src/config/limits';
import { generatePair } from '../test/synthetic/synthetic';
import { makeWordLikeDocx } from '../test/import/word-like';

const TARGETS_KB = [320, 640];

/** A Word-like numbered plan of about `kb` kilobytes (clause count fitted in two steps). */
export function wordLikeDocx(kb: number): { docx: Uint8Array; clauses: number } {
  const build = (n: number): Uint8Array => {
    const lines = generatePair({ clauses: n, seed: 7 })
      .a.split('\n')
      .filter((l) => l !== '');
    return makeWordLikeDocx(
      lines.map((line, i) => ({
        level: i % 5 === 0 ? 0 : i % 5 === 4 ? 2 : 1,
        text: line.replace(/^\S+\s+/u, ''),
      })),
    );
  };
  let n = 500;
  for (let step = 0; step < 3; step++) n = Math.round((n * kb * 1024) / build(n).length);
  return { docx: build(n), clauses: n };
}

interface Sample {
  readonly mode: 'inline' | 'worker';
  readonly docxKb: number;
  readonly documentXmlMb: number;
  readonly clauses: number;
  readonly ms: number;
  /** CPU time of the whole process (all threads): on a loaded machine, wall time is not the cost. */
  readonly cpuMs: number;
  readonly peakRssMb: number;
  readonly outcome: string;
}

async function child(mode: 'inline' | 'worker', kb: number): Promise<Sample> {
  const { docx, clauses } = wordLikeDocx(kb);
  const xml = unzipSync(docx, { filter: (f) => f.name === 'word/document.xml' })[
    'word/document.xml'
  ]!;
  const started = performance.now();
  const cpu = process.cpuUsage();
  let outcome: string;
  try {
    const read =
      mode === 'inline'
        ? await importDocument(docx, 'plan.docx')
        : await importDocumentIsolated(docx, 'plan.docx');
    outcome = `${read.version.clauses.length} clauses`;
  } catch (err) {
    outcome = `refused: ${(err as { code?: string }).code ?? String(err)}`;
  }
  return {
    mode,
    docxKb: Math.round(docx.length / 1024),
    documentXmlMb: Math.round((xml.length / 1048576) * 10) / 10,
    clauses,
    ms: Math.round(performance.now() - started),
    cpuMs: Math.round(((used) => (used.user + used.system) / 1000)(process.cpuUsage(cpu))),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    outcome,
  };
}

function measure(mode: 'inline' | 'worker', kb: number): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const proc = fork(__filename, ['--child', mode, String(kb)]);
    proc.once('message', (m) => resolve(m as Sample));
    proc.once('error', reject);
  });
}

async function main(): Promise<void> {
  const [flag, mode, kb] = process.argv.slice(2);
  if (flag === '--child') {
    process.send?.(await child(mode as 'inline' | 'worker', Number(kb)));
    process.exit(0);
  }
  console.log(`worker heap cap ${IMPORT_LIMITS.workerHeapMb} MB`);
  for (const target of TARGETS_KB) {
    for (const m of ['inline', 'worker'] as const) {
      console.log(JSON.stringify(await measure(m, target)));
    }
  }
}

if (require.main === module) void main();
