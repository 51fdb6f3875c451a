import { TextCache } from '../text/analysis';
import type { Clause } from '../types';
import { assign } from './assign';
import { candidateEdges, tieBroken, type Edge, type ScoredPair } from './candidates';
import { buildFeatures, combineFeatures, similarity, type ClauseFeatures } from './features';
import { bestScores, secondScores } from './best-scores';
import { Gaps, heaviestIncreasing, orderedShare } from './order';
import { DEFAULT_PARAMS, type AlignParams } from './params';
import { freeGroups } from './free-groups';
import { freePairs } from './free-pairs';
import { groupSplitsAndMerges } from './split-merge';
import { documentIndex, type DocumentIndex } from './labels';
import { exactMatches } from './exact';

/** A decided link between clause indices of A and B (either side may be empty). */
export interface Link {
  readonly from: readonly number[];
  readonly to: readonly number[];
  readonly similarity: number;
  readonly confidence: number;
  readonly pinned: boolean;
  /** True when the texts matched after folding case and punctuation. */
  readonly exact: boolean;
}

export interface AlignInput {
  readonly a: readonly Clause[];
  readonly b: readonly Clause[];
  /** Links fixed by an analyst, as index groups; their clauses are taken out of alignment. */
  readonly pinned: readonly { from: readonly number[]; to: readonly number[] }[];
  /** `${a}:${b}` index pairs that must never be linked. */
  readonly forbidden: ReadonlySet<string>;
  readonly maxComponent: number;
  readonly params?: Partial<AlignParams>;
  /** The comparison's folded and tokenized texts, shared with the later stages. */
  readonly texts?: TextCache;
  /** Labels and parents resolved to indices (align/labels.ts), shared with the later stages. */
  readonly index?: readonly [DocumentIndex, DocumentIndex];
}

/**
 * Aligns the clauses of A to those of B: pinned links first, then exact matches, then scored
 * candidates resolved by optimal assignment with an order prior, then splits and merges.
 * Returns a partition: every clause index of A and of B appears in exactly one link.
 */
export function alignClauses(input: AlignInput): Link[] {
  const params = { ...DEFAULT_PARAMS, ...input.params };
  const texts = input.texts ?? new TextCache();
  const index = input.index ?? [documentIndex(input.a), documentIndex(input.b)];
  const links: Link[] = [];
  // Flags by clause index (1: taken by a pin or an exact match), not Sets of 10,000 numbers.
  const takenA = new Uint8Array(input.a.length);
  const takenB = new Uint8Array(input.b.length);
  for (const pin of input.pinned) {
    for (const a of pin.from) takenA[a] = 1;
    for (const b of pin.to) takenB[b] = 1;
  }

  exactMatches(input, input.forbidden, takenA, takenB, texts, (a, b) =>
    links.push({ from: [a], to: [b], similarity: 1, confidence: 1, pinned: false, exact: true }),
  );

  const residualA = untaken(takenA);
  const residualB = untaken(takenB);
  const pinnedA = input.pinned.flatMap((p) => p.from);
  const pinnedB = input.pinned.flatMap((p) => p.to);
  // Pinned clauses get features too, only so their links can report a similarity.
  const [allA, allB] = buildFeatures(
    [input.a, input.b],
    [
      [...residualA, ...pinnedA],
      [...residualB, ...pinnedB],
    ],
    params,
    texts,
    index,
  );
  const featuresA = new Map(residualA.map((i) => [i, allA.get(i)!]));
  const featuresB = new Map(residualB.map((i) => [i, allB.get(i)!]));
  for (const pin of input.pinned) {
    const linked = pin.from.length > 0 && pin.to.length > 0;
    const similarity = linked
      ? groupSimilarity(
          pin.from.map((i) => allA.get(i)!),
          pin.to.map((i) => allB.get(i)!),
          params,
        )
      : 0;
    links.push({
      from: pin.from,
      to: pin.to,
      similarity: round3(similarity),
      confidence: 1,
      pinned: true,
      exact: false,
    });
  }
  const edges = candidateEdges(featuresA, featuresB, input.forbidden, params, {
    a: input.a.length,
    b: input.b.length,
  });

  const matched = matchResidual(
    links,
    edges,
    { a: input.a.length, b: input.b.length },
    params,
    input.maxComponent,
  );
  const parents = [index[0].parents, index[1].parents] as const;
  const grouped = groupSplitsAndMerges(matched, edges, featuresA, featuresB, params, parents);
  for (const g of grouped) {
    links.push({ ...g, confidence: g.confidence, pinned: false, exact: false });
  }

  // Linked so far: taken (pinned or exact) or in a group; every other residual clause is left.
  for (const g of grouped) {
    for (const a of g.from) takenA[a] = 1;
    for (const b of g.to) takenB[b] = 1;
  }
  const sizes = { a: input.a.length, b: input.b.length };
  const best = bestScores(edges, sizes);
  const rival = secondScores(edges, sizes);
  const unlinked = [
    new Set(residualA.filter((i) => takenA[i] === 0)),
    new Set(residualB.filter((i) => takenB[i] === 0)),
  ] as const;
  for (const e of freePairs(edges, links, sizes.a, unlinked, [featuresA, featuresB], params)) {
    // Confidence as for a move: a pair the order did not place, its rivals gone only because
    // they were placed first.
    const z = 6 * (e.s - params.freePairMin) + 8 * (e.s - rival(e)) - 0.25;
    links.push({
      from: [e.a],
      to: [e.b],
      similarity: round3(e.s),
      confidence: round3(1 / (1 + Math.exp(-z))),
      pinned: false,
      exact: false,
    });
    takenA[e.a] = 1;
    takenB[e.b] = 1;
  }
  const stillUnlinked = [
    new Set(residualA.filter((i) => takenA[i] === 0)),
    new Set(residualB.filter((i) => takenB[i] === 0)),
  ] as const;
  for (const g of freeGroups(edges, stillUnlinked, [featuresA, featuresB], params)) {
    const sim = groupSimilarity(
      g.from.map((a) => featuresA.get(a)!),
      g.to.map((b) => featuresB.get(b)!),
      params,
    );
    if (sim <= g.bestPair + 1e-9) continue;
    // Confidence as for a move, scaled as for a split or merge: no decided link vouches for it.
    const z = 6 * (sim - params.leftoverMin) - 0.25;
    const confidence = round3(0.9 / (1 + Math.exp(-z)));
    links.push({
      from: g.from,
      to: g.to,
      similarity: round3(sim),
      confidence,
      pinned: false,
      exact: false,
    });
    for (const a of g.from) takenA[a] = 1;
    for (const b of g.to) takenB[b] = 1;
  }
  for (const a of residualA) {
    if (takenA[a] === 0) links.push(unmatched([a], [], best.a[a]!, params.acceptInGap));
  }
  for (const b of residualB) {
    if (takenB[b] === 0) links.push(unmatched([], [b], best.b[b]!, params.acceptInGap));
  }
  return links;
}

/** Indices whose flag is 0, ascending. */
function untaken(taken: Uint8Array): number[] {
  const result: number[] = [];
  for (let i = 0; i < taken.length; i++) if (taken[i] === 0) result.push(i);
  return result;
}

/**
 * Two rounds of optimal assignment. Each round derives the order backbone from what is already
 * linked plus unambiguous strong pairs, gives candidates that fall in their gap a bonus and a
 * lower acceptance bar, and solves the assignment on the adjusted scores.
 */
function matchResidual(
  fixed: readonly Link[],
  edges: readonly Edge[],
  sizes: { readonly a: number; readonly b: number },
  params: AlignParams,
  maxComponent: number,
): ScoredPair[] {
  const second = secondScores(edges, sizes);
  const best = bestScores(edges, sizes);
  // "Each other's best" is read on the tie-broken scores: two clauses with the same text score
  // alike up to the last bit, and which bit is larger depends on which text is A (symmetry).
  const bestTied = bestScores(edges, sizes, (e) => e.w);
  const fixedPairs = fixed
    .filter((l) => l.from.length > 0 && l.to.length > 0)
    .map((l) => ({
      a: l.from[0]!,
      b: l.to[0]!,
      s: 1,
      w: tieBroken(1, l.from[0]!, l.to[0]!, sizes),
    }));
  // Round 0 reads the order from the heaviest crossing-free chain of all candidates; round 1
  // from what round 0 accepted.
  // Chain weights count only what a pair scores above the lowest bar, so a run of weak pairs
  // cannot outweigh one strong pair.
  const chainWeight = (e: Edge): number => e.w - params.acceptGapBest;
  let anchors: Edge[] = heaviestIncreasing(
    [...fixedPairs, ...edges.filter((e) => e.s > params.acceptGapBest)],
    chainWeight,
  );
  // The order prior is worth what the pair's own clear matches say about its order: versions
  // that reorder their points get a proportionally smaller bonus for staying in the gap.
  const gapBonus =
    params.gapBonus *
    orderedShare(
      edges.filter((e) => e.s >= params.acceptInGap),
      chainWeight,
    );
  for (let round = 0; ; round++) {
    const gaps = new Gaps(anchors, sizes.b);
    const inGap = (e: Edge): boolean => gaps.contains(e.a, e.b);
    const gapBest = bestScores(edges.filter(inGap), sizes, (e) => e.w);
    const eligible = edges.filter((e) => {
      // A clause is not given to a partner that clearly prefers another clause, however well
      // the pair fits the order: two weak links must not outvote one strong one.
      if (e.s < params.dominance * Math.max(best.a[e.a]!, best.b[e.b]!)) return false;
      // A move claims identity across a distance: the pair must be each other's best anywhere.
      if (!inGap(e)) {
        return e.s >= params.acceptOutOfGap && e.w === bestTied.a[e.a] && e.w === bestTied.b[e.b];
      }
      const mutualBest = e.w === gapBest.a[e.a] && e.w === gapBest.b[e.b];
      return e.s >= (mutualBest ? params.acceptGapBest : params.acceptInGap);
    });
    const accepted = assign(eligible, (e) => e.w + (inGap(e) ? gapBonus : 0), maxComponent);
    if (round === 1) {
      return accepted.map((e) => ({
        ...e,
        confidence: linkConfidence(e, second, inGap(e), params),
      }));
    }
    anchors = heaviestIncreasing([...fixedPairs, ...accepted], chainWeight);
  }
}

/**
 * Confidence grows with the score's height above the acceptance bar and with its margin over
 * the best rival for either clause; keeping the documents' order adds a little. A logistic
 * keeps it in (0,1); constants are documented in docs/engine.md.
 */
function linkConfidence(
  e: Edge,
  rival: (e: Edge) => number,
  inGap: boolean,
  params: AlignParams,
): number {
  const bar = inGap ? params.acceptInGap : params.acceptOutOfGap;
  const z = 6 * (e.s - bar) + 8 * (e.s - rival(e)) + (inGap ? 0.5 : -0.25);
  return round3(1 / (1 + Math.exp(-z)));
}

/** An added or removed clause: the closer its best candidate came to the bar, the less sure. */
function unmatched(from: number[], to: number[], bestScore: number, bar: number): Link {
  const confidence = round3(Math.min(0.99, Math.max(0.05, 1 - bestScore / (2 * bar))));
  return { from, to, similarity: 0, confidence, pinned: false, exact: false };
}

function groupSimilarity(
  from: readonly ClauseFeatures[],
  to: readonly ClauseFeatures[],
  params: AlignParams,
): number {
  const join = (parts: readonly ClauseFeatures[]): ClauseFeatures =>
    parts.length === 1 ? parts[0]! : combineFeatures(parts);
  return similarity(join(from), join(to), params);
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export type { ClauseFeatures };
