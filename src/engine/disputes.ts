/**
 * Dispute status of each clause of a version, derived from the parties' positions by the rules
 * written in docs/disputes.md. Three things keep it honest: a position on a whole version is
 * that version's stance and never a stance on each clause; a position dated before a version
 * existed is not about that version; and silence is "no position on record", never "agreed".
 * Every stance names the positions behind it, so a reader can check each status.
 */

import {
  GRADES,
  type Stance,
  type DisputeStatus,
  type Via,
  type Scope,
  type PositionInput,
  type DisputeClauseInput,
  type DisputeLink,
  type DisputeFilters,
  type DisputeInput,
  type PartyStance,
  type ClauseDispute,
  type DisputeResult,
  type ExclusionReason,
} from './disputes-types';

export * from './disputes-types';

/** Kinds of curated link that say "the same clause, in another version". */
export const SAME_CLAUSE_KINDS: ReadonlySet<string> = new Set(['same', 'reworded']);
const RANK: Record<Via | 'version', number> = {
  clause: 0,
  'sub-point': 1,
  parent: 1,
  lineage: 2,
  topic: 3,
  version: 4,
};
// On the same date the cautious reading is reported first: an objection is not outvoted by a
// same-day endorsement (both stay listed, and the stance is flagged conflicting).
const CAUTION: Record<Stance, number> = { opposes: 3, conditional: 2, unclear: 1, supports: 0 };

export function targetLabels(position: PositionInput): string[] {
  return [
    ...(position.target.labels ?? []),
    ...(position.target.label !== undefined ? [position.target.label] : []),
  ];
}

/** Clause-specific when it names clauses or a subject; version-wide when it names the whole. */
export function scopeOf(position: PositionInput): Scope {
  const topic = position.target.topic;
  return targetLabels(position).length > 0 || (topic !== undefined && topic !== 'general')
    ? 'clause-specific'
    : 'version-wide';
}

/** `date` (possibly less precise, e.g. YYYY-MM) lies strictly before `day` at its own precision. */
export function predates(date: string, day: string): boolean {
  return date < day.slice(0, date.length);
}

/** Whether `position` may speak about version `slug` (dated on or after the version's date). */
function timely(
  position: PositionInput,
  slug: string,
  dates: DisputeInput['versionDates'],
): boolean {
  const day = dates?.[slug];
  if (day === undefined) return true;
  if (position.date === undefined || position.date === null || position.date === '') {
    // Undated words are kept on the version the analyst filed them under, but are not carried
    // to another version: nothing shows that version existed when they were said.
    return position.version === slug;
  }
  return !predates(position.date, day);
}

function passes(position: PositionInput, filters: DisputeFilters | undefined): boolean {
  if (filters === undefined) return true;
  const date = position.date ?? '';
  if (filters.from !== undefined && (date === '' || predates(date, filters.from))) return false;
  if (filters.to !== undefined && (date === '' || date.slice(0, 10) > filters.to)) return false;
  if (filters.minGrade !== undefined) {
    if (position.grade === undefined) return false;
    if (GRADES.indexOf(position.grade) > GRADES.indexOf(filters.minGrade)) return false;
  }
  return true;
}

/** `version:label` → the same clause in other versions, through same/reworded links (transitive). */
function sameClauses(links: readonly DisputeLink[]): Map<string, Set<string>> {
  const edges = new Map<string, string[]>();
  const add = (a: string, b: string): void => void edges.set(a, [...(edges.get(a) ?? []), b]);
  for (const l of links) {
    if (l.from === null || l.to === null || !SAME_CLAUSE_KINDS.has(l.kind)) continue;
    const a = `${l.from.version}:${l.from.label}`;
    const b = `${l.to.version}:${l.to.label}`;
    add(a, b);
    add(b, a);
  }
  const groups = new Map<string, Set<string>>();
  for (const start of edges.keys()) {
    if (groups.has(start)) continue;
    const group = new Set([start]);
    for (const node of group) for (const next of edges.get(node) ?? []) group.add(next);
    for (const node of group) groups.set(node, group);
  }
  return groups;
}

export function resolveStance(
  party: string,
  reached: readonly { position: PositionInput; via: Via | 'version'; about?: string }[],
): PartyStance {
  const best = Math.min(...reached.map((r) => RANK[r.via]));
  const level = reached.filter((r) => RANK[r.via] === best);
  const decisive = level
    .map((r) => r.position)
    .reduce((a, b) => {
      const [da, db] = [a.date ?? '', b.date ?? ''];
      if (da !== db) return da > db ? a : b;
      return CAUTION[b.stance] > CAUTION[a.stance] ? b : a;
    });
  const about = [...new Set(level.flatMap((r) => (r.about !== undefined ? [r.about] : [])))];
  return {
    party,
    stance: decisive.stance,
    conflicting: new Set(level.map((r) => r.position.stance)).size > 1,
    via: level[0]!.via,
    positions: [...new Set(level.map((r) => r.position.id))].sort(),
    ...(about.length > 0 ? { statedAbout: about.sort() } : {}),
  };
}

/** The status rules of docs/disputes.md §3, on clause-specific stances only. */
export function statusOf(
  stances: readonly PartyStance[],
  authors: readonly string[],
): DisputeStatus {
  const by = (pred: (s: Stance) => boolean): PartyStance[] => stances.filter((p) => pred(p.stance));
  const opposing = by((s) => s === 'opposes');
  const backing = by((s) => s === 'supports' || s === 'conditional');
  if (opposing.length > 0) {
    return backing.some((b) => opposing.some((o) => o.party !== b.party)) ? 'disputed' : 'opposed';
  }
  if (by((s) => s === 'conditional').length > 0) return 'conditional';
  const supporting = by((s) => s === 'supports');
  if (supporting.length >= 2 && supporting.some((p) => !authors.includes(p.party))) return 'agreed';
  if (supporting.length > 0) return 'supported';
  return stances.length > 0 ? 'unclear' : 'no-position';
}

type Reached = { position: PositionInput & { party: string }; via: Via; about?: string };

/** How `position` reaches `clause` of the version under study, or undefined. */
function reach(
  position: PositionInput,
  clause: DisputeClauseInput,
  version: string,
  children: ReadonlyMap<string, readonly string[]>,
  same: ReadonlyMap<string, ReadonlySet<string>>,
): { via: Via; about?: string } | undefined {
  const labels = targetLabels(position);
  if (position.version !== version) {
    // Only a position naming the very clause travels, and only along same/reworded links.
    const group = same.get(`${version}:${clause.label}`);
    const hit = labels.find((l) => group?.has(`${position.version}:${l}`));
    return hit === undefined ? undefined : { via: 'lineage', about: `${position.version}:${hit}` };
  }
  if (labels.length > 0) {
    if (labels.includes(clause.label)) return { via: 'clause' };
    if ((children.get(clause.label) ?? []).some((kid) => labels.includes(kid))) {
      return { via: 'sub-point' };
    }
    if (clause.parent !== undefined && labels.includes(clause.parent)) return { via: 'parent' };
    return undefined;
  }
  // Compound topics in the dossier are written "territory / nuclear-plant".
  const topics = (position.target.topic ?? '').split('/').map((t) => t.trim());
  return topics.some((t) => clause.topics.includes(t)) ? { via: 'topic' } : undefined;
}

export function disputesOf(input: DisputeInput): DisputeResult {
  const excluded: { position: string; reason: ExclusionReason }[] = [];
  const usable: (PositionInput & { party: string })[] = [];
  for (const p of input.positions) {
    const own = p.version === input.version;
    const reason: ExclusionReason | undefined =
      p.party === null
        ? 'commentator'
        : !passes(p, input.filters)
          ? 'filtered'
          : !timely(p, input.version, input.versionDates)
            ? 'predates-version'
            : undefined;
    // Exclusions are reported for the positions filed under this version; a position on another
    // version that does not reach this one is simply not about it.
    if (reason !== undefined) {
      if (own) excluded.push({ position: p.id, reason });
      continue;
    }
    usable.push(p as PositionInput & { party: string });
  }
  const children = new Map<string, string[]>();
  for (const c of input.clauses) {
    if (c.parent !== undefined) {
      children.set(c.parent, [...(children.get(c.parent) ?? []), c.label]);
    }
  }
  const same = sameClauses(input.links ?? []);
  const wide = usable.filter((p) => p.version === input.version && scopeOf(p) === 'version-wide');
  const specific = usable.filter((p) => scopeOf(p) === 'clause-specific');
  const clauses = input.clauses.map((clause): ClauseDispute => {
    const byParty = new Map<string, Reached[]>();
    for (const position of specific) {
      const r = reach(position, clause, input.version, children, same);
      if (r !== undefined) {
        byParty.set(position.party, [...(byParty.get(position.party) ?? []), { position, ...r }]);
      }
    }
    const parties = [...byParty]
      .map(([party, reached]) => resolveStance(party, reached))
      .sort((x, y) => x.party.localeCompare(y.party));
    const status: DisputeStatus =
      clause.status === 'placeholder'
        ? 'unknown'
        : input.deferred.has(clause.label)
          ? 'deferred'
          : statusOf(parties, input.authors);
    return {
      label: clause.label,
      status,
      parties,
      conflicting: parties.filter((p) => p.conflicting).map((p) => p.party),
      presumedSupport: input.authors.filter((a) => !byParty.has(a)),
    };
  });
  const wideByParty = new Map<string, { position: PositionInput; via: 'version' }[]>();
  for (const p of wide) {
    wideByParty.set(p.party, [
      ...(wideByParty.get(p.party) ?? []),
      { position: p, via: 'version' },
    ]);
  }
  const versionWide = [...wideByParty]
    .map(([party, reached]) => resolveStance(party, reached))
    .sort((x, y) => x.party.localeCompare(y.party));
  return { version: input.version, clauses, versionWide, excluded };
}
