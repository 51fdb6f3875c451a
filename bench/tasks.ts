import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { diffWords } from 'diff';
import DiffMatchPatch from 'diff-match-patch';
import { alignClauses } from '../src/engine/align/align';
import { compareVersions, segment } from '../src/engine';
import { wordDiff } from '../src/engine/diff/word-diff';
import { resolveLimits } from '../src/engine/limits';
import { substanceFlags } from '../src/engine/substance/flags';
import { foldText, rawTokens } from '../src/engine/text/fold';
import { TokenInterner } from './intern-floor';

/**
 * `floor`: read both files, fold and regex-split them (the engine's own tokenizer, as the bench
 * always measured). `intern`: read both files and scan them once into interned integer token ids
 * (bench/intern-floor.ts), the real floor of perf.md §7.
 */
export const TASKS = ['floor', 'intern', 'engine', 'jsdiff', 'dmp'] as const;
export type TaskName = (typeof TASKS)[number];

export interface TaskResult {
  readonly coldMs: number;
  readonly warmMs: number;
  readonly peakRssMb: number;
  /** Peak RSS minus the RSS before the first run (modules loaded, nothing read yet). */
  readonly extraRssMb: number;
  /** Median ms per stage; `rest` = end to end minus the stages (kinds, topics, ordering). */
  readonly stages?: { segment: number; align: number; diff: number; flags: number; rest: number };
  readonly note?: string;
}

/** jsdiff's whole-document diff grows as N²; past this it gives up and returns undefined. */
const JSDIFF_TIMEOUT_MS = 5000;

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Runs one task in this process: one cold run, then warm runs while they stay cheap. */
export function runTask(task: TaskName, pathA: string, pathB: string): TaskResult {
  const read = (): [string, string] => [readFileSync(pathA, 'utf8'), readFileSync(pathB, 'utf8')];
  const baselineMb = process.memoryUsage().rss / (1024 * 1024);
  let note: string | undefined;
  const bodies: Record<TaskName, () => unknown> = {
    floor: () => read().map((text) => rawTokens(foldText(text)).length),
    intern: () => {
      const interner = new TokenInterner();
      return read().map((text) => interner.tokenize(text).length);
    },
    engine: () => {
      const [a, b] = read();
      return compareVersions(segment(a), segment(b));
    },
    jsdiff: () => {
      const [a, b] = read();
      if (diffWords(a, b, { timeout: JSDIFF_TIMEOUT_MS }) === undefined) {
        note = `gave up after ${JSDIFF_TIMEOUT_MS / 1000} s`;
      }
    },
    dmp: () => {
      const [a, b] = read();
      const dmp = new DiffMatchPatch();
      dmp.Diff_Timeout = 1;
      const started = performance.now();
      const ops = dmp.diff_main(a, b);
      // diff-match-patch returns a coarse diff instead of failing when its deadline passes.
      if (performance.now() - started >= 990) note = `hit its 1 s deadline: ${ops.length} ops`;
    },
  };
  const body = bodies[task];
  const coldMs = time(body);
  const warm: number[] = [];
  // Steady state: V8 needs a few runs to optimise the hot paths; the median of five is reported.
  // Whole-document diffs that take seconds are timed once; the engine and the floors always get
  // warm runs (on a loaded machine a slow cold run must not be reported as the warm figure).
  const bounded = task === 'engine' || task === 'floor' || task === 'intern';
  const runs = coldMs > 3000 && !bounded ? 0 : 5;
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    warm.push(time(body));
  }
  const result: TaskResult = {
    coldMs,
    warmMs: warm.length > 0 ? median(warm) : coldMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    extraRssMb: process.resourceUsage().maxRSS / 1024 - baselineMb,
    ...(note !== undefined ? { note } : {}),
  };
  return task === 'engine' ? { ...result, stages: engineStages(read) } : result;
}

/** Where the engine's time goes, measured outside it (the engine itself reads no clock). */
function engineStages(read: () => [string, string]): TaskResult['stages'] {
  const [textA, textB] = read();
  const limits = resolveLimits();
  const a = segment(textA);
  const b = segment(textB);
  const links = alignClauses({
    a: a.clauses,
    b: b.clauses,
    pinned: [],
    forbidden: new Set(),
    maxComponent: limits.maxAssignmentComponent,
  });
  // The texts compareVersions diffs and flags: each link's clauses joined on both sides.
  const pairs = links.map((l): [string, string] => [
    l.from.map((i) => a.clauses[i]!.text).join('\n'),
    l.to.map((i) => b.clauses[i]!.text).join('\n'),
  ]);
  const stage = (fn: () => unknown): number => median([0, 1, 2].map(() => time(fn)));
  const segmentMs = stage(() => [segment(textA), segment(textB)]);
  const alignMs = stage(() =>
    alignClauses({
      a: a.clauses,
      b: b.clauses,
      pinned: [],
      forbidden: new Set(),
      maxComponent: limits.maxAssignmentComponent,
    }),
  );
  const diffMs = stage(() =>
    pairs.map(([x, y]) =>
      wordDiff(x, y, { maxEditLength: limits.maxEditLength, maxSteps: limits.diffMaxSteps }),
    ),
  );
  const flagsMs = stage(() =>
    pairs.map(([x, y]) => (x !== '' && y !== '' && x !== y ? substanceFlags(x, y) : [])),
  );
  const totalMs = stage(() => compareVersions(a, b));
  return {
    segment: segmentMs,
    align: alignMs,
    diff: diffMs,
    flags: flagsMs,
    rest: Math.max(0, totalMs - alignMs - diffMs - flagsMs),
  };
}
