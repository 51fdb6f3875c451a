import type { Comparison } from '../types';
import { familyOf } from './cells';
import { isReadout } from './dag';
import { JOINING, composeLinks, curatedComparison } from './curated';
import { ancestors } from './dag';
import type { Family, FamilyCell, Lineage, LineageInput, LineageVersion } from './types';

/** Engine links below this confidence do not join families (they stay added/removed). */
const ENGINE_JOIN_CONFIDENCE = 0.5;

const key = (version: string, label: string): string => `${version}:${label}`;

class UnionFind {
  private readonly parent = new Map<string, string>();

  public add(x: string): void {
    if (!this.parent.has(x)) this.parent.set(x, x);
  }

  public find(x: string): string {
    let root = x;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    for (let node = x; node !== root;) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }

  public union(x: string, y: string): void {
    const [rx, ry] = [this.find(x), this.find(y)];
    if (rx !== ry) this.parent.set(rx < ry ? ry : rx, rx < ry ? rx : ry);
  }
}

/**
 * Builds clause families across all versions of a plan: curated links first, then the engine's
 * alignment along each parent→child edge between text versions for whatever the curated links
 * leave open. Reported items (versions known only from the press) are attached to every family
 * they report on, so one item such as "territory and NATO were bracketed" shows in both.
 */
export function buildLineage(given: LineageInput): Lineage {
  // Chains through reported items carry on: v28:21d → v20us:r3 → v20:14 joins 21d to V20:14.
  const input = { ...given, links: [...given.links, ...composeLinks(given.links)] };
  const bySlug = new Map(input.versions.map((v) => [v.slug, v]));
  const sets = new UnionFind();
  const order = new Map<string, number>();
  for (const version of input.versions) {
    if (version.items !== 'clauses') continue;
    // A placeholder (a point announced but not retrieved) is no clause of any family: it would
    // spawn a family of its own, "added" here and "removed" later, out of nothing known.
    for (const clause of version.clauses.filter((c) => c.status !== 'placeholder')) {
      const k = key(version.slug, clause.label);
      sets.add(k);
      order.set(k, order.size);
    }
  }
  const isClause = (
    ref: { version: string; label: string } | null,
  ): ref is { version: string; label: string } =>
    ref !== null && order.has(key(ref.version, ref.label));
  for (const link of input.links) {
    if (JOINING.has(link.kind) && isClause(link.from) && isClause(link.to)) {
      sets.union(key(link.from.version, link.from.label), key(link.to.version, link.to.label));
    }
  }
  const comparisons = new Map<string, Comparison>();
  for (const child of input.versions.filter((v) => v.items === 'clauses')) {
    // The nearest text ancestor: reported versions in between have no clauses to align.
    const parent = ancestors(child, bySlug).find((v) => v.items === 'clauses');
    if (parent !== undefined) {
      const content = (v: LineageVersion) => ({
        slug: v.slug,
        title: v.slug,
        clauses: v.clauses.filter((c) => c.status !== 'placeholder'),
        reported: isReadout(v),
      });
      const { comparison } = curatedComparison(content(parent), content(child), input.links);
      comparisons.set(`${parent.slug}>${child.slug}`, comparison);
      for (const change of comparison.changes) {
        // Curated changes join too: a curated merge may hold clauses the engine added to it.
        if (change.confidence < ENGINE_JOIN_CONFIDENCE) continue;
        const members = [
          ...change.from.map((l) => key(parent.slug, l)),
          ...change.to.map((l) => key(child.slug, l)),
        ];
        members.slice(1).forEach((m) => sets.union(members[0]!, m));
      }
    }
  }
  const groups = new Map<string, string[]>();
  for (const k of [...order.keys()]) {
    const root = sets.find(k);
    const group = groups.get(root);
    // Appending in place: copying the group on every member was quadratic in a family's size.
    if (group === undefined) groups.set(root, [k]);
    else group.push(k);
  }
  const families = [...groups.values()]
    .sort((x, y) => order.get(x[0]!)! - order.get(y[0]!)!)
    .map((members) => familyOf(members[0]!, new Set(members), input, bySlug, comparisons));
  // Reported items no link attaches get a family of their own, so nothing reported is lost.
  const attached = new Set(
    families.flatMap((f) =>
      f.cells
        .filter((c) => c.status === 'reported')
        .flatMap((c) => c.labels.map((l) => key(c.version, l))),
    ),
  );
  for (const version of input.versions.filter((v) => v.items === 'reports')) {
    for (const item of version.clauses.filter((c) => !attached.has(key(version.slug, c.label)))) {
      families.push(orphanReport(version, item.label, input));
    }
  }
  return { versions: input.versions.map((v) => v.slug), families };
}

function orphanReport(version: LineageVersion, label: string, input: LineageInput): Family {
  const item = version.clauses.find((c) => c.label === label)!;
  return {
    id: key(version.slug, label),
    topics: [...item.topics].sort(),
    cells: input.versions.map((v): FamilyCell =>
      v.slug === version.slug
        ? {
            version: v.slug,
            labels: [label],
            texts: [item.text],
            item: 'report',
            status: 'reported',
            change: 'reported',
            basis: 'curated',
            confidence: 1,
            ...(input.disputes?.[v.slug]?.[label] !== undefined
              ? { dispute: input.disputes[v.slug]![label]! }
              : {}),
          }
        : {
            version: v.slug,
            labels: [],
            texts: [],
            item: v.items === 'clauses' ? 'clause' : 'report',
            // Other versions may or may not carry what this item reports: nobody linked it.
            status: 'unknown',
            change: 'unknown',
            basis: 'structure',
            confidence: 1,
          },
    ),
  };
}
