import fc from 'fast-check';
import { FlatBags } from './bags';
import { idfWeights } from './vectors';

const VOCABULARY = 40;

/**
 * The definition FlatBags must keep bit for bit: per clause, term counts summed in the order the
 * terms were added, ids sorted, weight (1 + ln tf) · idf (tf itself below 1), L2-normalised; an
 * all-zero clause is the empty vector. Written as plainly as possible, with a Map.
 */
function reference(
  clause: readonly { ids: number[]; weight: number }[],
  idf: Float64Array,
): { ids: number[]; weights: number[] } {
  const counts = new Map<number, number>();
  for (const part of clause) {
    for (const id of part.ids) counts.set(id, (counts.get(id) ?? 0) + part.weight);
  }
  const ids = [...counts.keys()].sort((a, b) => a - b);
  const raw = ids.map((id) => {
    const tf = counts.get(id)!;
    return (tf >= 1 ? 1 + Math.log(tf) : tf) * idf[id]!;
  });
  let norm = 0;
  for (const w of raw) norm += w * w;
  if (norm === 0) return { ids: [], weights: [] };
  const scale = 1 / Math.sqrt(norm);
  return { ids, weights: raw.map((w) => w * scale) };
}

const part = fc.record({
  ids: fc.array(fc.integer({ min: 0, max: VOCABULARY - 1 }), { maxLength: 30 }),
  weight: fc.constantFrom(1, 0.5, 0.25),
});

describe('FlatBags', () => {
  it('gives every clause the reference TF-IDF vector, bit for bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(part, { maxLength: 4 }), { minLength: 1, maxLength: 40 }),
        (clauses) => {
          const bags = new FlatBags(VOCABULARY);
          for (const clause of clauses) {
            for (const p of clause) bags.add(p.ids, p.weight);
            bags.close();
          }
          const idf = idfWeights(bags.documentFrequencies(), clauses.length);
          const vectors = bags.vectors(idf);
          expect(vectors).toHaveLength(clauses.length);
          clauses.forEach((clause, d) => {
            const want = reference(clause, idf);
            expect([...vectors[d]!.ids]).toEqual(want.ids);
            expect([...vectors[d]!.weights]).toEqual(want.weights);
          });
        },
      ),
    );
  });

  it('counts each clause once per distinct term in its document frequencies', () => {
    const bags = new FlatBags(5);
    bags.add([1, 1, 3]);
    bags.close();
    bags.add([3, 4], 0.5);
    bags.close();
    bags.close();
    expect([...bags.documentFrequencies()]).toEqual([0, 1, 0, 2, 1]);
    const vectors = bags.vectors(new Float64Array([1, 1, 1, 1, 1]));
    expect(vectors[2]!.ids).toHaveLength(0);
  });

  it('grows past its first buffer without losing earlier clauses', () => {
    const bags = new FlatBags(VOCABULARY);
    const big = Array.from({ length: VOCABULARY }, (_, i) => i);
    for (let d = 0; d < 300; d++) {
      bags.add(big);
      bags.close();
    }
    const vectors = bags.vectors(new Float64Array(VOCABULARY).fill(1));
    expect(vectors).toHaveLength(300);
    expect([...vectors[0]!.ids]).toEqual(big);
    expect([...vectors[299]!.ids]).toEqual(big);
  });
});
