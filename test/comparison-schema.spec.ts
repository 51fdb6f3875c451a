import { CHANGE_KINDS, FLAGS } from '../src/engine/types';
import type { Change, Comparison } from '../src/engine/types';
import { makeChange, makeComparison, sampleComparison } from './factories/comparison';
import { describeErrors, loadComparisonSchema, validateComparison } from './support/schema';

function expectValid(value: unknown): void {
  const { valid, errors } = validateComparison(value);
  if (!valid) throw new Error(`expected valid, got:\n${describeErrors(errors)}`);
}

function expectInvalid(value: unknown, pathFragment?: string): void {
  const { valid, errors } = validateComparison(value);
  expect(valid).toBe(false);
  if (pathFragment) {
    expect(errors.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining([expect.stringContaining(pathFragment)]),
    );
  }
}

/** A comparison made of one change, bypassing the type so tests can build contract violations. */
function withChange(change: Record<string, unknown>): unknown {
  return makeComparison([change as unknown as Change]);
}

describe('docs/schemas/comparison.v1.json', () => {
  it('accepts the factory sample, which holds one change of every kind', () => {
    // The renderers' shared sample has no `unreported` change (their specs count its sections),
    // so the schema's sample adds one: a point a reported version does not mention.
    const base = sampleComparison();
    const sample = makeComparison(
      [
        ...base.changes,
        makeChange({
          kind: 'unreported',
          from: ['10'],
          to: [],
          similarity: 0,
          confidence: 0.5,
          diff: [{ op: 'delete', text: 'Elections will be held.' }],
          topics: ['elections'],
        }),
      ],
      { from: base.from, to: base.to },
    );
    expect(new Set(sample.changes.map((c) => c.kind))).toEqual(new Set(CHANGE_KINDS));
    expectValid(sample);
  });

  it('accepts a comparison with no changes and empty titles', () => {
    expectValid(
      makeComparison([], {
        from: { title: '', clauseCount: 0 },
        to: { title: '', clauseCount: 0 },
      }),
    );
  });

  it('keeps its enums in step with CHANGE_KINDS and FLAGS', () => {
    const defs = loadComparisonSchema()['$defs'] as Record<string, { enum?: unknown[] }>;
    expect(defs['kind']?.enum).toEqual([...CHANGE_KINDS]);
    expect(defs['flag']?.enum).toEqual([...FLAGS]);
    const summary = defs['summary'] as unknown as { required: string[] };
    expect(summary.required).toEqual([...CHANGE_KINDS]);
  });

  describe('if/then rules on the shape of a change', () => {
    const bad: ReadonlyArray<[string, Partial<Change>]> = [
      ['added with a from label', { kind: 'added', from: ['1'], to: ['2'] }],
      ['added with no to label', { kind: 'added', from: [], to: [] }],
      ['removed with a to label', { kind: 'removed', from: ['1'], to: ['2'] }],
      ['removed with no from label', { kind: 'removed', from: [], to: [] }],
      ['split into one', { kind: 'split', from: ['1'], to: ['1'] }],
      ['split from two', { kind: 'split', from: ['1', '2'], to: ['1', '2'] }],
      ['merged from one', { kind: 'merged', from: ['1'], to: ['1'] }],
      ['merged into two', { kind: 'merged', from: ['1', '2'], to: ['1', '2'] }],
      ['unchanged with two from', { kind: 'unchanged', from: ['1', '2'], to: ['1'] }],
      ['reworded with no to', { kind: 'reworded', from: ['1'], to: [] }],
      ['renumbered with two to', { kind: 'renumbered', from: ['1'], to: ['1', '2'] }],
      ['moved with no from', { kind: 'moved', from: [], to: ['3'] }],
    ];
    it.each(bad)('rejects %s', (_name, overrides) => {
      expectInvalid(makeComparison([makeChange(overrides)]), '/changes/0');
    });

    const good: ReadonlyArray<[string, Partial<Change>]> = [
      ['added', { kind: 'added', from: [], to: ['2'] }],
      ['removed', { kind: 'removed', from: ['1'], to: [] }],
      ['split into three', { kind: 'split', from: ['1'], to: ['1', '1a', '1b'] }],
      ['merged from three', { kind: 'merged', from: ['1', '2', '3'], to: ['1'] }],
      ['moved', { kind: 'moved', from: ['4'], to: ['9'] }],
    ];
    it.each(good)('accepts %s', (_name, overrides) => {
      expectValid(makeComparison([makeChange(overrides)]));
    });
  });

  describe('value constraints', () => {
    it.each([
      ['similarity above 1', { similarity: 1.2 }],
      ['confidence below 0', { confidence: -0.1 }],
      ['an unknown flag', { flags: ['tone-changed'] }],
      ['a duplicate flag', { flags: ['date-changed', 'date-changed'] }],
      ['an unknown kind', { kind: 'rewritten' }],
      ['an unknown diff op', { diff: [{ op: 'replace', text: 'x' }] }],
      ['an empty label', { from: [''] }],
      ['a non-boolean pinned', { pinned: 'yes' }],
    ])('rejects %s', (_name, patch) => {
      expectInvalid(withChange({ ...makeChange(), ...patch }), '/changes/0');
    });

    it('rejects a fractional or negative clause count', () => {
      const base = makeComparison([]);
      expectInvalid({ ...base, from: { title: 'A', clauseCount: 1.5 } }, '/from');
      expectInvalid({ ...base, to: { title: 'B', clauseCount: -1 } }, '/to');
    });

    it('rejects another schema id and a missing summary count', () => {
      const base = makeComparison([]);
      expectInvalid({ ...base, schema: 'plandiff.comparison/v2' }, '/schema');
      const summary: Partial<Record<string, number>> = { ...base.summary };
      delete summary['moved'];
      expectInvalid({ ...base, summary }, '/summary');
    });
  });

  describe('unknown properties', () => {
    const base: Comparison = sampleComparison();
    it.each([
      ['at the top level', { ...base, extra: 1 }, ''],
      ['in a side', { ...base, from: { ...base.from, author: 'x' } }, '/from'],
      ['in the summary', { ...base, summary: { ...base.summary, rewritten: 0 } }, '/summary'],
      ['in a change', { ...base, changes: [{ ...base.changes[0], note: 'x' }] }, '/changes/0'],
      [
        'in a diff run',
        { ...base, changes: [{ ...makeChange(), diff: [{ op: 'equal', text: 'a', style: 'b' }] }] },
        '/changes/0/diff/0',
      ],
    ])('are rejected %s', (_name, value, path) => {
      const { valid, errors } = validateComparison(value);
      expect(valid).toBe(false);
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ keyword: 'additionalProperties', instancePath: path }),
        ]),
      );
    });
  });
});
