import type { Change, Comparison, DiffOp, DiffRun } from '../types';

/** Labels as a human reads them: `5 + 5a`, or `∅` for the empty side of an addition or removal. */
export function joinLabels(labels: readonly string[]): string {
  return labels.length === 0 ? '∅' : labels.join(' + ');
}

/** Two decimals, always: scores line up in columns and never print as `1e-7`. */
export function formatScore(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : String(value);
}

export interface TopicCount {
  readonly topic: string;
  readonly count: number;
}

/**
 * How many changes touch each topic, most-touched first, then by name.
 * Unchanged clauses are not counted: the table answers "where did the text move?".
 */
export function topicCounts(c: Comparison): TopicCount[] {
  const counts = new Map<string, number>();
  for (const change of c.changes) {
    if (change.kind === 'unchanged') continue;
    for (const topic of new Set(change.topics)) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  return [...counts]
    .map(([topic, count]) => ({ topic, count }))
    .sort((a, b) => b.count - a.count || compareStrings(a.topic, b.topic));
}

// Code-unit order rather than localeCompare: output must not depend on the machine's locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `1`, or `3 → 3a` when an unchanged clause's label differs between versions. */
export function unchangedLabel(change: Change): string {
  const from = joinLabels(change.from);
  const to = joinLabels(change.to);
  return from === to ? from : `${from} → ${to}`;
}

/**
 * Drops empty runs and merges neighbours with the same op, so a renderer never emits
 * `**a****b**` (which Markdown reads as one four-star delimiter) or an empty `<ins></ins>`.
 */
export function normaliseRuns(runs: readonly DiffRun[]): DiffRun[] {
  const out: { op: DiffOp; text: string }[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.op === run.op) last.text += run.text;
    else out.push({ op: run.op, text: run.text });
  }
  return out;
}
