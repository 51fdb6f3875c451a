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
 * Smoothed idf, ln((N + 1) / (df + 0.5)): never negative, and a term present everywhere still
 * keeps a little weight so two clauses made only of common words can be told apart from empty ones.
 */
export function idfWeights(df: Float64Array, documentCount: number): Float64Array {
  const idf = new Float64Array(df.length);
  for (let i = 0; i < df.length; i++) idf[i] = Math.log((documentCount + 1) / (df[i]! + 0.5));
  return idf;
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
  // A sum made by mergeSum is this call's own: it is scaled in place. Only an input vector taken
  // as it is (one non-empty part) is copied first, since the caller still holds it.
  let own = false;
  for (const v of vectors) {
    own = sum.ids.length > 0;
    sum = own ? mergeSum(sum, v) : v;
  }
  const ids = sum.ids;
  const weights = own ? sum.weights : Float64Array.from(sum.weights);
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
