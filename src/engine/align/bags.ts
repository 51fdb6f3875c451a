import { EMPTY_VECTOR, type SparseVector } from './vectors';

/**
 * Weighted term counts of every clause of one view in one flat buffer (issue #18, speed round 4):
 * clause d's sorted ids and counts sit at [offsets[d], offsets[d + 1]). Building a Bag object
 * with two typed-array views per clause and view, then dropping them, was a large part of the
 * feature stage's garbage. The arithmetic is the plain definition, operation for operation (the
 * per-clause builder it replaced did the same; bags.spec.ts checks the bits against a reference).
 */
export class FlatBags {
  private ids: Int32Array;
  private counts: Float64Array;
  private offsets: number[] = [0];
  private readonly scratch: Float64Array;
  // Distinct ids of the open bag. A typed array with a count: emptying a number[] with
  // `length = 0` drops its backing store, which the next bag then grows again push by push.
  private readonly touched: Int32Array;
  private open = 0;

  /**
   * `capacity`: entries the bags will need at most (the feature stage passes the total length
   * of the term lists it will add, an upper bound on the distinct ids). Sized once, the buffers
   * are not regrown by doubling (3.6 % of a 10,000-clause compare's self time went to copying
   * and zeroing the grown gram buffers) and are close enough to full to be kept as they are.
   */
  public constructor(vocabularySize: number, capacity = 1 << 12) {
    this.ids = new Int32Array(Math.max(1, capacity));
    this.counts = new Float64Array(Math.max(1, capacity));
    this.scratch = new Float64Array(vocabularySize);
    this.touched = new Int32Array(vocabularySize);
  }

  /** Adds term ids to the open bag with a weight (1 for the clause, less for its sub-points). */
  public add(ids: ArrayLike<number>, weight = 1): void {
    // The fields in locals for the loop: the count of distinct ids is written back once, not
    // stored to `this` per new id (every gram of every clause passes through here).
    const { scratch, touched } = this;
    let open = this.open;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (scratch[id] === 0) touched[open++] = id;
      scratch[id]! += weight;
    }
    this.open = open;
  }

  /** Closes the open bag: its distinct ids sorted, with their counts. */
  public close(): void {
    const start = this.offsets[this.offsets.length - 1]!;
    const end = start + this.open;
    if (end > this.ids.length) this.grow(end);
    const ids = this.ids.subarray(start, end);
    ids.set(this.touched.subarray(0, this.open));
    ids.sort();
    const { counts, scratch } = this;
    for (let i = start; i < end; i++) {
      const id = this.ids[i]!;
      counts[i] = scratch[id]!;
      scratch[id] = 0;
    }
    this.open = 0;
    this.offsets.push(end);
  }

  /** Document frequency of each term id over the closed bags. */
  public documentFrequencies(): Float64Array {
    const df = new Float64Array(this.scratch.length);
    const end = this.offsets[this.offsets.length - 1]!;
    for (let i = 0; i < end; i++) df[this.ids[i]!]! += 1;
    return df;
  }

  /**
   * Each bag as a TF-IDF vector, (1 + ln tf) · idf, L2-normalised; the vectors are views of one
   * ids and one weights buffer (they outlive this builder). The weights overwrite the counts in
   * place (each count is read once, just before its slot is written), and the buffers are kept
   * without a copy unless more than a fifth of them is unused. Call once: the counts are gone.
   */
  public vectors(idf: Float64Array): SparseVector[] {
    const end = this.offsets[this.offsets.length - 1]!;
    const trim = end < this.ids.length * 0.8;
    const ids = trim ? this.ids.slice(0, end) : this.ids;
    const weights = trim ? this.counts.slice(0, end) : this.counts;
    const vectors: SparseVector[] = [];
    for (let d = 0; d + 1 < this.offsets.length; d++) {
      const from = this.offsets[d]!;
      const to = this.offsets[d + 1]!;
      let norm = 0;
      for (let i = from; i < to; i++) {
        const tf = weights[i]!;
        const w = (tf >= 1 ? 1 + Math.log(tf) : tf) * idf[ids[i]!]!;
        weights[i] = w;
        norm += w * w;
      }
      if (norm === 0) {
        vectors.push(EMPTY_VECTOR);
        continue;
      }
      const scale = 1 / Math.sqrt(norm);
      for (let i = from; i < to; i++) weights[i]! *= scale;
      vectors.push({ ids: ids.subarray(from, to), weights: weights.subarray(from, to) });
    }
    return vectors;
  }

  private grow(needed: number): void {
    let size = this.ids.length * 2;
    while (size < needed) size *= 2;
    const ids = new Int32Array(size);
    ids.set(this.ids);
    const counts = new Float64Array(size);
    counts.set(this.counts);
    this.ids = ids;
    this.counts = counts;
  }
}
