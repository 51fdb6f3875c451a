import { Arena } from './arena';

/**
 * Sparse TF-IDF vectors. Term ids are interned per comparison so vectors are compact sorted
 * Int32Array/Float64Array pairs; cosine is a linear merge.
 */

export interface SparseVector {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

/** Interns terms to dense ids. Numeric keys (hashed character n-grams) skip string hashing. */
export class Vocabulary<K extends string | number = string> {
  private readonly ids = new Map<K, number>();

  public id(term: K): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }

  /** The term's id if it is known; unlike `id`, never adds it. */
  public known(term: K): number | undefined {
    return this.ids.get(term);
  }

  public get size(): number {
    return this.ids.size;
  }
}

/**
 * Weighted term counts of one document as parallel sorted arrays. Building them by sorting an id
 * list (rather than a Map per document) keeps garbage low: at 10,000 clauses the per-document Maps
 * cost more in collection than all the arithmetic.
 */
export interface Bag {
  readonly ids: Int32Array;
  readonly counts: Float64Array;
}

/**
 * Counts term ids into a Bag using a dense scratch array (one per vocabulary, reused across
 * documents), so only the distinct ids are sorted, not every occurrence.
 */
export class BagBuilder {
  private readonly scratch: Float64Array;
  private readonly touched: number[] = [];

  public constructor(
    vocabularySize: number,
    // Where the bags' arrays are carved from (align/arena.ts). The ids live on in the vectors;
    // the counts (float chunks) are dropped with the arena once the vectors are weighted.
    private readonly arena: Arena = new Arena(),
  ) {
    this.scratch = new Float64Array(vocabularySize);
  }

  public add(ids: ArrayLike<number>, weight = 1): this {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (this.scratch[id] === 0) this.touched.push(id);
      this.scratch[id]! += weight;
    }
    return this;
  }

  /** The bag of everything added since the last build; resets the builder. */
  public build(): Bag {
    const touched = this.touched;
    // A copy loop, not Int32Array.from: the iterator protocol made this the builder's hot spot.
    const ids = this.arena.int32(touched.length);
    for (let i = 0; i < touched.length; i++) ids[i] = touched[i]!;
    ids.sort();
    const counts = this.arena.float64(ids.length);
    for (let i = 0; i < ids.length; i++) {
      counts[i] = this.scratch[ids[i]!]!;
      this.scratch[ids[i]!] = 0;
    }
    this.touched.length = 0;
    return { ids, counts };
  }
}

/** Document frequency of each term id over a set of documents. */
export function documentFrequencies(
  documents: readonly Bag[],
  vocabularySize: number,
): Float64Array {
  const df = new Float64Array(vocabularySize);
  for (const bag of documents) for (let i = 0; i < bag.ids.length; i++) df[bag.ids[i]!]! += 1;
  return df;
}

/**
 * Smoothed idf, ln((N + 1) / (df + 0.5)): never negative, and a term present everywhere still
 * keeps a little weight so two clauses made only of common words can be told apart from empty ones.
 */
export function idfWeights(df: Float64Array, documentCount: number): Float64Array {
  const idf = new Float64Array(df.length);
  for (let i = 0; i < df.length; i++) idf[i] = Math.log((documentCount + 1) / (df[i]! + 0.5));
  return idf;
}

/** (1 + ln tf) · idf, L2-normalised (a sub-point's term weighing 0.5 counts as tf 0.5). */
export function toVector(bag: Bag, idf: Float64Array, arena = new Arena()): SparseVector {
  const weights = arena.float64(bag.ids.length);
  let norm = 0;
  for (let i = 0; i < bag.ids.length; i++) {
    const tf = bag.counts[i]!;
    const w = (tf >= 1 ? 1 + Math.log(tf) : tf) * idf[bag.ids[i]!]!;
    weights[i] = w;
    norm += w * w;
  }
  if (norm === 0) return EMPTY_VECTOR;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < weights.length; i++) weights[i]! *= scale;
  return { ids: bag.ids, weights };
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      dot += a.weights[i]! * b.weights[j]!;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return Math.min(1, dot);
}

/** Sum of two vectors, renormalised: the vector of two clauses read as one text. */
export function combine(vectors: readonly SparseVector[]): SparseVector {
  // Folded left to right by merge-walks over the sorted ids (no Map): each id's weight is summed
  // in vector order, exactly as the Map version added them, so every score stays bit-identical.
  let sum: SparseVector = EMPTY_VECTOR;
  for (const v of vectors) sum = sum.ids.length === 0 ? v : mergeSum(sum, v);
  const ids = sum.ids;
  const weights = Float64Array.from(sum.weights);
  let norm = 0;
  for (let i = 0; i < ids.length; i++) norm += weights[i]! * weights[i]!;
  if (norm === 0) return EMPTY_VECTOR;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < weights.length; i++) weights[i]! *= scale;
  return { ids, weights };
}

/** Unnormalised a + b over the union of their sorted ids. */
function mergeSum(a: SparseVector, b: SparseVector): SparseVector {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const weights = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : 0x7fffffff;
    const y = j < b.ids.length ? b.ids[j]! : 0x7fffffff;
    if (x === y) {
      ids[n] = x;
      weights[n++] = a.weights[i++]! + b.weights[j++]!;
    } else if (x < y) {
      ids[n] = x;
      weights[n++] = a.weights[i++]!;
    } else {
      ids[n] = y;
      weights[n++] = b.weights[j++]!;
    }
  }
  return { ids: ids.subarray(0, n), weights: weights.subarray(0, n) };
}

/**
 * Share of `part`'s weight mass that `whole` also carries: how much of a split half is
 * contained in its source clause. Uses min-weight overlap on the normalised vectors.
 */
export function containment(part: SparseVector, whole: SparseVector): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  let total = 0;
  for (let k = 0; k < part.weights.length; k++) total += part.weights[k]!;
  while (i < part.ids.length && j < whole.ids.length) {
    const x = part.ids[i]!;
    const y = whole.ids[j]!;
    if (x === y) {
      shared += part.weights[i]!;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return total === 0 ? 0 : shared / total;
}

/** Share of `host`'s weight on terms that at least one of `parts` also has. */
export function coverage(host: SparseVector, parts: readonly SparseVector[]): number {
  // Merge-walks mark the covered host terms (ids are sorted), instead of a Set of every part id;
  // the sums then run in host order as before.
  const present = new Uint8Array(host.ids.length);
  for (const part of parts) {
    let i = 0;
    let j = 0;
    while (i < host.ids.length && j < part.ids.length) {
      const x = host.ids[i]!;
      const y = part.ids[j]!;
      if (x === y) {
        present[i++] = 1;
        j++;
      } else if (x < y) i++;
      else j++;
    }
  }
  let covered = 0;
  let total = 0;
  for (let i = 0; i < host.ids.length; i++) {
    total += host.weights[i]!;
    if (present[i] === 1) covered += host.weights[i]!;
  }
  return total === 0 ? 0 : covered / total;
}

/** Number of terms two vectors share. */
export function sharedTerms(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
