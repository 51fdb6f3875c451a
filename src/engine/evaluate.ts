import type { GoldAlignment } from './gold';
import type { Comparison } from './types';

/** How well a comparison reproduces a gold alignment. */
export interface Evaluation {
  /** Scored clauses (A and B sides) whose partner set equals the gold one. */
  readonly correct: number;
  readonly scored: number;
  /** correct / scored: the share of gold decisions the engine got right. */
  readonly accuracy: number;
  /** Link-level precision and recall over (a, b) pairs among scored clauses. */
  readonly precision: number;
  readonly recall: number;
  /** The decisions that differ, for reports: label, side, gold partners, engine partners. */
  readonly errors: readonly {
    side: 'from' | 'to';
    label: string;
    gold: string[];
    engine: string[];
  }[];
}

function partnerSets(links: readonly { from: readonly string[]; to: readonly string[] }[]): {
  from: Map<string, Set<string>>;
  to: Map<string, Set<string>>;
} {
  const from = new Map<string, Set<string>>();
  const to = new Map<string, Set<string>>();
  for (const link of links) {
    for (const a of link.from) from.set(a, new Set([...(from.get(a) ?? []), ...link.to]));
    for (const b of link.to) to.set(b, new Set([...(to.get(b) ?? []), ...link.from]));
  }
  return { from, to };
}

/**
 * Scores a comparison against gold. A scored clause counts as right when its engine partners,
 * ignoring partners whose fate gold does not know, are exactly its gold partners (an empty set
 * for added/removed). Unknown clauses are not scored either way.
 */
export function evaluate(comparison: Comparison, gold: GoldAlignment): Evaluation {
  const engine = partnerSets(comparison.changes);
  const truth = partnerSets(gold.links);
  const unknown = { from: new Set(gold.unknown.from), to: new Set(gold.unknown.to) };
  const errors: { side: 'from' | 'to'; label: string; gold: string[]; engine: string[] }[] = [];
  let correct = 0;
  let scored = 0;
  let truePairs = 0;
  let enginePairs = 0;
  let goldPairs = 0;
  for (const side of ['from', 'to'] as const) {
    const other = side === 'from' ? unknown.to : unknown.from;
    for (const [label, goldPartners] of truth[side]) {
      if (unknown[side].has(label)) continue;
      scored++;
      const found = [...(engine[side].get(label) ?? [])].filter((p) => !other.has(p));
      const right = found.length === goldPartners.size && found.every((p) => goldPartners.has(p));
      if (right) correct++;
      else errors.push({ side, label, gold: [...goldPartners].sort(), engine: found.sort() });
      if (side === 'from') {
        goldPairs += goldPartners.size;
        enginePairs += found.length;
        truePairs += found.filter((p) => goldPartners.has(p)).length;
      }
    }
  }
  return {
    correct,
    scored,
    accuracy: scored === 0 ? 1 : correct / scored,
    precision: enginePairs === 0 ? 1 : truePairs / enginePairs,
    recall: goldPairs === 0 ? 1 : truePairs / goldPairs,
    errors,
  };
}
