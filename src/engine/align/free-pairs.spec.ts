import type { Edge } from './candidates';
import type { ClauseFeatures } from './features';
import { freePairs } from './free-pairs';
import { DEFAULT_PARAMS } from './params';
import { EMPTY_VECTOR, type SparseVector } from './vectors';

/**
 * The free-pair guards on plain data (the real pairs that motivated them are in
 * test/free-pairs.spec.ts). Five clauses a side; four decided links; clause 0 or 4 of each side
 * left over, with one candidate edge between the leftovers.
 */
function words(...ids: number[]): SparseVector {
  return {
    ids: Int32Array.from(ids),
    weights: new Float64Array(ids.length).fill(1 / Math.sqrt(ids.length)),
  };
}

function clause(word: SparseVector): ClauseFeatures {
  return { word, gram: EMPTY_VECTOR, topic: EMPTY_VECTOR, anchor: EMPTY_VECTOR, language: 'en' };
}

const edge = (a: number, b: number, s: number): Edge => ({ a, b, s, w: s });

function run(
  links: readonly [number, number][],
  leftover: [number, number],
  score: number,
  shared: number[],
  params: Partial<typeof DEFAULT_PARAMS> = {},
): Edge[] {
  const edges = [...links.map(([a, b]) => edge(a, b, 0.5)), edge(leftover[0], leftover[1], score)];
  return freePairs(
    edges,
    links.map(([a, b]) => ({ from: [a], to: [b] })),
    5,
    [new Set([leftover[0]]), new Set([leftover[1]])],
    [
      new Map([[leftover[0], clause(words(1, 2, 3, 4, 5))]]),
      new Map([[leftover[1], clause(words(...shared))]]),
    ],
    { ...DEFAULT_PARAMS, ...params },
  );
}

// Reversed order (ρ = 0): the documents reorder their points, so a crossing pair may be a move.
const REVERSED: [number, number][] = [
  [0, 4],
  [1, 3],
  [2, 2],
  [3, 1],
];
// Kept order (ρ = 1): a crossing leftover pair is a removal and an addition.
const KEPT: [number, number][] = [
  [1, 0],
  [2, 1],
  [3, 2],
  [4, 3],
];

describe('freePairs', () => {
  it('links a crossing pair in reordered documents when it reaches the in-gap bar', () => {
    expect(run(REVERSED, [4, 0], 0.15, [1, 2, 3])).toEqual([edge(4, 0, 0.15)]);
  });

  it('holds back a crossing pair under the in-gap bar, which the mutual-best bar alone would take', () => {
    expect(DEFAULT_PARAMS.freePairCrossMin).toBeGreaterThan(DEFAULT_PARAMS.freePairMin);
    expect(run(REVERSED, [4, 0], 0.1, [1, 2, 3])).toEqual([]);
    expect(run(REVERSED, [4, 0], 0.1, [1, 2, 3], { freePairCrossMin: 0.08 })).toEqual([
      edge(4, 0, 0.1),
    ]);
  });

  it('never crosses the order of documents that keep it, whatever the score', () => {
    expect(run(KEPT, [0, 4], 0.5, [1, 2, 3])).toEqual([]);
  });

  it('links a pair that crosses nothing at the mutual-best bar', () => {
    // (0, 0) sits before every link on both sides: no crossing, so 0.1 ≥ freePairMin is enough.
    const inOrder: [number, number][] = [
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ];
    expect(run(inOrder, [0, 0], 0.1, [1, 2, 3])).toEqual([edge(0, 0, 0.1)]);
  });

  it('asks for shared content words, not only a score', () => {
    expect(run(REVERSED, [4, 0], 0.5, [1, 2, 9])).toEqual([]);
  });
});
