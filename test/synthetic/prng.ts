/**
 * Seeded randomness for test data. Math.random is never used: every synthetic document must be
 * reproducible from its seed so that a failing accuracy or speed run can be replayed exactly.
 */

/** Mixes a seed with a stream number so that independent concerns draw from independent streams. */
export function deriveSeed(seed: number, stream: number): number {
  // murmur3 finaliser: cheap and spreads nearby seeds (1, 2, 3 …) far apart.
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * mulberry32: one 32-bit word of state. Statistically weak for simulation work, but plenty for
 * picking words, and far faster than anything heavier when drawing ~10^6 values per document.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [lo, hi], both inclusive. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('Random.pick on an empty list');
    return item;
  }

  /** Fisher–Yates in place; returns the same array for chaining. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }
}

export interface Sampler<T> {
  draw(rng: Random): T;
}

/** Draws from `rare` with probability `p`, else from `common`. */
export function mixture<T>(common: Sampler<T>, rare: Sampler<T>, p: number): Sampler<T> {
  return { draw: (rng) => (rng.chance(p) ? rare : common).draw(rng) };
}

/**
 * Draws list positions with probability ∝ 1/(rank+1)^s. Word lists are written most-common-first,
 * so this gives the long tail of rare words that real treaty texts have and that TF-IDF relies on.
 */
export class Zipf<T> implements Sampler<T> {
  private readonly cdf: Float64Array;

  constructor(
    readonly items: readonly T[],
    exponent = 1,
  ) {
    if (items.length === 0) throw new Error('Zipf over an empty list');
    this.cdf = new Float64Array(items.length);
    let total = 0;
    for (let r = 0; r < items.length; r++) {
      total += 1 / Math.pow(r + 1, exponent);
      this.cdf[r] = total;
    }
    for (let r = 0; r < items.length; r++) this.cdf[r] = (this.cdf[r] as number) / total;
  }

  draw(rng: Random): T {
    const u = rng.next();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] as number) < u) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo] as T;
  }
}
