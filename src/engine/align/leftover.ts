import type { Edge } from './candidates';
import type { ClauseFeatures } from './features';
import type { AlignParams } from './params';
import { coverage } from './vectors';

const GAIN_EPSILON = 1e-9;

/** The part of a split/merge group this pass reads and grows. */
export interface LeftoverGroup {
  readonly from: readonly number[];
  readonly to: readonly number[];
}

export interface LeftoverContext {
  readonly groupOfA: readonly (LeftoverGroup | undefined)[];
  readonly groupOfB: readonly (LeftoverGroup | undefined)[];
  readonly featuresA: ReadonlyMap<number, ClauseFeatures>;
  readonly featuresB: ReadonlyMap<number, ClauseFeatures>;
  readonly similarityOf: (from: readonly number[], to: readonly number[]) => number;
  /** Adds clause `index` of side `side` (0: A, 1: B) to the group and records it as linked. */
  readonly join: (group: LeftoverGroup, side: 0 | 1, index: number) => void;
}

/**
 * Leftover splits and merges (docs/engine.md §6, engine 0.4.2). After assignment and the
 * containment-based splits, a clause left unlinked joins the link of its best candidate (the
 * host) when:
 * - it scores at least `leftoverMin` with the host and is the host's best leftover on its side;
 * - no clause linked elsewhere lies between it and the link's partners (a split's halves sit
 *   together, whatever lies between them was added or removed);
 * - reading it with the partners raises the group's similarity by more than `leftoverGain`;
 * - the partners leave at least `1 - leftoverCovered` of the host's weight uncovered. A host
 *   its partner already mostly covers is a complete link: a second clause that also touches it
 *   is a related new commitment (DRC declaration 10, return of the displaced, already met by
 *   agreement 7; agreement 8 on humanitarian access only shares the word), not the other half.
 */
export function joinLeftovers(
  edges: readonly Edge[],
  context: LeftoverContext,
  params: AlignParams,
): void {
  if (params.leftoverMin > 1) return;
  const { groupOfA, groupOfB, featuresA, featuresB } = context;
  const linked = (side: 0 | 1, i: number): boolean =>
    side === 0
      ? !featuresA.has(i) || groupOfA[i] !== undefined
      : !featuresB.has(i) || groupOfB[i] !== undefined;
  // Each clause's candidate edges, once: both the leftover's best and the host's best leftover
  // are read from them. Indexed by clause (arrays, not Maps; no tuple per edge).
  const edgesOf: [(Edge[] | undefined)[], (Edge[] | undefined)[]] = [
    new Array<Edge[] | undefined>(groupOfA.length),
    new Array<Edge[] | undefined>(groupOfB.length),
  ];
  const note = (lists: (Edge[] | undefined)[], i: number, e: Edge): void => {
    const list = lists[i];
    if (list === undefined) lists[i] = [e];
    else list.push(e);
  };
  for (const e of edges) {
    note(edgesOf[0], e.a, e);
    note(edgesOf[1], e.b, e);
  }
  const proposals: { side: 0 | 1; x: number; edge: Edge }[] = [];
  for (const side of [0, 1] as const) {
    for (const x of (side === 0 ? featuresA : featuresB).keys()) {
      if (linked(side, x)) continue;
      let best: Edge | undefined;
      for (const e of edgesOf[side][x] ?? []) {
        if (best === undefined || e.w > best.w) best = e;
      }
      if (best !== undefined && best.s >= params.leftoverMin) {
        proposals.push({ side, x, edge: best });
      }
    }
  }
  // Strongest first; each is re-checked in turn, since an earlier join may have changed its group.
  proposals.sort((p, q) => q.edge.w - p.edge.w);
  for (const { side, x, edge } of proposals) {
    const host = side === 0 ? edge.b : edge.a;
    const group = side === 0 ? groupOfB[host] : groupOfA[host];
    if (group === undefined || (side === 0 ? group.to : group.from).length !== 1) continue;
    const hostSide: 0 | 1 = side === 0 ? 1 : 0;
    const rivals = edgesOf[hostSide][host] ?? [];
    if (rivals.some((e) => e.w > edge.w && !linked(side, side === 0 ? e.a : e.b))) continue;
    const partners = side === 0 ? group.from : group.to;
    const nearest = partners.reduce((n, p) => (Math.abs(p - x) < Math.abs(n - x) ? p : n));
    let between = false;
    for (let i = Math.min(x, nearest) + 1; i < Math.max(x, nearest) && !between; i++) {
      between = linked(side, i);
    }
    if (between) continue;
    const own = side === 0 ? featuresA : featuresB;
    const hostFeatures = (side === 0 ? featuresB : featuresA).get(host)!;
    const parts = partners.map((p) => own.get(p)!);
    const covered =
      (coverage(
        hostFeatures.word,
        parts.map((p) => p.word),
      ) +
        coverage(
          hostFeatures.gram,
          parts.map((p) => p.gram),
        )) /
      2;
    if (covered >= params.leftoverCovered) continue;
    const before = context.similarityOf(group.from, group.to);
    const after =
      side === 0
        ? context.similarityOf([...group.from, x], group.to)
        : context.similarityOf(group.from, [...group.to, x]);
    // A "gain" within floating-point noise is none: similarity summed in the other direction can
    // differ in the last bit, and the pass must decide alike whichever text is A (symmetry).
    if (after - before <= params.leftoverGain + GAIN_EPSILON) continue;
    context.join(group, side, x);
  }
}
