import { DenseCosine } from './dense-cosine';
import { languageGap, similarity, type ClauseFeatures, type FeatureParams } from './features';

export interface Edge {
  readonly a: number;
  readonly b: number;
  /** Combined similarity. */
  readonly s: number;
  /**
   * `s` minus a tiny tie-breaker: among equally similar pairs (identical boilerplate clauses)
   * the one closer in relative position, then the earlier one, wins. Both terms are symmetric
   * in A and B, so comparing B with A mirrors comparing A with B.
   */
  readonly w: number;
}

/** A candidate pair the aligner accepted, with its confidence. */
export interface ScoredPair extends Edge {
  readonly confidence: number;
}

export interface CandidateParams extends FeatureParams {
  /** Pairs below this combined similarity are not considered at all. */
  readonly minEdge: number;
  /** Up to this many residual pairs every pair is scored exactly; above it, candidates come from an inverted index. */
  readonly allPairsLimit: number;
  /** Candidates kept per clause (each side) in the indexed regime. */
  readonly perClause: number;
}

/**
 * Scored candidate pairs between the residual clauses of A and B. Small residuals (every real
 * plan pair) are scored exhaustively, so no paraphrase is lost to candidate pruning; large ones
 * use an inverted index over word terms, probing only terms rare enough to be selective.
 */
export function candidateEdges(
  featuresA: ReadonlyMap<number, ClauseFeatures>,
  featuresB: ReadonlyMap<number, ClauseFeatures>,
  forbidden: ReadonlySet<string>,
  params: CandidateParams,
  sizes: { readonly a: number; readonly b: number },
): Edge[] {
  const as = [...featuresA.keys()];
  const bs = [...featuresB.keys()];
  const edges: Edge[] = [];
  const dense = new DenseCosine([...featuresA.values(), ...featuresB.values()]);
  let held: ClauseFeatures | undefined;
  // `hold` marks the clause that the next pairs share, so its vectors are scattered once.
  const score = (
    a: number,
    fa: ClauseFeatures,
    b: number,
    fb: ClauseFeatures,
    hold: ClauseFeatures,
  ): void => {
    if (forbidden.size > 0 && forbidden.has(`${a}:${b}`)) return;
    if (held !== hold) dense.hold((held = hold));
    const s = similarity(fa, fb, params, dense.cosine);
    if (s >= params.minEdge) edges.push({ a, b, s, w: tieBroken(s, a, b, sizes) });
  };
  if (as.length * bs.length <= params.allPairsLimit) {
    for (const [a, fa] of featuresA) for (const [b, fb] of featuresB) score(a, fa, b, fb, fa);
    return edges;
  }
  // Pairs come back as two flat lists (no [a, b] tuple per pair), in the order they were found:
  // first each A clause's best partners (runs sharing `a`), then each B clause's (sharing `b`).
  const pairs = indexedPairs(featuresA, featuresB, params);
  for (let i = 0; i < pairs.a.length; i++) {
    const a = pairs.a[i]!;
    const b = pairs.b[i]!;
    const fa = featuresA.get(a)!;
    const fb = featuresB.get(b)!;
    score(a, fa, b, fb, i < pairs.byA ? fa : fb);
  }
  return edges;
}

/**
 * A score with a tiny tie-breaker: among equal scores the pair closer in relative position, then
 * the earlier one, wins. Both terms are symmetric in A and B, so B-vs-A mirrors A-vs-B.
 */
export function tieBroken(
  s: number,
  a: number,
  b: number,
  sizes: { readonly a: number; readonly b: number },
): number {
  const drift = Math.abs(a / Math.max(1, sizes.a) - b / Math.max(1, sizes.b));
  return s - 1e-6 * drift - 1e-9 * ((a + b) / Math.max(1, sizes.a + sizes.b));
}

function indexedPairs(
  featuresA: ReadonlyMap<number, ClauseFeatures>,
  featuresB: ReadonlyMap<number, ClauseFeatures>,
  params: CandidateParams,
): { a: number[]; b: number[]; byA: number } {
  const bs = [...featuresB.keys()];
  const k = params.perClause;
  // English against Russian or Ukrainian shares no words: the anchors are what can select.
  const first = (m: ReadonlyMap<number, ClauseFeatures>) => m.values().next().value;
  const [fa, fb] = [first(featuresA), first(featuresB)];
  const view =
    fa !== undefined && fb !== undefined && languageGap(fa.language, fb.language) === 'far'
      ? 'anchor'
      : 'word';
  // Postings in compressed-row form (typed arrays, no per-posting objects: at 10,000 clauses
  // the garbage of small objects cost more than the arithmetic).
  let terms = 0;
  for (const b of bs) for (const id of featuresB.get(b)![view].ids) terms = Math.max(terms, id + 1);
  const offsets = new Int32Array(terms + 1);
  for (const b of bs) for (const id of featuresB.get(b)![view].ids) offsets[id + 1]! += 1;
  for (let t = 0; t < terms; t++) offsets[t + 1]! += offsets[t]!;
  const fill = offsets.slice(0, terms);
  const slots = new Int32Array(offsets[terms]!);
  const weights = new Float64Array(offsets[terms]!);
  bs.forEach((b, slot) => {
    const vector = featuresB.get(b)![view];
    for (let i = 0; i < vector.ids.length; i++) {
      const at = fill[vector.ids[i]!]!++;
      slots[at] = slot;
      weights[at] = vector.weights[i]!;
    }
  });
  // Terms in more than ~2% of the clauses select nothing and cost the most to probe.
  const dfCap = Math.max(64, Math.ceil(bs.length * 0.02));
  const scores = new Float64Array(bs.length);
  const bestA = new Int32Array(bs.length * k).fill(-1);
  const bestS = new Float64Array(bs.length * k);
  const pairs = new Set<number>();
  const result = { a: [] as number[], b: [] as number[], byA: 0 };
  const add = (a: number, slot: number): void => {
    const key = a * bs.length + slot;
    if (!pairs.has(key)) {
      pairs.add(key);
      result.a.push(a);
      result.b.push(bs[slot]!);
    }
  };
  // Slots the current A clause reached, with their count: a typed array, since emptying a
  // number[] with `length = 0` drops its backing store and every clause grew it again.
  const touched = new Int32Array(bs.length);
  for (const [a, features] of featuresA) {
    let reached = 0;
    const { ids, weights: w } = features[view];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id >= terms) continue;
      const start = offsets[id]!;
      const end = offsets[id + 1]!;
      if (end - start > dfCap) continue;
      for (let p = start; p < end; p++) {
        const slot = slots[p]!;
        if (scores[slot] === 0) touched[reached++] = slot;
        scores[slot]! += weights[p]! * w[i]!;
      }
    }
    for (const slot of topSlots(touched, reached, scores, k)) add(a, slot);
    for (let t = 0; t < reached; t++) {
      const slot = touched[t]!;
      keepTop(bestA, bestS, slot * k, k, a, scores[slot]!);
      scores[slot] = 0;
    }
  }
  result.byA = result.a.length;
  for (let slot = 0; slot < bs.length; slot++) {
    for (let j = 0; j < k && bestA[slot * k + j]! >= 0; j++) add(bestA[slot * k + j]!, slot);
  }
  return result;
}

/** The k slots with the highest scores, without sorting every touched slot. */
function topSlots(touched: Int32Array, reached: number, scores: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (let t = 0; t < reached; t++) {
    const slot = touched[t]!;
    if (top.length === k && scores[slot]! <= scores[top[k - 1]!]!) continue;
    let at = Math.min(top.length, k - 1);
    if (top.length < k) top.push(slot);
    while (at > 0 && scores[top[at - 1]!]! < scores[slot]!) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = slot;
  }
  return top;
}

/** Keeps, in ids[base..base+k) sorted by score, the k best (a, score) seen for one B slot. */
function keepTop(
  ids: Int32Array,
  scores: Float64Array,
  base: number,
  k: number,
  a: number,
  score: number,
): void {
  const last = base + k - 1;
  if (ids[last]! >= 0 && score <= scores[last]!) return;
  let at = last;
  while (at > base && (ids[at - 1]! < 0 || scores[at - 1]! < score)) {
    ids[at] = ids[at - 1]!;
    scores[at] = scores[at - 1]!;
    at--;
  }
  ids[at] = a;
  scores[at] = score;
}
