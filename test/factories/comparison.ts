import { CHANGE_KINDS } from '../../src/engine/types';
import type { Change, ChangeSummary, Comparison, DiffRun } from '../../src/engine/types';

/** A change with plausible defaults; override only what a test is about. */
export function makeChange(overrides: Partial<Change> = {}): Change {
  return {
    kind: 'unchanged',
    from: ['1'],
    to: ['1'],
    similarity: 1,
    confidence: 1,
    diff: [{ op: 'equal', text: 'The parties agree to a ceasefire.' }],
    flags: [],
    topics: [],
    ...overrides,
  };
}

export function summarise(changes: readonly Change[]): ChangeSummary {
  const summary = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<
    (typeof CHANGE_KINDS)[number],
    number
  >;
  for (const c of changes) summary[c.kind] += 1;
  return summary;
}

/** A comparison whose summary is always consistent with its changes. */
export function makeComparison(
  changes: readonly Change[],
  overrides: Partial<Omit<Comparison, 'changes' | 'summary'>> = {},
): Comparison {
  return {
    schema: 'plandiff.comparison/v1',
    engineVersion: '0.0.0-test',
    from: { title: 'Peace Plan (draft 1)', clauseCount: 6 },
    to: { title: 'Peace Plan (draft 2)', clauseCount: 6 },
    ...overrides,
    changes,
    summary: summarise(changes),
  };
}

/** The redline every golden test uses: one number raised inside an otherwise equal sentence. */
export const TROOPS_DIFF: readonly DiffRun[] = [
  { op: 'equal', text: 'The armed forces will be limited to ' },
  { op: 'delete', text: '600,000' },
  { op: 'insert', text: '800,000' },
  { op: 'equal', text: ' personnel.' },
];

/** One change of every kind, shaped as the engine would produce them. */
export function sampleComparison(): Comparison {
  return makeComparison([
    makeChange({ kind: 'unchanged', from: ['1'], to: ['1'], topics: ['sovereignty'] }),
    makeChange({ kind: 'unchanged', from: ['2'], to: ['2'] }),
    makeChange({
      kind: 'reworded',
      from: ['6'],
      to: ['4'],
      similarity: 0.8234,
      confidence: 0.9,
      diff: TROOPS_DIFF,
      flags: ['number-changed'],
      topics: ['military', 'troops'],
    }),
    makeChange({
      kind: 'renumbered',
      from: ['3'],
      to: ['2a'],
      diff: [{ op: 'equal', text: 'Elections will be held within 100 days.' }],
      topics: ['elections'],
    }),
    makeChange({
      kind: 'moved',
      from: ['4'],
      to: ['6'],
      similarity: 0.97,
      confidence: 0.75,
      diff: [
        { op: 'equal', text: 'Sanctions ' },
        { op: 'delete', text: 'will' },
        { op: 'insert', text: 'may' },
        { op: 'equal', text: ' be lifted in stages.' },
      ],
      flags: ['modal-changed'],
      topics: ['sanctions'],
      pinned: true,
    }),
    makeChange({
      kind: 'split',
      from: ['5'],
      to: ['5', '5a'],
      similarity: 0.7,
      confidence: 0.6,
      diff: [
        { op: 'equal', text: 'A monitoring mission will be deployed' },
        { op: 'delete', text: ' and' },
        { op: 'insert', text: '. It' },
        { op: 'equal', text: ' will report monthly.' },
      ],
      topics: ['monitoring'],
    }),
    makeChange({
      kind: 'merged',
      from: ['7', '8'],
      to: ['7'],
      similarity: 0.66,
      confidence: 0.55,
      diff: [{ op: 'equal', text: 'Prisoners will be exchanged all for all.' }],
      topics: ['humanitarian', 'military'],
    }),
    makeChange({
      kind: 'added',
      from: [],
      to: ['8'],
      similarity: 0,
      confidence: 0.95,
      diff: [{ op: 'insert', text: 'A security guarantee will be provided.' }],
      topics: ['security'],
    }),
    makeChange({
      kind: 'removed',
      from: ['9'],
      to: [],
      similarity: 0,
      confidence: 0.95,
      diff: [{ op: 'delete', text: 'Frozen assets will be returned.' }],
      topics: ['sanctions'],
    }),
  ]);
}
