import type { Overrides, PinnedLink } from '../../engine';
import type { CuratedLink } from './comparisons.repository';

const ONE_TO_ONE = new Set(['same', 'reworded', 'renumbered', 'moved', 'unchanged']);

interface Pin {
  readonly from: Set<string>;
  readonly to: Set<string>;
}

/**
 * Curated links → engine pins. `split` gathers every target of one A clause, `merged` every
 * source of one B clause. Kinds that describe relations rather than lineage (thematic,
 * parallel, deferred) are not pins. Links naming a clause that is not among the compared
 * clauses are skipped, and a label already pinned by an earlier (older) link is not pinned
 * again, so a contradictory set of curated links degrades to "first decision wins" instead
 * of making every comparison of the pair fail.
 */
export function toOverrides(
  links: readonly CuratedLink[],
  fromLabels: ReadonlySet<string>,
  toLabels: ReadonlySet<string>,
): Overrides {
  const pins: Pin[] = [];
  const grouped = new Map<string, Pin>();
  const add = (from: string[], to: string[], groupKey?: string): void => {
    const existing = groupKey === undefined ? undefined : grouped.get(groupKey);
    const pin = existing ?? { from: new Set<string>(), to: new Set<string>() };
    from.forEach((l) => pin.from.add(l));
    to.forEach((l) => pin.to.add(l));
    if (existing) return;
    pins.push(pin);
    if (groupKey !== undefined) grouped.set(groupKey, pin);
  };
  for (const link of links) {
    const from = link.from !== null && fromLabels.has(link.from) ? link.from : null;
    const to = link.to !== null && toLabels.has(link.to) ? link.to : null;
    const both = from !== null && to !== null;
    if (ONE_TO_ONE.has(link.kind) && both) add([from], [to]);
    else if (link.kind === 'split' && both) add([from], [to], `split:${from}`);
    else if (link.kind === 'merged' && both) add([from], [to], `merged:${to}`);
    else if (link.kind === 'removed' && from !== null) add([from], []);
    else if (link.kind === 'added' && to !== null) add([], [to]);
  }
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  const pin: PinnedLink[] = [];
  for (const p of pins) {
    const from = [...p.from];
    const to = [...p.to];
    if (from.some((l) => usedFrom.has(l)) || to.some((l) => usedTo.has(l))) continue;
    from.forEach((l) => usedFrom.add(l));
    to.forEach((l) => usedTo.add(l));
    pin.push({ from, to });
  }
  return pin.length > 0 ? { pin } : {};
}
