import type { Edge, ScoredPair } from './candidates';
import { combineFeatures, similarity, type ClauseFeatures } from './features';
import type { AlignParams } from './params';
import { joinLeftovers } from './leftover';
import { containment, coverage } from './vectors';

export interface Group {
  readonly from: readonly number[];
  readonly to: readonly number[];
  readonly similarity: number;
  readonly confidence: number;
}

interface MutableGroup {
  from: number[];
  to: number[];
  confidence: number;
  /**
   * Memos of the group's own similarity and of how much of the host its partners already cover
   * (`coveredTo`: the `to` side covering the single `from`; `coveredFrom` the reverse). Every
   * proposal against a group recomputed them; they change only when the group grows, which
   * clears them (`grow`).
   */
  similarity?: number;
  coveredTo?: number;
  coveredFrom?: number;
}

function grow(group: MutableGroup, members: number[], index: number): void {
  members.push(index);
  members.sort((x, y) => x - y);
  group.similarity = undefined;
  group.coveredTo = undefined;
  group.coveredFrom = undefined;
}

/**
 * Grows 1:1 links into splits (1→n) and merges (n→1). A clause left over after assignment joins
 * the link of a clause it is similar to only if (a) most of its weight is contained in that
 * clause and (b) reading it together with the existing partner makes the pair more similar:
 * the "new coverage" rule that keeps near-duplicate boilerplate from being attached.
 */
export function groupSplitsAndMerges(
  pairs: readonly ScoredPair[],
  edges: readonly Edge[],
  featuresA: ReadonlyMap<number, ClauseFeatures>,
  featuresB: ReadonlyMap<number, ClauseFeatures>,
  params: AlignParams,
  parents: readonly [readonly (number | undefined)[], readonly (number | undefined)[]],
): Group[] {
  const groups: MutableGroup[] = pairs.map((p) => ({
    from: [p.a],
    to: [p.b],
    confidence: p.confidence,
  }));
  // Indexed by clause (arrays, not Maps): every candidate edge is looked up here, twice.
  const groupOfA = new Array<MutableGroup | undefined>(parents[0].length);
  const groupOfB = new Array<MutableGroup | undefined>(parents[1].length);
  for (const g of groups) {
    groupOfA[g.from[0]!] = g;
    groupOfB[g.to[0]!] = g;
  }
  const featuresOf = (
    side: ReadonlyMap<number, ClauseFeatures>,
    ids: readonly number[],
  ): ClauseFeatures =>
    ids.length === 1 ? side.get(ids[0]!)! : combineFeatures(ids.map((i) => side.get(i)!));
  const groupSimilarity = (from: readonly number[], to: readonly number[]): number =>
    similarity(featuresOf(featuresA, from), featuresOf(featuresB, to), params);
  const ownSimilarity = (group: MutableGroup): number =>
    (group.similarity ??= groupSimilarity(group.from, group.to));

  interface Proposal {
    readonly edge: Edge;
    readonly group: MutableGroup;
    readonly split: boolean;
    readonly gain: number;
    readonly contained: number;
  }
  const evaluate = (edge: Edge): Proposal | undefined => {
    const inA = groupOfA[edge.a];
    const inB = groupOfB[edge.b];
    const split = inB === undefined && inA !== undefined;
    const merge = inA === undefined && inB !== undefined;
    if (!split && !merge) return undefined;
    const group = (split ? inA : inB)!;
    if (split ? group.from.length !== 1 : group.to.length !== 1) return undefined;
    const extra = split ? featuresB.get(edge.b)! : featuresA.get(edge.a)!;
    const host = split ? featuresA.get(edge.a)! : featuresB.get(edge.b)!;
    const contained = (containment(extra.word, host.word) + containment(extra.gram, host.gram)) / 2;
    if (contained < params.splitContainment) return undefined;
    // New coverage: the extra clause must carry part of the host that the existing partners do
    // not, or it is only a near-duplicate of them (boilerplate, a restated guarantee).
    const partners = (split ? group.to : group.from).map((i) =>
      (split ? featuresB : featuresA).get(i)!,
    );
    const covered = (parts: readonly ClauseFeatures[]): number =>
      (coverage(
        host.word,
        parts.map((p) => p.word),
      ) +
        coverage(
          host.gram,
          parts.map((p) => p.gram),
        )) /
      2;
    // The host is the group's single clause on its side, so covered(partners) is the group's.
    const already = split
      ? (group.coveredTo ??= covered(partners))
      : (group.coveredFrom ??= covered(partners));
    if (covered([...partners, extra]) - already < params.splitCoverage) return undefined;
    const before = ownSimilarity(group);
    const after = split
      ? groupSimilarity(group.from, [...group.to, edge.b])
      : groupSimilarity([...group.from, edge.a], group.to);
    const gain = after - before;
    return gain >= params.splitGain ? { edge, group, split, gain, contained } : undefined;
  };

  // Strongest evidence first; each proposal is re-checked when its turn comes, because an
  // earlier one may have linked the same clause or grown the same group.
  const proposals = edges
    .filter((e) => e.s >= params.splitMin)
    .map(evaluate)
    .filter((p): p is Proposal => p !== undefined)
    .sort((x, y) => y.gain - x.gain || y.edge.w - x.edge.w);
  for (const proposal of proposals) {
    const current = evaluate(proposal.edge);
    if (current === undefined) continue;
    const { edge, group, split, contained } = current;
    if (split) {
      grow(group, group.to, edge.b);
      groupOfB[edge.b] = group;
    } else {
      grow(group, group.from, edge.a);
      groupOfA[edge.a] = group;
    }
    group.confidence =
      Math.round(group.confidence * (0.5 + 0.5 * Math.min(1, contained)) * 1000) / 1000;
  }
  // Containment-based splits first, then the leftovers they did not place (leftover.ts).
  joinLeftovers(
    edges,
    {
      groupOfA,
      groupOfB,
      featuresA,
      featuresB,
      similarityOf: groupSimilarity,
      join: (target, side, index) => {
        const group = target as MutableGroup;
        grow(group, side === 0 ? group.from : group.to, index);
        (side === 0 ? groupOfA : groupOfB)[index] = group;
        // Weaker evidence than a contained split: the same discount as a chapeau's join.
        group.confidence = Math.round(group.confidence * 0.9 * 1000) / 1000;
      },
    },
    params,
  );
  attachChapeaux(groups, groupOfA, groupOfB, edges, parents, params);
  return groups.map((g) => ({
    from: g.from,
    to: g.to,
    similarity: Math.round(ownSimilarity(g) * 1000) / 1000,
    confidence: g.confidence,
  }));
}

/**
 * A chapeau ("21. Territorial arrangements:") left unlinked follows its sub-points: if its
 * sub-points went into one clause on the other side, the chapeau's point is that clause too, so
 * it joins that link as a merge (or split) partner. It needs some textual tie to the target.
 */
function attachChapeaux(
  groups: readonly MutableGroup[],
  groupOfA: (MutableGroup | undefined)[],
  groupOfB: (MutableGroup | undefined)[],
  edges: readonly Edge[],
  parents: readonly [readonly (number | undefined)[], readonly (number | undefined)[]],
  params: AlignParams,
): void {
  // Built only if some chapeau is left to place: most documents have none.
  let scores: Map<string, number> | undefined;
  const score = (key: string): number | undefined => {
    scores ??= new Map(edges.map((e) => [`${e.a}:${e.b}`, e.s]));
    return scores.get(key);
  };
  for (const side of [0, 1] as const) {
    const own = side === 0 ? groupOfA : groupOfB;
    const children = new Map<number, number[]>();
    parents[side].forEach((parent, child) => {
      if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), child]);
    });
    for (const [chapeau, kids] of children) {
      if (own[chapeau] !== undefined) continue;
      const votes = new Map<MutableGroup, number>();
      for (const kid of kids) {
        const group = own[kid];
        const arity = group === undefined ? 0 : side === 0 ? group.to.length : group.from.length;
        if (group !== undefined && arity === 1) votes.set(group, (votes.get(group) ?? 0) + 1);
      }
      const tie = (g: MutableGroup): number =>
        score(side === 0 ? `${chapeau}:${g.to[0]!}` : `${g.from[0]!}:${chapeau}`) ?? 0;
      const [target] = [...votes.entries()]
        .filter(([g]) => tie(g) >= params.minEdge)
        .sort(([g1, v1], [g2, v2]) => v2 - v1 || tie(g2) - tie(g1));
      if (target === undefined) continue;
      const group = target[0];
      grow(group, side === 0 ? group.from : group.to, chapeau);
      own[chapeau] = group;
      group.confidence = Math.round(group.confidence * 0.9 * 1000) / 1000;
    }
  }
  void groups;
}
