import { DenseCosine } from './dense-cosine';
import { VIEWS, type ClauseFeatures } from './features';
import { FlatBags } from './bags';
import { EMPTY_VECTOR, cosine, type SparseVector } from './vectors';

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = 60;

function randomVector(next: () => number, idf: Float64Array): SparseVector {
  if (next() < 0.1) return EMPTY_VECTOR;
  const ids = Array.from({ length: Math.floor(next() * 25) }, () =>
    Math.floor(next() * VOCABULARY),
  );
  const bags = new FlatBags(VOCABULARY);
  bags.add(ids);
  bags.close();
  return bags.vectors(idf)[0]!;
}

describe('DenseCosine', () => {
  it('returns the same bits as the sparse merge, whichever side is held', () => {
    const next = rng(18);
    const idf = Float64Array.from({ length: VOCABULARY }, () => 0.1 + next() * 5);
    const clause = (): ClauseFeatures => ({
      word: randomVector(next, idf),
      gram: randomVector(next, idf),
      topic: randomVector(next, idf),
      anchor: randomVector(next, idf),
      language: 'en',
    });
    const clauses = Array.from({ length: 200 }, clause);
    const dense = new DenseCosine(clauses);
    for (const held of clauses.slice(0, 40)) {
      dense.hold(held);
      for (const other of clauses) {
        VIEWS.forEach((view, v) => {
          expect(dense.cosine(held[view], other[view], v)).toBe(cosine(held[view], other[view]));
          expect(dense.cosine(other[view], held[view], v)).toBe(cosine(other[view], held[view]));
        });
      }
    }
  });
});
