import { comparisonBrackets } from '../brackets/comparison';
import { compareVersions } from '../compare';
import {
  CHANGE_KINDS,
  type Change,
  type ChangeKind,
  type Comparison,
  type Overrides,
  type VersionText,
} from '../types';
import { FORBID, forbids, pairKey } from './forbids';
import type { LineageLink } from './types';

export { FORBID } from './forbids';

/** Bump when the way curated links shape a comparison changes (it is part of cache keys). */
export const CURATION_VERSION = 3;

/**
 * Curated kinds that say two clauses are the same clause (possibly split, merged, deleted, or
 * kept under another number or in another place: renumbered and moved pin 1:1 like same).
 */
export const JOINING = new Set([
  'same',
  'reworded',
  'renumbered',
  'moved',
  'split',
  'merged',
  'removed',
]);
/** Whether a link can change a comparison at all (relations such as thematic cannot). */
export const shapesComparison = (link: { readonly kind: string }): boolean =>
  JOINING.has(link.kind) || link.kind === 'added' || link.kind === FORBID;
/** Kinds whose target carries the source's content on: a chain of them is one lineage. */
const CARRYING = new Set(['same', 'reworded', 'renumbered', 'moved', 'split', 'merged']);
/** Engine links below this confidence do not extend a curated group. */
const EXTEND_CONFIDENCE = 0.5;
const MAX_HOPS = 4;

const refKey = (r: { version: string; label: string }): string => `${r.version}:${r.label}`;

/** True when `link` is a curated decision about `from` in version `toVersion`. */
function decidesInto(link: LineageLink, toVersion: string): boolean {
  if (!JOINING.has(link.kind)) return false;
  return link.to !== null ? link.to.version === toVersion : link.toVersion === toVersion;
}

/**
 * Curated links implied by chains: v28:21d → v20us:r3 (reported) → v20:14 says that 21d's
 * content reached V20:14, though nobody curated v28 → v20 for 21d. A chain is followed only for
 * a clause with no curated decision of its own about the target version (a direct link, or a
 * removal, always wins), through carrying kinds only; the result is `same` when every hop is,
 * else `reworded`, at the weakest hop's confidence.
 */
export function composeLinks(links: readonly LineageLink[]): LineageLink[] {
  const out = new Map<string, { from: string; to: string }[]>();
  for (const l of links) {
    if (l.from === null || l.to === null || !CARRYING.has(l.kind)) continue;
    const list = out.get(refKey(l.from)) ?? [];
    list.push({ from: refKey(l.from), to: refKey(l.to) });
    out.set(refKey(l.from), list);
  }
  const byPair = new Map(
    links
      .filter((l) => l.from !== null && l.to !== null && CARRYING.has(l.kind))
      .map((l) => [`${refKey(l.from!)}>${refKey(l.to!)}`, l]),
  );
  const decided = new Set(
    links
      .filter((l) => l.from !== null && JOINING.has(l.kind))
      .map((l) => `${refKey(l.from!)}>${l.to?.version ?? l.toVersion ?? ''}`),
  );
  const rank: Record<string, number> = { high: 3, medium: 2, low: 1 };
  const composed: LineageLink[] = [];
  const seen = new Set<string>();
  for (const start of links) {
    if (start.from === null || seen.has(refKey(start.from))) continue;
    const origin = start.from;
    seen.add(refKey(origin));
    // Breadth first over carrying links, remembering whether every hop was `same`.
    let frontier = [{ node: refKey(origin), same: true, confidence: 3, hops: 0 }];
    const visited = new Set([refKey(origin)]);
    while (frontier.length > 0) {
      const next: typeof frontier = [];
      for (const f of frontier) {
        for (const edge of out.get(f.node) ?? []) {
          if (visited.has(edge.to)) continue;
          visited.add(edge.to);
          const link = byPair.get(`${edge.from}>${edge.to}`)!;
          const step = {
            node: edge.to,
            same: f.same && link.kind === 'same',
            confidence: Math.min(f.confidence, rank[link.confidence ?? ''] ?? 2),
            hops: f.hops + 1,
          };
          const [version, ...rest] = edge.to.split(':');
          if (step.hops > 1 && !decided.has(`${refKey(origin)}>${version}`)) {
            composed.push({
              from: origin,
              to: { version: version!, label: rest.join(':') },
              kind: step.same ? 'same' : 'reworded',
              confidence: (['', 'low', 'medium', 'high'] as const)[step.confidence],
            });
          }
          if (step.hops < MAX_HOPS) next.push(step);
        }
      }
      frontier = next;
    }
  }
  return composed;
}

interface Group {
  readonly from: Set<string>;
  readonly to: Set<string>;
  readonly kinds: Set<string>;
}

/** The curated decisions between two versions, grouped: a merge's sources, a split's targets. */
function curatedGroups(
  links: readonly LineageLink[],
  from: { readonly slug: string; readonly labels: ReadonlySet<string> },
  to: { readonly slug: string; readonly labels: ReadonlySet<string> },
  forbidden: ReadonlySet<string>,
): Group[] {
  const groups: Group[] = [];
  const at = new Map<string, Group>();
  const join = (nodes: string[], kind: string): void => {
    const found = [...new Set(nodes.map((n) => at.get(n)).filter((g) => g !== undefined))];
    const group = found[0] ?? { from: new Set(), to: new Set(), kinds: new Set() };
    if (found.length === 0) groups.push(group);
    for (const other of found.slice(1)) {
      other.from.forEach((l) => group.from.add(l));
      other.to.forEach((l) => group.to.add(l));
      other.kinds.forEach((k) => group.kinds.add(k));
      groups.splice(groups.indexOf(other), 1);
    }
    for (const n of nodes) {
      (n.startsWith('a:') ? group.from : group.to).add(n.slice(2));
      at.set(n, group);
    }
    group.kinds.add(kind);
  };
  const all = [...links, ...composeLinks(links)];
  for (const link of all) {
    if (link.kind === 'removed' || !JOINING.has(link.kind)) continue;
    if (link.from?.version !== from.slug || link.to?.version !== to.slug) continue;
    if (!from.labels.has(link.from.label) || !to.labels.has(link.to.label)) continue;
    // A forbidden pair is never pinned, not even through a chain (the API refuses a direct pin
    // of a forbidden pair, so only composed or seeded links get here).
    if (forbidden.has(pairKey(link.from.label, link.to.label))) continue;
    join([`a:${link.from.label}`, `b:${link.to.label}`], link.kind);
  }
  // A clause curated as removed or added is pinned so only when no other link claims it (the
  // dossier marks a reworked point as both reworded and partly added).
  for (const link of links) {
    const removed =
      link.kind === 'removed' &&
      link.from?.version === from.slug &&
      (link.to === null ? link.toVersion === to.slug : link.to.version === to.slug);
    const added = link.kind === 'added' && link.from === null && link.to?.version === to.slug;
    if (removed && from.labels.has(link.from.label) && !at.has(`a:${link.from.label}`)) {
      join([`a:${link.from.label}`], 'removed');
    } else if (added && to.labels.has(link.to.label) && !at.has(`b:${link.to.label}`)) {
      join([`b:${link.to.label}`], 'added');
    }
  }
  return groups;
}

/**
 * Grows curated groups with the engine's own judgement: where the unpinned engine links a curated
 * pair and merges (or splits) it with clauses no curated link mentions, those join the group
 * (v28:20 → v20:13 is curated; the engine adds 20a, whose content V20:13 also carries).
 */
function extend(
  groups: Group[],
  engine: Comparison,
  links: readonly LineageLink[],
  slugs: { readonly a: string; readonly b: string },
  forbidden: ReadonlySet<string>,
): void {
  // A clause another curated link decides on (from any version into B, or from this A clause
  // into B's version) is not free: v20:15 is v28:22's, whatever veu → v20 looks like.
  const claimedA = new Set(groups.flatMap((g) => [...g.from]));
  const claimedB = new Set(groups.flatMap((g) => [...g.to]));
  for (const l of links) {
    if (l.to?.version === slugs.b && JOINING.has(l.kind)) claimedB.add(l.to.label);
    if (l.from?.version === slugs.a && decidesInto(l, slugs.b)) claimedA.add(l.from.label);
  }
  for (const change of engine.changes) {
    if (change.from.length === 0 || change.to.length === 0) continue;
    if (change.confidence < EXTEND_CONFIDENCE) continue;
    // Only where the engine agrees with the curated pairing (it links a curated source to a
    // curated target): an engine link that contradicts the curation grows nothing.
    const group = groups.find(
      (g) => change.from.some((l) => g.from.has(l)) && change.to.some((l) => g.to.has(l)),
    );
    if (group === undefined || group.from.size + group.to.size < 2) continue;
    // Nothing joins a group holding a clause it is forbidden to be linked with.
    const moreA = change.from.filter(
      (l) => !claimedA.has(l) && ![...group.to].some((b) => forbidden.has(pairKey(l, b))),
    );
    const moreB = change.to.filter(
      (l) => !claimedB.has(l) && ![...group.from].some((a) => forbidden.has(pairKey(a, l))),
    );
    const fromSize = group.from.size + moreA.length;
    const toSize = group.to.size + moreB.length;
    if (fromSize > 1 && toSize > 1) continue;
    for (const l of moreA) {
      group.from.add(l);
      claimedA.add(l);
    }
    for (const l of moreB) {
      group.to.add(l);
      claimedB.add(l);
    }
  }
}

/** The kind a curated group reads as: its shape first, then what the curation called it. */
function curatedKind(group: Group, engineKind: ChangeKind): ChangeKind {
  if (group.from.size === 0) return 'added';
  if (group.to.size === 0) return 'removed';
  if (group.from.size > 1) return 'merged';
  if (group.to.size > 1) return 'split';
  const kinds = [...group.kinds];
  // Two curated readings of one pair: the one claiming more change wins.
  if (kinds.includes('reworded') || kinds.includes('merged') || kinds.includes('split')) {
    return 'reworded';
  }
  if (kinds.includes('same')) return 'unchanged';
  return engineKind;
}

export interface CuratedComparison {
  readonly comparison: Comparison;
  /** The pins the engine was given (curated groups, grown by the engine's own merges). */
  readonly overrides: Overrides;
}

/**
 * Compares two versions as the plan's curation says they relate: curated links (direct, or
 * composed through intermediate versions) become pins, n:1 merges and 1:n splits as one group,
 * grown with the engine's own merges of uncurated clauses; pinned changes read with the curated
 * kind (`same` is unchanged) and carry `curated: true`; what no curation covers is the engine's,
 * except that a clause a reported B does not mention (and no curation removes) is `unreported`.
 * A group that would be n:m is left to the aligner.
 */
export function curatedComparison(
  a: VersionText & { readonly slug: string },
  b: VersionText & { readonly slug: string } & {
    /** B is a read-out (reported) version: what it does not mention is unknown, not removed. */
    readonly reported?: boolean;
  },
  links: readonly LineageLink[],
): CuratedComparison {
  const labels = (v: VersionText): Set<string> => new Set(v.clauses.map((c) => c.label));
  const sideA = { slug: a.slug, labels: labels(a) };
  const sideB = { slug: b.slug, labels: labels(b) };
  const forbid = forbids(links, sideA, sideB);
  const forbidden = new Set(forbid.map((f) => pairKey(f.from, f.to)));
  const groups = curatedGroups(links, sideA, sideB, forbidden);
  // Only label, text and parent reach the engine: an editorial `note` riding along on a corpus
  // clause is never diffed as plan wording.
  const engineInput = (v: VersionText): VersionText => ({
    title: v.title,
    clauses: v.clauses.map((c) => ({
      label: c.label,
      text: c.text,
      ...(c.parent !== undefined ? { parent: c.parent } : {}),
    })),
  });
  const plain = engineInput(a);
  const other = engineInput(b);
  const forbidOnly: Overrides = forbid.length === 0 ? {} : { forbid };
  extend(
    groups,
    compareVersions(plain, other, { overrides: forbidOnly }),
    links,
    {
      a: a.slug,
      b: b.slug,
    },
    forbidden,
  );
  const holdsForbidden = (g: Group): boolean =>
    [...g.from].some((x) => [...g.to].some((y) => forbidden.has(pairKey(x, y))));
  const pinned = groups.filter((g) => !(g.from.size > 1 && g.to.size > 1) && !holdsForbidden(g));
  const overrides: Overrides = {
    ...(pinned.length === 0
      ? {}
      : { pin: pinned.map((g) => ({ from: [...g.from].sort(), to: [...g.to].sort() })) }),
    ...forbidOnly,
  };
  const raw = compareVersions(plain, other, { overrides });
  const groupOf = (c: Change): Group | undefined =>
    c.pinned === true
      ? pinned.find((g) => c.from.every((l) => g.from.has(l)) && c.to.every((l) => g.to.has(l)))
      : undefined;
  const changes = raw.changes.map((c): Change => {
    const group = groupOf(c);
    if (group !== undefined) return { ...c, kind: curatedKind(group, c.kind), curated: true };
    return c.kind === 'removed' && b.reported === true ? { ...c, kind: 'unreported' } : c;
  });
  const summary = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const change of changes) summary[change.kind] += 1;
  // A negotiating draft: what became of each bracket, over the very links shown as changes.
  const brackets = comparisonBrackets(
    { slug: a.slug, clauses: a.clauses },
    { slug: b.slug, clauses: b.clauses },
    changes,
  );
  return {
    comparison: { ...raw, changes, summary, ...(brackets !== undefined ? { brackets } : {}) },
    overrides,
  };
}
