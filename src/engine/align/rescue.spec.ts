import type { Clause } from '../types';
import { buildFeatures, similarity } from './features';
import { DEFAULT_PARAMS } from './params';

/** Similarity of two one-clause English documents under the default parameters. */
function score(a: string, b: string, params = DEFAULT_PARAMS): number {
  const clauses = (text: string): Clause[] => [{ label: '1', text }];
  const [fa, fb] = buildFeatures([clauses(a), clauses(b)], [[0], [0]], params);
  return similarity(fa.get(0)!, fb.get(0)!, params);
}

describe('concept rescue within one language', () => {
  it('lets a commitment restated in other words meet through the concept lexicon', () => {
    const before = 'Both sides stop using weapons at once.';
    const after = 'An immediate and comprehensive ceasefire in the area.';
    const without = score(before, after, { ...DEFAULT_PARAMS, anchorRescue: 0 });
    expect(without).toBeLessThan(DEFAULT_PARAMS.minEdge);
    // ~cease, ~arms and ~immediate are shared: enough for the rescue.
    expect(score(before, after)).toBeGreaterThan(DEFAULT_PARAMS.acceptGapBest);
  });

  it('needs several shared concepts: a shared topic alone is not the same commitment', () => {
    const before = 'NATO will not enlarge any further.';
    const after = 'Accession to NATO depends on consensus among members.';
    const rescued = score(before, after);
    const plain = score(before, after, { ...DEFAULT_PARAMS, anchorRescue: 0 });
    expect(rescued).toBe(plain);
  });
});
