import type { CandidateParams } from './candidates';
import type { FeatureParams } from './features';

/**
 * Every threshold of the aligner in one place; docs/engine.md explains each value and how it
 * was chosen. Similarities are combined word/gram cosines in [0,1].
 */
export interface AlignParams extends FeatureParams, CandidateParams {
  /** Bar for an in-gap pair where each clause is the other's best candidate inside the gap. */
  readonly acceptGapBest: number;
  /** Bar for a pair that keeps the documents' order (lies in its gap between anchors). */
  readonly acceptInGap: number;
  /** Bar for a pair that would be a move: moves need stronger textual evidence. */
  readonly acceptOutOfGap: number;
  /** A pair must score at least this share of the best score either clause has with anyone. */
  readonly dominance: number;
  /** Added to in-gap scores during assignment, so order breaks ties between similar candidates. */
  readonly gapBonus: number;
  /** Least similarity between a split half (merge source) and the clause it came from. */
  readonly splitMin: number;
  /** Least share of the extra clause's weight that the other side must contain. */
  readonly splitContainment: number;
  /** Least share of the host clause's weight that only the extra clause covers. */
  readonly splitCoverage: number;
  /** Least gain in similarity that adding the extra clause to the group must bring. */
  readonly splitGain: number;
  /** Least score between a leftover clause and the host whose link it may join (above 1: off). */
  readonly leftoverMin: number;
  /** The group's similarity must rise by more than this when the leftover joins. */
  readonly leftoverGain: number;
  /** A host whose partners already cover this share of its weight takes no leftover. */
  readonly leftoverCovered: number;
  /** Least score for two clauses left unlinked, each the other's best unlinked candidate (above 1: off). */
  readonly freePairMin: number;
  /** Content words (stems, numbers, actors) a free pair must share. */
  readonly freePairTerms: number;
  /** Free pairs that cross the decided links only when the order share ρ is below this. */
  readonly freePairRho: number;
  /** Least score for a free pair that crosses the decided links (a move): the in-gap bar. */
  readonly freePairCrossMin: number;
  /** Content words each part of a free group (a merge or split of unlinked clauses) must share with its host. */
  readonly freeGroupTerms: number;
}

export const DEFAULT_PARAMS: AlignParams = {
  contextWeight: 0.5,
  wordShare: 0.4,
  topicShare: 0.2,
  anchorShare: 0,
  nearAnchorShare: 0.5,
  anchorRescue: 0.5,
  anchorRescueTerms: 3,
  minEdge: 0.05,
  allPairsLimit: 250_000,
  perClause: 8,
  acceptGapBest: 0.08,
  acceptInGap: 0.12,
  acceptOutOfGap: 0.3,
  gapBonus: 0.1,
  dominance: 0.5,
  splitMin: 0.12,
  splitContainment: 0.4,
  splitGain: 0.05,
  splitCoverage: 0.1,
  leftoverMin: 0.15,
  leftoverGain: 0,
  leftoverCovered: 0.5,
  freePairMin: 0.08,
  freePairTerms: 3,
  freePairRho: 0.7,
  freePairCrossMin: 0.12,
  freeGroupTerms: 2,
};
