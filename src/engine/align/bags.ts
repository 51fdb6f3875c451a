import { EMPTY_VECTOR, type SparseVector } from './vectors';

/**
 * Weighted term counts of every clause of one view in one flat buffer (issue #18, speed round 4):
 * clause d's sorted ids and counts sit at [offsets[d], offsets[d + 1]). Building a Bag object
 * with two typed-array views per clause and view, then dropping them, was a large part of the
 * feature stage's garbage. The arithmetic is the plain definition, operation for operation (the
 * per-clause builder it replaced did the same; bags.spec.ts checks the bits against a reference).
 */
export class FlatBags {
  private ids = new Int32Array(1 << 12);
  private counts = new Float64Array(1 << 12);
  private offsets: number[] = [0];
  private readonly scratch: Float64Array;
  // Distinct ids of the open bag. A typed array with a count: emptying a number[] with
  // `length = 0` drops its backing store, which the next bag then grows again push by push.
  private readonly touched: Int32Array;
  private open = 0;

  public constructor(vocabularySize: number) {
    this.scratch = new Float64Array(vocabularySize);
    this.touched = new Int32Array(vocabularySize);
  }

  /** Adds term ids to the open bag with a weight (1 for the clause, less for its sub-points). */
  public add(ids: ArrayLike<number>, weight = 1): void {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (this.scratch[id] === 0) this.touched[this.open++] = id;
      this.scratch[id]! += weight;
    }
  }

  /** Closes the open bag: its distinct ids sorted, with their counts. */
  public close(): void {
    const start = this.offsets[this.offsets.length - 1]!;
    const end = start + this.open;
    if (end > this.ids.length) this.grow(end);
    const ids = this.ids.subarray(start, end);
    ids.set(this.touched.subarray(0, this.open));
    ids.sort();
    for (let i = start; i < end; i++) {
      this.counts[i] = this.scratch[this.ids[i]!]!;
      this.scratch[this.ids[i]!] = 0;
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
   * ids and one weights buffer, trimmed to what is used (they outlive this builder).
   */
  public vectors(idf: Float64Array): SparseVector[] {
    const end = this.offsets[this.offsets.length - 1]!;
    const ids = this.ids.slice(0, end);
    const weights = new Float64Array(end);
    const vectors: SparseVector[] = [];
    for (let d = 0; d + 1 < this.offsets.length; d++) {
      const from = this.offsets[d]!;
      const to = this.offsets[d + 1]!;
      let norm = 0;
      for (let i = from; i < to; i++) {
        const tf = this.counts[i]!;
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
