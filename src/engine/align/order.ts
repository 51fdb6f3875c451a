/** Order reasoning: which links keep the documents' sequence, and where a clause "should" land. */

export interface OrderedPair {
  readonly a: number;
  readonly b: number;
}

/**
 * Indices (into `pairs`) of a longest subsequence increasing in both a and b: the backbone of
 * links that kept their relative order. Links off the backbone moved. Patience sorting, O(n log n).
 */
export function longestIncreasing(pairs: readonly OrderedPair[]): Set<number> {
  const order = pairs
    .map((_, i) => i)
    .sort((x, y) => pairs[x]!.a - pairs[y]!.a || pairs[x]!.b - pairs[y]!.b);
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  for (const index of order) {
    const b = pairs[index]!.b;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]!.b < b) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1]!;
    tails[lo] = index;
  }
  const result = new Set<number>();
  let cursor = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (cursor !== -1) {
    result.add(cursor);
    cursor = previous[cursor]!;
  }
  return result;
}

/**
 * For each A index, the open interval of B indices lying between the backbone anchors around it.
 * A candidate partner inside that gap keeps the order; one outside would be a move.
 */
export class Gaps {
  // Per A index up to the last anchor's, the B indices of the anchors just before and just after
  // it (-1 and sizeB when there is none), filled by one sweep. `contains` runs for every candidate
  // edge several times a round; two binary searches and a tuple per call were a visible share of
  // the assignment rounds at 10,000 clauses. Past the last anchor the interval is constant.
  private readonly before: Int32Array;
  private readonly after: Int32Array;
  private readonly tailBefore: number;

  public constructor(
    backbone: readonly OrderedPair[],
    private readonly sizeB: number,
  ) {
    const sorted = [...backbone].sort((x, y) => x.a - y.a);
    const n = sorted.length;
    const last = n > 0 ? sorted[n - 1]!.a : -1;
    this.before = new Int32Array(last + 1);
    this.after = new Int32Array(last + 1);
    // below: anchors with A < a; upTo: anchors with A <= a (both ascending with a).
    let below = 0;
    let upTo = 0;
    for (let a = 0; a <= last; a++) {
      while (below < n && sorted[below]!.a < a) below++;
      while (upTo < n && sorted[upTo]!.a <= a) upTo++;
      this.before[a] = below > 0 ? sorted[below - 1]!.b : -1;
      this.after[a] = upTo < n ? sorted[upTo]!.b : sizeB;
    }
    this.tailBefore = n > 0 ? sorted[n - 1]!.b : -1;
  }

  /**
   * True when no anchor crosses the pair (a, b): no anchor lies before a in A but after b in B, or
   * the reverse. Anchors sharing a or b do not count, which makes the test symmetric in A and B.
   */
  public contains(a: number, b: number): boolean {
    if (a >= this.before.length) return b >= this.tailBefore && b <= this.sizeB;
    return b >= this.before[a]! && b <= this.after[a]!;
  }

  /** B indices of the anchors just before and just after `a` in A (ignoring an anchor at `a` itself). */
  public interval(a: number): [number, number] {
    if (a >= this.before.length) return [this.tailBefore, this.sizeB];
    return [this.before[a]!, this.after[a]!];
  }
}

/**
 * The heaviest chain of candidate pairs increasing in both a and b: the order-preserving reading
 * of the two documents (an alignment without crossings). Sorting by a, then b descending, keeps
 * two pairs of the same clause out of one chain; a Fenwick tree over b gives O(E log E).
 */
export function heaviestIncreasing<T extends OrderedPair>(
  pairs: readonly T[],
  weight: (p: T) => number,
): T[] {
  const order = [...pairs].sort((x, y) => x.a - y.a || y.b - x.b);
  const maxB = pairs.reduce((m, p) => Math.max(m, p.b), -1) + 2;
  const tree = new Float64Array(maxB + 1);
  const treeAt = new Int32Array(maxB + 1).fill(-1);
  const best = new Float64Array(order.length);
  const previous = new Int32Array(order.length).fill(-1);
  // The prefix maximum and where it came from, left in two variables (no tuple per pair).
  let value = 0;
  let at = -1;
  const query = (b: number): void => {
    value = 0;
    at = -1;
    for (let i = b; i > 0; i -= i & -i) {
      if (tree[i]! > value) {
        value = tree[i]!;
        at = treeAt[i]!;
      }
    }
  };
  const update = (b: number, value: number, at: number): void => {
    for (let i = b; i <= maxB; i += i & -i) {
      if (value > tree[i]!) {
        tree[i] = value;
        treeAt[i] = at;
      }
    }
  };
  let top = -1;
  order.forEach((pair, k) => {
    query(pair.b + 1);
    best[k] = value + weight(pair);
    previous[k] = at;
    update(pair.b + 2, best[k], k);
    if (top === -1 || best[k] > best[top]!) top = k;
  });
  const chain: T[] = [];
  for (let k = top; k !== -1; k = previous[k]!) chain.push(order[k]!);
  return chain.reverse();
}

/**
 * How far two versions keep one order, in [0,1]: the share of the mutual-best pairs' weight that
 * one crossing-free chain can hold. Versions that only reword keep it near 1; a successor that
 * reorders its points (Minsk I → II: 0.57) earns its order prior less trust. 1 when no pair is
 * clear enough to tell.
 */
export function orderedShare<T extends OrderedPair & { readonly s: number }>(
  pairs: readonly T[],
  weight: (pair: T) => number,
): number {
  const bestA = new Map<number, number>();
  const bestB = new Map<number, number>();
  for (const p of pairs) {
    if (p.s > (bestA.get(p.a) ?? 0)) bestA.set(p.a, p.s);
    if (p.s > (bestB.get(p.b) ?? 0)) bestB.set(p.b, p.s);
  }
  const mutual = pairs.filter((p) => p.s === bestA.get(p.a) && p.s === bestB.get(p.b));
  const sum = (list: readonly T[]): number => list.reduce((total, p) => total + weight(p), 0);
  const total = sum(mutual);
  return total <= 0 ? 1 : sum(heaviestIncreasing(mutual, weight)) / total;
}
