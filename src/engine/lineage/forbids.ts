import type { LineageLink } from './types';

/** An analyst's "these two are NOT the same clause": the comparison must never link them. */
export const FORBID = 'forbid';

/** One key for a pair of labels (A's, B's), whatever characters the labels hold. */
export const pairKey = (a: string, b: string): string => JSON.stringify([a, b]);

/** The forbidden pairs between two versions, by label, as the engine's `forbid` overrides. */
export function forbids(
  links: readonly LineageLink[],
  from: { readonly slug: string; readonly labels: ReadonlySet<string> },
  to: { readonly slug: string; readonly labels: ReadonlySet<string> },
): { from: string; to: string }[] {
  const seen = new Set<string>();
  const out: { from: string; to: string }[] = [];
  for (const l of links) {
    if (l.kind !== FORBID || l.from?.version !== from.slug || l.to?.version !== to.slug) continue;
    if (!from.labels.has(l.from.label) || !to.labels.has(l.to.label)) continue;
    const k = pairKey(l.from.label, l.to.label);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ from: l.from.label, to: l.to.label });
  }
  return out;
}
