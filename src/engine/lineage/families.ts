import { compareVersions } from '../compare';
import type { Comparison, Overrides } from '../types';
import { familyOf } from './cells';
import { ancestors } from './dag';
import type {
  Family,
  FamilyCell,
  Lineage,
  LineageInput,
  LineageLink,
  LineageVersion,
} from './types';

/** Curated kinds that say two clauses are the same clause (possibly split, merged or deleted). */
const JOINING = new Set(['same', 'reworded', 'split', 'merged', 'removed']);
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
 * Curated links between two versions as engine overrides: linked clauses are grouped (a split's
 * targets, a merge's sources) into pins; a clause curated as removed or added becomes a one-sided
 * pin only when no other curated link claims it (the dossier marks a reworked point as both
 * reworded and partly added). A group that would be n:m is left to the aligner.
 */
export function curatedOverrides(
  links: readonly LineageLink[],
  from: { readonly slug: string; readonly labels: ReadonlySet<string> },
  to: { readonly slug: string; readonly labels: ReadonlySet<string> },
): Overrides {
  const sets = new UnionFind();
  const linked = new Set<string>();
  const known = (node: string): boolean =>
    node.startsWith('a:') ? from.labels.has(node.slice(2)) : to.labels.has(node.slice(2));
  const claim = (node: string): void => {
    sets.add(node);
    linked.add(node);
  };
  for (const link of links) {
    if (
      !JOINING.has(link.kind) ||
      link.from?.version !== from.slug ||
      link.to?.version !== to.slug
    ) {
      continue;
    }
    // A removal pointing at a placeholder row ("DELETED") pins only the removed clause.
    const nodes = [
      `a:${link.from.label}`,
      ...(link.kind === 'removed' ? [] : [`b:${link.to.label}`]),
    ];
    const present = nodes.filter(known);
    present.forEach(claim);
    if (present.length === 2) sets.union(present[0]!, present[1]!);
  }
  for (const link of links) {
    const removed =
      link.kind === 'removed' &&
      link.from?.version === from.slug &&
      (link.to === null || link.to.version === to.slug);
    const added = link.kind === 'added' && link.to?.version === to.slug && link.from === null;
    if (!removed && !added) continue;
    const node = removed ? `a:${link.from.label}` : `b:${link.to!.label}`;
    if (known(node) && !linked.has(node)) claim(node);
  }
  const groups = new Map<string, { from: string[]; to: string[] }>();
  for (const node of linked) {
    const root = sets.find(node);
    const group = groups.get(root) ?? { from: [], to: [] };
    (node.startsWith('a:') ? group.from : group.to).push(node.slice(2));
    groups.set(root, group);
  }
  const pins = [...groups.values()].filter((g) => !(g.from.length > 1 && g.to.length > 1));
  return { pin: pins.map((g) => ({ from: g.from.sort(), to: g.to.sort() })) };
}

/**
 * Builds clause families across all versions of a plan: curated links first, then the engine's
 * alignment along each parent→child edge between text versions for whatever the curated links
 * leave open. Reported items (versions known only from the press) are attached to every family
 * they report on, so one item such as "territory and NATO were bracketed" shows in both.
 */
export function buildLineage(input: LineageInput): Lineage {
  const bySlug = new Map(input.versions.map((v) => [v.slug, v]));
  const sets = new UnionFind();
  const order = new Map<string, number>();
  for (const version of input.versions) {
    if (version.items !== 'clauses') continue;
    for (const clause of version.clauses) {
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
      const content = (
        v: LineageVersion,
      ): { title: string; clauses: LineageVersion['clauses'] } => ({
        title: v.slug,
        clauses: v.clauses.filter((c) => c.status !== 'placeholder'),
      });
      const [a, b] = [content(parent), content(child)];
      const labels = (v: typeof a): Set<string> => new Set(v.clauses.map((c) => c.label));
      const comparison = compareVersions(a, b, {
        overrides: curatedOverrides(
          input.links,
          { slug: parent.slug, labels: labels(a) },
          { slug: child.slug, labels: labels(b) },
        ),
      });
      comparisons.set(`${parent.slug}>${child.slug}`, comparison);
      for (const change of comparison.changes) {
        if (change.pinned === true || change.confidence < ENGINE_JOIN_CONFIDENCE) continue;
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
    groups.set(root, [...(groups.get(root) ?? []), k]);
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
          }
        : {
            version: v.slug,
            labels: [],
            texts: [],
            item: v.items === 'clauses' ? 'clause' : 'report',
            status: 'absent',
            change: 'absent',
            basis: 'structure',
            confidence: 1,
          },
    ),
  };
}
