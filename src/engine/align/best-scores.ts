import type { Edge } from './candidates';

/**
 * Best score of each clause (0 without candidates), indexed by clause: typed arrays rather than
 * Maps, since every candidate edge is looked up several times per round.
 */
export interface BestScores {
  readonly a: Float64Array;
  readonly b: Float64Array;
}

export function bestScores(
  edges: readonly Edge[],
  sizes: { readonly a: number; readonly b: number },
  score: (e: Edge) => number = (e) => e.s,
): BestScores {
  const a = new Float64Array(sizes.a);
  const b = new Float64Array(sizes.b);
  for (const e of edges) {
    const s = score(e);
    if (s > a[e.a]!) a[e.a] = s;
    if (s > b[e.b]!) b[e.b] = s;
  }
  return { a, b };
}

/** The two best scores of each clause, as parallel arrays (no tuple per edge). */
function topTwo(size: number): { first: Float64Array; second: Float64Array } {
  return { first: new Float64Array(size), second: new Float64Array(size) };
}

/** For each edge's endpoints, the best score each endpoint has with anyone else. */
export function secondScores(
  edges: readonly Edge[],
  sizes: { readonly a: number; readonly b: number },
): (e: Edge) => number {
  const topA = topTwo(sizes.a);
  const topB = topTwo(sizes.b);
  const push = (top: ReturnType<typeof topTwo>, key: number, s: number): void => {
    const first = top.first[key]!;
    if (s > first) {
      top.first[key] = s;
      top.second[key] = first;
    } else {
      top.second[key] = Math.max(top.second[key]!, s);
    }
  };
  for (const e of edges) {
    push(topA, e.a, e.s);
    push(topB, e.b, e.s);
  }
  const rival = (top: ReturnType<typeof topTwo>, key: number, s: number): number => {
    const first = top.first[key]!;
    return s >= first ? top.second[key]! : first;
  };
  return (e) => Math.max(rival(topA, e.a, e.s), rival(topB, e.b, e.s));
}
