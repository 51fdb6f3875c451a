import { join } from 'node:path';
import { EngineError, curatedComparison, segment } from '../../engine';
import type {
  Comparison,
  EngineErrorCode,
  LineageLink,
  Overrides,
  VersionText,
} from '../../engine';
import { ENGINE_WORK_LIMITS } from '../../config/limits';
import { ProblemException, problem } from '../../common/problem';
import { WorkerPool, WorkerPoolError } from '../../lib/worker-pool';

/**
 * Engine work on large inputs runs in worker threads, so a 10,000-clause text or comparison
 * (seconds of CPU) delays only its own request while every other one, /api/health included,
 * is answered. Small inputs stay inline: a worker round trip (cloning the input and the
 * result) would cost more than the work. The thresholds and the pool's limits are in
 * src/config/limits.ts (ENGINE_WORK_LIMITS) and docs/limits.md.
 */
type CompareSide = VersionText & { readonly slug: string };

export type EngineJob =
  | { readonly id: number; readonly op: 'segment'; readonly text: string }
  | {
      readonly id: number;
      readonly op: 'compare';
      readonly a: CompareSide;
      readonly b: CompareSide & { readonly reported?: boolean };
      readonly links: readonly LineageLink[];
    };

export interface OffloadedComparison {
  readonly comparison: Comparison;
  readonly overrides: Overrides;
  /** The comparison as UTF-8 JSON, serialised where it was computed. */
  readonly json: Uint8Array;
}

let pool: WorkerPool | undefined;
const engine = (): WorkerPool =>
  (pool ??= new WorkerPool({
    entry: join(__dirname, 'engine-worker'),
    workers: ENGINE_WORK_LIMITS.workers,
    queued: ENGINE_WORK_LIMITS.queued,
    timeoutMs: ENGINE_WORK_LIMITS.timeoutMs,
    heapMb: ENGINE_WORK_LIMITS.workerHeapMb,
    what: 'The comparison engine',
    busyCode: 'engine-busy',
  }));

/** segment(text), in a worker when the text is large. */
export function segmentOffLoop(text: string): Promise<VersionText> {
  if (text.length <= ENGINE_WORK_LIMITS.inlineTextChars) return Promise.resolve(segment(text));
  return offload<VersionText>({ op: 'segment', text });
}

/** curatedComparison and its JSON, in a worker when the versions are large. */
export function compareOffLoop(
  a: CompareSide,
  b: CompareSide & { readonly reported?: boolean },
  links: readonly LineageLink[],
): Promise<OffloadedComparison> {
  const clauses = a.clauses.length + b.clauses.length;
  if (clauses <= ENGINE_WORK_LIMITS.inlineCompareClauses) {
    const { comparison, overrides } = curatedComparison(a, b, links);
    const json = new TextEncoder().encode(JSON.stringify(comparison));
    return Promise.resolve({ comparison, overrides, json });
  }
  return offload<OffloadedComparison>({ op: 'compare', a, b, links });
}

/** A job as callers give it: the pool numbers it. */
type Job<J = EngineJob> = J extends EngineJob ? Omit<J, 'id'> : never;

async function offload<T>(job: Job): Promise<T> {
  try {
    return await engine().run<T>(job);
  } catch (err) {
    throw asRefusal(err);
  }
}

/** What the worker threw (an EngineError) as itself; a stopped worker as a problem with a code. */
function asRefusal(err: unknown): unknown {
  if (!(err instanceof WorkerPoolError)) return err;
  if (err.reason === 'refused' && err.failure?.name === 'EngineError') {
    return new EngineError(err.failure.code as EngineErrorCode, err.failure.message);
  }
  if (err.reason === 'out-of-memory') {
    return new EngineError(
      'input-too-large',
      `the comparison needed more than ${ENGINE_WORK_LIMITS.workerHeapMb} MB of memory`,
    );
  }
  if (err.reason === 'timeout') {
    return new ProblemException(
      problem(
        503,
        'engine-timeout',
        `The engine took longer than ${ENGINE_WORK_LIMITS.timeoutMs / 1000} s; retry later.`,
      ),
    );
  }
  return new Error(`engine worker: ${err.message}`);
}
