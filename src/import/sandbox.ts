import { join } from 'node:path';
import { EngineError } from '../engine';
import type { EngineErrorCode } from '../engine';
import { IMPORT_LIMITS } from '../config/limits';
import { WorkerPool, WorkerPoolError } from '../lib/worker-pool';
import { ImportError } from './errors';
import type { ImportErrorCode } from './errors';
import type { ImportResult, ImportedText, RevisionChoice } from './types';

/**
 * Untrusted files are parsed in worker threads, never on the event loop: a file that is slow to
 * read (whatever the reason: a parser's worst case we have not met yet, a huge PDF) then delays
 * only its own upload. Each job has a wall-clock limit (the worker is terminated, not asked to
 * stop) and each worker a heap cap, so a hostile file ends as a 413/422 problem with a code and
 * the service keeps answering. The pool (src/lib/worker-pool.ts) reuses workers between jobs
 * and retires them when idle.
 */
export interface SandboxJob {
  readonly id: number;
  readonly op: 'document' | 'text';
  readonly bytes: Uint8Array;
  readonly filename: string;
  readonly maxBytes: number | undefined;
  readonly revisions?: RevisionChoice;
}

export interface SandboxOptions {
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
  /** A Word file with tracked changes: which text to import (see ImportOptions). */
  readonly revisions?: RevisionChoice;
  /**
   * The worker's heap cap; IMPORT_LIMITS.workerHeapMb unless given. Only tests lower it (to
   * reach the memory refusal with a small file); each cap has its own pool of workers.
   */
  readonly heapMb?: number;
}

const pools = new Map<number, WorkerPool>();
const poolFor = (heapMb: number): WorkerPool => {
  let pool = pools.get(heapMb);
  if (pool === undefined) {
    pool = new WorkerPool({
      entry: join(__dirname, 'sandbox-worker'),
      workers: IMPORT_LIMITS.workers,
      queued: IMPORT_LIMITS.queued,
      timeoutMs: IMPORT_LIMITS.timeoutMs,
      heapMb,
      what: 'Import',
      busyCode: 'import-busy',
      idleMs: 10_000,
    });
    pools.set(heapMb, pool);
  }
  return pool;
};

/** importDocument, in a worker with the limits of src/config/limits.ts. */
export function importDocumentIsolated(
  bytes: Uint8Array,
  filename: string,
  options: SandboxOptions = {},
): Promise<ImportResult> {
  return runJob<ImportResult>('document', bytes, filename, options);
}

/** importText, in a worker with the limits of src/config/limits.ts. */
export function importTextIsolated(
  bytes: Uint8Array,
  filename: string,
  options: SandboxOptions = {},
): Promise<ImportedText> {
  return runJob<ImportedText>('text', bytes, filename, options);
}

async function runJob<T>(
  op: SandboxJob['op'],
  bytes: Uint8Array,
  filename: string,
  options: SandboxOptions,
): Promise<T> {
  const heapMb = options.heapMb ?? IMPORT_LIMITS.workerHeapMb;
  const timeoutMs = options.timeoutMs ?? IMPORT_LIMITS.timeoutMs;
  // A copy is handed over (transferred, not cloned): the caller keeps its buffer.
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  const job: Omit<SandboxJob, 'id'> = {
    op,
    bytes: copy,
    filename,
    maxBytes: options.maxBytes,
    ...(options.revisions !== undefined ? { revisions: options.revisions } : {}),
  };
  try {
    return await poolFor(heapMb).run<T>(job, [copy.buffer], timeoutMs);
  } catch (err) {
    throw refusal(err, heapMb, timeoutMs);
  }
}

/** What the worker refused as itself; a stopped worker as the import refusal that explains it. */
function refusal(err: unknown, heapMb: number, timeoutMs: number): unknown {
  if (!(err instanceof WorkerPoolError)) return err; // BusyError: 503 import-busy
  switch (err.reason) {
    case 'refused':
      return err.failure?.name === 'EngineError'
        ? new EngineError(err.failure.code as EngineErrorCode, err.failure.message)
        : new ImportError((err.failure?.code ?? 'corrupt') as ImportErrorCode, err.message);
    case 'out-of-memory':
      return new ImportError(
        'too-complex',
        `reading the file needed more than ${heapMb} MB of memory; refused`,
      );
    case 'timeout':
      return new ImportError(
        'timeout',
        `reading the file took longer than ${timeoutMs / 1000} s; it is damaged or too complex`,
      );
    case 'crashed':
      return new ImportError('corrupt', `the file could not be read (${err.message})`);
  }
}
