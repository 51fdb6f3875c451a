import type { Edge } from './candidates';
import type { ClauseFeatures } from './features';
import type { AlignParams } from './params';
import { sharedTerms } from './vectors';

/** A merge (several A clauses → one B clause) or a split (one A → several B) of unlinked clauses. */
export interface FreeGroup {
  readonly from: readonly number[];
  readonly to: readonly number[];
  /** The best single pair's score inside the group, which the group must beat. */
  readonly bestPair: number;
}

/**
 * Free groups (docs/engine.md §2 step 9, engine 0.6.0): the merge or split whose halves and
 * host were all left unlinked, so neither the split/merge rules nor the leftover pass (both
 * need a decided link to join) can see it. A clause still unlinked is the host when two or more
 * unlinked clauses of the other side each have it as their best unlinked candidate, score at
 * least `leftoverMin` with it (the leftover pass's bar) and share `freeGroupTerms` content
 * words with it, and its own best unlinked candidate is one of them (the Gaza plan 7 + 8 →
 * resolution 2803's 6, the Board of Peace; Pretoria 5 → Nairobi 4 + 5, heavy and light
 * weapons). The parts must be consecutive clauses: a split's halves are neighbours, while
 * scattered clauses that each share template words with one host are what the synthetic
 * corpora are full of (without this the default 3,000-clause pair falls 0.9907 -> 0.9788, under
 * its floor). Consecutive parts keep the synthetic figures whole without the free pairs' order
 * guard, which would forbid Pretoria 5 -> Nairobi 4 + 5 (a move as well as a split). The
 * caller keeps a group only if its joined similarity beats its best pair. A clause claimed by
 * two groups joins neither, so the result does not depend on which side is A.
 */
export function freeGroups(
  edges: readonly Edge[],
  unlinked: readonly [ReadonlySet<number>, ReadonlySet<number>],
  features: readonly [ReadonlyMap<number, ClauseFeatures>, ReadonlyMap<number, ClauseFeatures>],
  params: AlignParams,
): FreeGroup[] {
  if (params.leftoverMin > 1 || unlinked[0].size === 0 || unlinked[1].size === 0) return [];
  const bestA = new Map<number, Edge>();
  const bestB = new Map<number, Edge>();
  for (const e of edges) {
    if (!unlinked[0].has(e.a) || !unlinked[1].has(e.b)) continue;
    const a = bestA.get(e.a);
    if (a === undefined || e.w > a.w) bestA.set(e.a, e);
    const b = bestB.get(e.b);
    if (b === undefined || e.w > b.w) bestB.set(e.b, e);
  }
  const member = (e: Edge): boolean =>
    e.s >= params.leftoverMin &&
    sharedTerms(features[0].get(e.a)!.word, features[1].get(e.b)!.word) >= params.freeGroupTerms;
  // Each side's best edges grouped by the clause they point to, once: filtering every best edge
  // per host was quadratic in the unlinked clauses.
  const toB = groupBy(bestA.values(), (e) => e.b);
  const toA = groupBy(bestB.values(), (e) => e.a);
  const groups: FreeGroup[] = [];
  for (const [b, hostBest] of bestB) {
    const parts = (toB.get(b) ?? []).filter(member);
    if (parts.length < 2 || !parts.includes(hostBest)) continue;
    groups.push({
      from: parts.map((e) => e.a).sort((x, y) => x - y),
      to: [b],
      bestPair: hostBest.s,
    });
  }
  for (const [a, hostBest] of bestA) {
    const parts = (toA.get(a) ?? []).filter(member);
    if (parts.length < 2 || !parts.includes(hostBest)) continue;
    groups.push({
      from: [a],
      to: parts.map((e) => e.b).sort((x, y) => x - y),
      bestPair: hostBest.s,
    });
  }
  const uses = new Map<string, number>();
  const keys = (g: FreeGroup): string[] => [
    ...g.from.map((a) => `a${a}`),
    ...g.to.map((b) => `b${b}`),
  ];
  for (const g of groups) for (const k of keys(g)) uses.set(k, (uses.get(k) ?? 0) + 1);
  return groups.filter(
    (g) => keys(g).every((k) => uses.get(k) === 1) && consecutive(g.from) && consecutive(g.to),
  );
}

function groupBy(edges: Iterable<Edge>, key: (e: Edge) => number): Map<number, Edge[]> {
  const out = new Map<number, Edge[]>();
  for (const e of edges) {
    const list = out.get(key(e));
    if (list === undefined) out.set(key(e), [e]);
    else list.push(e);
  }
  return out;
}

function consecutive(xs: readonly number[]): boolean {
  return xs.every((x, i) => i === 0 || x === xs[i - 1]! + 1);
}
