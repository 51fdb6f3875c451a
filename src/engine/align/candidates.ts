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
  // Keys and values as arrays, read by position: no entry array per Map step, no Map lookup
  // per candidate pair.
  const as = [...featuresA.keys()];
  const bs = [...featuresB.keys()];
  const fas = [...featuresA.values()];
  const fbs = [...featuresB.values()];
  const edges: Edge[] = [];
  const dense = new DenseCosine([...fas, ...fbs]);
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
    for (let i = 0; i < as.length; i++) {
      for (let j = 0; j < bs.length; j++) score(as[i]!, fas[i]!, bs[j]!, fbs[j]!, fas[i]!);
    }
    return edges;
  }
  // Pairs come back as two flat lists of positions (no [a, b] tuple per pair), in the order they
  // were found: first each A clause's best partners (runs sharing `a`), then each B clause's.
  const pairs = indexedPairs(fas, fbs, params);
  for (let i = 0; i < pairs.a.length; i++) {
    const fa = fas[pairs.a[i]!]!;
    const fb = fbs[pairs.b[i]!]!;
    score(as[pairs.a[i]!]!, fa, bs[pairs.b[i]!]!, fb, i < pairs.byA ? fa : fb);
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

/** Candidate pairs as positions in `fas` and `fbs` (the residual clauses in index order). */
function indexedPairs(
  fas: readonly ClauseFeatures[],
  fbs: readonly ClauseFeatures[],
  params: CandidateParams,
): { a: number[]; b: number[]; byA: number } {
  const k = params.perClause;
  // English against Russian or Ukrainian shares no words: the anchors are what can select.
  const [fa, fb] = [fas[0], fbs[0]];
  const view =
    fa !== undefined && fb !== undefined && languageGap(fa.language, fb.language) === 'far'
      ? 'anchor'
      : 'word';
  // Postings in compressed-row form (typed arrays, no per-posting objects: at 10,000 clauses
  // the garbage of small objects cost more than the arithmetic).
  let terms = 0;
  for (const f of fbs) for (const id of f[view].ids) terms = Math.max(terms, id + 1);
  const offsets = new Int32Array(terms + 1);
  for (const f of fbs) for (const id of f[view].ids) offsets[id + 1]! += 1;
  for (let t = 0; t < terms; t++) offsets[t + 1]! += offsets[t]!;
  const fill = offsets.slice(0, terms);
  const slots = new Int32Array(offsets[terms]!);
  const weights = new Float64Array(offsets[terms]!);
  fbs.forEach((f, slot) => {
    const vector = f[view];
    for (let i = 0; i < vector.ids.length; i++) {
      const at = fill[vector.ids[i]!]!++;
      slots[at] = slot;
      weights[at] = vector.weights[i]!;
    }
  });
  // Terms in more than ~2% of the clauses select nothing and cost the most to probe.
  const dfCap = Math.max(64, Math.ceil(fbs.length * 0.02));
  const scores = new Float64Array(fbs.length);
  // Per B slot, the k best A clauses by position in featuresA (-1: none).
  const bestA = new Int32Array(fbs.length * k).fill(-1);
  const bestS = new Float64Array(fbs.length * k);
  // Per A position, its top slots (-1: none): the B pass skips a pair the A pass already gave,
  // by scanning these k slots instead of a Set of every pair key (a hash table of ~80,000
  // numbers rebuilt per compare). The A pass itself cannot repeat a pair (distinct slots per A
  // clause), nor can the B pass (distinct A clauses per slot).
  const topOf = new Int32Array(fas.length * k).fill(-1);
  const result = { a: [] as number[], b: [] as number[], byA: 0 };
  // Slots the current A clause reached, with their count: a typed array, since emptying a
  // number[] with `length = 0` drops its backing store and every clause grew it again.
  const touched = new Int32Array(fbs.length);
  for (let position = 0; position < fas.length; position++) {
    let reached = 0;
    const { ids, weights: w } = fas[position]![view];
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
    const top = topSlots(touched, reached, scores, k, topOf, position * k);
    for (let j = 0; j < top; j++) {
      result.a.push(position);
      result.b.push(topOf[position * k + j]!);
    }
    for (let t = 0; t < reached; t++) {
      const slot = touched[t]!;
      keepTop(bestA, bestS, slot * k, k, position, scores[slot]!);
      scores[slot] = 0;
    }
  }
  result.byA = result.a.length;
  for (let slot = 0; slot < fbs.length; slot++) {
    for (let j = 0; j < k && bestA[slot * k + j]! >= 0; j++) {
      const position = bestA[slot * k + j]!;
      if (!hasSlot(topOf, position * k, k, slot)) {
        result.a.push(position);
        result.b.push(slot);
      }
    }
  }
  return result;
}

/** Whether top[base..base+k) holds `slot` (the list ends at its first -1). */
function hasSlot(top: Int32Array, base: number, k: number, slot: number): boolean {
  for (let j = base; j < base + k && top[j]! >= 0; j++) if (top[j] === slot) return true;
  return false;
}

/**
 * The k slots with the highest scores, without sorting every touched slot, written to
 * top[base..base+k) in descending order; returns how many. Ties keep the first touched first.
 */
function topSlots(
  touched: Int32Array,
  reached: number,
  scores: Float64Array,
  k: number,
  top: Int32Array,
  base: number,
): number {
  if (k <= 0) return 0;
  let length = 0;
  for (let t = 0; t < reached; t++) {
    const slot = touched[t]!;
    if (length === k && scores[slot]! <= scores[top[base + k - 1]!]!) continue;
    let at = Math.min(length, k - 1);
    if (length < k) length++;
    while (at > 0 && scores[top[base + at - 1]!]! < scores[slot]!) {
      top[base + at] = top[base + at - 1]!;
      at--;
    }
    top[base + at] = slot;
  }
  return length;
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
