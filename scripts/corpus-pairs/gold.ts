/**
 * Mechanical derivation of gold alignments from the curated links (links.json) (no hand-tuning).
 * See `DIRECT_RULE` and `COMPOSED_RULE` for the rules as stated in each gold file.
 */
import type { GoldAlignment, GoldLink } from '../../src/engine/gold';
import type { LabelLink as DossierLink } from './links';
import { splitRef } from './links';
import { textLabels } from './pairs';
import type { VersionFixture } from '../../src/corpus/fixture-types/version';

const ALIGN_KINDS = new Set(['same', 'reworded', 'split', 'merged']);

export const DIRECT_RULE =
  'Mechanical, from the curated links A→B (links.json): same/reworded/split/merged links are grouped into ' +
  'connected components (one gold link each; kind = the curated kind for a single link, else ' +
  'split or merged by shape); removed (to none or to a B placeholder row) gives to=[]; a B clause ' +
  'whose only incoming links are `added` gives from=[] (an `added` link is ignored when the clause ' +
  'also has a same/reworded link); deferred/parallel/thematic links are not alignments. Every ' +
  'other clause of either text file is unknown.';

export const COMPOSED_RULE =
  'Mechanical: explicit curated links VEU→V20 (rules as for direct pairs), plus composition ' +
  'through V28: if VEU:x has a same/reworded link from V28:y and V28:y has an explicit V20 link ' +
  '(1:1, split, merged or removed, as in the V28→V20 gold), VEU:x gets that link; merge partners ' +
  'are mapped through V28 and dropped when they have no VEU counterpart in the text file. ' +
  'Composed kind: removed/split/merged by shape, else same only if both links are same, otherwise ' +
  'reworded. Explicit VEU→V20 links win over composed ones. Everything else is unknown.';

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly kind: string;
}

interface Sides {
  readonly a: VersionFixture;
  readonly b: VersionFixture;
  readonly aText: readonly string[];
  readonly bText: readonly string[];
}

function sides(a: VersionFixture, b: VersionFixture): Sides {
  return { a, b, aText: textLabels(a), bText: textLabels(b) };
}

function isPlaceholderLabel(v: VersionFixture, label: string): boolean {
  const c = v.clauses.find((x) => x.label === label);
  if (c === undefined) throw new Error(`link to missing clause ${v.label}:${label}`);
  return c.status === 'placeholder';
}

function byOrder(order: readonly string[]): (x: string, y: string) => number {
  return (x, y) => order.indexOf(x) - order.indexOf(y);
}

/** `V28:12 split→V20:8,9; V28:27 same→V20:19` */
function describe(s: Sides, edges: readonly Edge[]): string {
  const groups = new Map<string, string[]>();
  for (const e of edges) {
    const key = `${s.a.label}:${e.from} ${e.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), e.to]);
  }
  return [...groups].map(([k, tos]) => `${k}→${s.b.label}:${tos.join(',')}`).join('; ');
}

/** Dossier links from version A to version B, checked and resolved against the text files. */
function directLinks(links: readonly DossierLink[], s: Sides): GoldLink[] {
  const edges: Edge[] = [];
  const out: GoldLink[] = [];
  const added: { label: string; basis: string }[] = [];
  for (const l of links) {
    const from = l.from === null ? null : splitRef(l.from);
    const to = l.to === null ? null : splitRef(l.to);
    const fromId = from?.id ?? l.from_version;
    const toId = to?.id ?? l.to_version;
    if (fromId !== s.a.label || toId !== s.b.label) continue;
    if (l.kind === 'added') {
      if (from !== null || to === null) throw new Error(`odd added link ${l.from}→${l.to}`);
      if (s.bText.includes(to.label)) {
        added.push({ label: to.label, basis: `curated ${s.a.label}:(none) added→${l.to}` });
      }
      continue;
    }
    if (from === null || !s.aText.includes(from.label)) continue; // A placeholder or (none)
    if (l.kind === 'removed') {
      if (to !== null && !isPlaceholderLabel(s.b, to.label)) {
        throw new Error(`removed link ${l.from}→${l.to} points at a real clause`);
      }
      const target = to === null ? `${s.b.label}:(none)` : `${l.to} (placeholder)`;
      out.push({
        from: [from.label],
        to: [],
        kind: 'removed',
        basis: `curated ${l.from} removed→${target}`,
      });
    } else if (ALIGN_KINDS.has(l.kind)) {
      if (to === null || isPlaceholderLabel(s.b, to.label)) {
        throw new Error(`${l.kind} link ${l.from}→${l.to} has no real target`);
      }
      edges.push({ from: from.label, to: to.label, kind: l.kind });
    }
  }
  out.push(...components(s, edges));
  const touched = new Set(out.flatMap((g) => g.to));
  for (const a of added) {
    if (!touched.has(a.label)) out.push({ from: [], to: [a.label], kind: 'added', basis: a.basis });
  }
  return out;
}

/** Groups alignment edges into connected components, one gold link each. */
function components(s: Sides, edges: readonly Edge[]): GoldLink[] {
  const groups: Edge[][] = [];
  for (const e of edges) {
    const hits = groups.filter((g) => g.some((x) => x.from === e.from || x.to === e.to));
    const merged = [...hits.flat(), e];
    for (const h of hits) groups.splice(groups.indexOf(h), 1);
    groups.push(merged);
  }
  return groups.map((g) => {
    const from = [...new Set(g.map((e) => e.from))].sort(byOrder(s.aText));
    const to = [...new Set(g.map((e) => e.to))].sort(byOrder(s.bText));
    if (from.length > 1 && to.length > 1) {
      throw new Error(`many-to-many component ${from.join(',')}→${to.join(',')}`);
    }
    const kind = g.length === 1 ? g[0]!.kind : from.length > 1 ? 'merged' : 'split';
    return { from, to, kind, basis: `curated ${describe(s, g)}` };
  });
}

/** Orders links by their first A label (added links last, by B label) and computes `unknown`. */
function finish(s: Sides, links: GoldLink[], derivation: string): GoldAlignment {
  const aPos = (g: GoldLink): number =>
    g.from.length > 0 ? s.aText.indexOf(g.from[0]!) : s.aText.length + s.bText.indexOf(g.to[0]!);
  const sorted = [...links].sort((x, y) => aPos(x) - aPos(y));
  const usedFrom = sorted.flatMap((g) => g.from);
  const usedTo = sorted.flatMap((g) => g.to);
  for (const [used, label] of [
    [usedFrom, s.a.label],
    [usedTo, s.b.label],
  ] as const) {
    const dup = used.filter((x, i) => used.indexOf(x) !== i);
    if (dup.length > 0) throw new Error(`${label} labels linked twice: ${dup.join(', ')}`);
  }
  return {
    schema: 'plandiff.gold/v1',
    from: s.a.slug,
    to: s.b.slug,
    derivation,
    links: sorted,
    unknown: {
      from: s.aText.filter((l) => !usedFrom.includes(l)),
      to: s.bText.filter((l) => !usedTo.includes(l)),
    },
  };
}

export function directGold(
  links: readonly DossierLink[],
  a: VersionFixture,
  b: VersionFixture,
): GoldAlignment {
  const s = sides(a, b);
  return finish(s, directLinks(links, s), DIRECT_RULE);
}

/** VEU→V20: explicit links plus links composed through V28 (see COMPOSED_RULE). */
export function composedGold(
  links: readonly DossierLink[],
  veu: VersionFixture,
  v28: VersionFixture,
  v20: VersionFixture,
): GoldAlignment {
  const s = sides(veu, v20);
  const explicit = directLinks(links, s);
  const usedFrom = new Set(explicit.flatMap((g) => g.from));
  const usedTo = new Set(explicit.flatMap((g) => g.to));
  // V28 label → VEU label, from same/reworded curated links into VEU's text file.
  const toVeu = new Map<string, { label: string; kind: string }>();
  for (const l of links) {
    if (l.from === null || l.to === null || !['same', 'reworded'].includes(l.kind)) continue;
    const from = splitRef(l.from);
    const to = splitRef(l.to);
    if (from.id !== v28.label || to.id !== veu.label || !s.aText.includes(to.label)) continue;
    if (toVeu.has(from.label)) throw new Error(`${l.from} has two VEU counterparts`);
    toVeu.set(from.label, { label: to.label, kind: l.kind });
  }
  const via = directLinks(links, sides(v28, v20)).filter((g) => g.from.length > 0);
  const composed: GoldLink[] = [];
  for (const g of via) {
    const ys = g.from.filter((y) => toVeu.has(y) && !usedFrom.has(toVeu.get(y)!.label));
    if (ys.length === 0 || g.to.some((t) => usedTo.has(t))) continue; // explicit links win
    const from = ys.map((y) => toVeu.get(y)!.label);
    const steps = ys.map(
      (y) => `${v28.label}:${y} ${toVeu.get(y)!.kind}→${veu.label}:${toVeu.get(y)!.label}`,
    );
    let kind: string;
    if (g.to.length === 0) kind = 'removed';
    else if (g.to.length > 1) kind = 'split';
    else if (from.length > 1) kind = 'merged';
    else {
      const y = ys[0]!;
      const v20Kind = g.from.length === 1 ? g.kind : null; // member of a merge → reworded
      kind = toVeu.get(y)!.kind === 'same' && v20Kind === 'same' ? 'same' : 'reworded';
    }
    const dropped = g.from
      .filter((y) => !ys.includes(y))
      .map((y) => {
        const why = toVeu.has(y) ? 'VEU counterpart linked explicitly' : 'no VEU counterpart';
        return ` (merge partner ${v28.label}:${y} dropped: ${why})`;
      });
    const basis =
      `composed via ${v28.label}:${ys.join(',')}: ${steps.join('; ')}; ` +
      `${g.basis!.replace(/^curated /, '')}${dropped.join('')}`;
    composed.push({ from, to: [...g.to], kind, basis });
  }
  return finish(s, [...explicit, ...composed], COMPOSED_RULE);
}
