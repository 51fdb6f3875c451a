import type { Change, Comparison } from '../types';
import { joinLabels } from './common';

/**
 * One clause of the newer text as a report prints it, with the change that produced it. The
 * engine already lists changes in reading order (removed clauses where they stood), so the
 * document is the change list read top to bottom: every clause once, unchanged ones included.
 */
export interface DocumentClause {
  readonly change: Change;
  /** The label the reader sees: the newer one, or `old 9` for a removed clause. */
  readonly label: string;
  /** The older label(s) when they differ from the newer ones, else undefined. */
  readonly was?: string;
  /** 1-based number among the changed clauses (anchors and the change table), 0 if unchanged. */
  readonly number: number;
}

export function documentClauses(c: Comparison): DocumentClause[] {
  let n = 0;
  return c.changes.map((change) => {
    const from = joinLabels(change.from);
    const to = joinLabels(change.to);
    const label = change.to.length === 0 ? `old ${from}` : to;
    const was = change.from.length > 0 && change.to.length > 0 && from !== to ? from : undefined;
    const number = change.kind === 'unchanged' ? 0 : ++n;
    return { change, label, number, ...(was !== undefined ? { was } : {}) };
  });
}

/** Consecutive clauses grouped by whether they changed, so a viewer can fold the unchanged runs. */
export function clauseRuns(
  clauses: readonly DocumentClause[],
): { readonly unchanged: boolean; readonly clauses: readonly DocumentClause[] }[] {
  const runs: { unchanged: boolean; clauses: DocumentClause[] }[] = [];
  for (const clause of clauses) {
    const unchanged = clause.number === 0;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.unchanged === unchanged) last.clauses.push(clause);
    else runs.push({ unchanged, clauses: [clause] });
  }
  return runs;
}

/** What the note after a changed clause says: its kind, its old number and its flags. */
export function clauseNote(clause: DocumentClause): string {
  const { change } = clause;
  const parts: string[] = [change.kind];
  if (clause.was !== undefined) parts[0] = `${change.kind}, was ${clause.was}`;
  if (change.flags.length > 0) parts.push(change.flags.join(', '));
  return parts.join(' · ');
}

/** Pins and forbids as a reader says them ("6 → 4 pinned; 3 ↛ 3 forbidden"), not as JSON. */
export function describeParameters(
  parameters: Readonly<Record<string, unknown>> | undefined,
): string {
  const overrides = parameters?.['overrides'] as
    | {
        readonly pin?: readonly { from: readonly string[]; to: readonly string[] }[];
        readonly forbid?: readonly { from: string; to: string }[];
      }
    | undefined;
  if (overrides === undefined) return 'engine defaults, no analyst overrides';
  const pins = (overrides.pin ?? []).map((p) => `${joinLabels(p.from)} → ${joinLabels(p.to)}`);
  const forbids = (overrides.forbid ?? []).map((f) => `${f.from} ↛ ${f.to}`);
  const parts: string[] = [];
  if (pins.length > 0) parts.push(`links pinned by an analyst: ${pins.join('; ')}`);
  if (forbids.length > 0) parts.push(`links forbidden: ${forbids.join('; ')}`);
  return parts.length === 0 ? 'engine defaults, no analyst overrides' : parts.join('; ');
}
