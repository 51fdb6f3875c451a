import { ENGINE_VERSION } from './compare';
import { disputesOf, type DisputeResult, type PositionInput } from './disputes';
import { curatedComparison } from './lineage/curated';
import { isReadout } from './lineage/dag';
import { buildLineage } from './lineage/families';
import type { Family, LineageLink, LineageVersion } from './lineage/types';
import type { Comparison } from './types';

/**
 * The `plandiff.briefing/v1` export: everything an analyst (or an LLM workflow) needs about one
 * plan in one JSON document, with stable ids so two exports of the same corpus are identical but
 * for `generatedAt`. Its JSON Schema is docs/schemas/briefing.v1.json.
 */

export interface BriefingVersion extends LineageVersion {
  readonly label: string;
  readonly title: string;
  readonly channel: string;
  readonly authorParties: readonly string[];
  readonly basis: 'text' | 'reported' | 'mixed';
  readonly grade: string;
  readonly clauses: readonly (LineageVersion['clauses'][number] & {
    readonly sources: readonly string[];
    /** The compiler's editorial note, shown apart from the text and never compared. */
    readonly note?: string;
  })[];
}

export interface BriefingPosition extends PositionInput {
  readonly actor?: string;
  readonly quote: string;
  readonly outlet?: string;
  readonly sources: readonly string[];
  readonly note?: string;
}

export interface BriefingInput {
  readonly plan: { readonly slug: string; readonly title: string; readonly description: string };
  readonly versions: readonly BriefingVersion[];
  readonly links: readonly LineageLink[];
  readonly positions: readonly BriefingPosition[];
  readonly sources: readonly {
    readonly url: string;
    readonly outlet: string;
    readonly language: string;
  }[];
  /** ISO time stamp supplied by the caller: the engine reads no clock. */
  readonly generatedAt: string;
}

export interface Briefing {
  readonly schema: 'plandiff.briefing/v1';
  readonly engineVersion: string;
  readonly generatedAt: string;
  readonly plan: BriefingInput['plan'];
  readonly versions: readonly {
    readonly slug: string;
    readonly label: string;
    readonly title: string;
    readonly date: string;
    readonly channel: string;
    readonly basis: string;
    readonly grade: string;
    readonly items: 'clauses' | 'reports';
    readonly parents: readonly string[];
  }[];
  readonly clauses: readonly {
    readonly id: string;
    readonly version: string;
    readonly label: string;
    readonly parent?: string;
    readonly text: string;
    readonly status: string;
    readonly topics: readonly string[];
    readonly sources: readonly string[];
    readonly family?: string;
    readonly note?: string;
  }[];
  readonly families: readonly Family[];
  readonly comparisons: readonly {
    readonly from: string;
    readonly to: string;
    readonly result: Comparison;
  }[];
  /** Per version, by the rules of docs/disputes.md (excluded positions left out). */
  readonly disputes: readonly Omit<DisputeResult, 'excluded'>[];
  readonly positions: readonly BriefingPosition[];
  readonly sources: BriefingInput['sources'];
}

export function clauseId(plan: string, version: string, label: string): string {
  return `${plan}:${version}:${label}`;
}

export function buildBriefing(input: BriefingInput): Briefing {
  const versionDates = Object.fromEntries(input.versions.map((v) => [v.slug, v.date]));
  const disputes = input.versions.map((v) => {
    const { clauses, versionWide } = disputesOf({
      version: v.slug,
      clauses: v.clauses,
      positions: input.positions,
      authors: v.authorParties,
      deferred: new Set(
        input.links
          .filter((l) => l.kind === 'deferred' && l.to?.version === v.slug)
          .map((l) => l.to!.label),
      ),
      versionDates,
      links: input.links,
    });
    return { version: v.slug, clauses, versionWide };
  });
  const lineage = buildLineage({
    versions: input.versions,
    links: input.links,
    disputes: Object.fromEntries(
      disputes.map((d) => [
        d.version,
        Object.fromEntries(d.clauses.map((c) => [c.label, c.status])),
      ]),
    ),
  });
  const familyOf = new Map<string, string>();
  for (const family of lineage.families) {
    for (const cell of family.cells) {
      if (cell.item === 'clause') {
        for (const label of cell.labels) familyOf.set(`${cell.version}:${label}`, family.id);
      }
    }
  }
  const comparisons = briefingPairs(input.versions).map(([parent, child]) => ({
    from: parent.slug,
    to: child.slug,
    result: compareWithCuration(parent, child, input.links),
  }));
  return {
    schema: 'plandiff.briefing/v1',
    engineVersion: ENGINE_VERSION,
    generatedAt: input.generatedAt,
    plan: input.plan,
    versions: input.versions.map((v) => ({
      slug: v.slug,
      label: v.label,
      title: v.title,
      date: v.date,
      channel: v.channel,
      basis: v.basis,
      grade: v.grade,
      items: v.items,
      parents: v.parents,
    })),
    clauses: input.versions.flatMap((v) =>
      v.clauses.map((c) => {
        const family = familyOf.get(`${v.slug}:${c.label}`);
        return {
          id: clauseId(input.plan.slug, v.slug, c.label),
          version: v.slug,
          label: c.label,
          ...(c.parent !== undefined ? { parent: c.parent } : {}),
          text: c.text,
          status: c.status,
          topics: c.topics,
          sources: c.sources,
          ...(family !== undefined ? { family } : {}),
          ...(c.note !== undefined ? { note: c.note } : {}),
        };
      }),
    ),
    families: lineage.families,
    comparisons,
    disputes,
    positions: input.positions,
    sources: input.sources,
  };
}

function compareWithCuration(
  parent: BriefingVersion,
  child: BriefingVersion,
  links: readonly LineageLink[],
): Comparison {
  const content = (v: BriefingVersion) => ({
    slug: v.slug,
    title: v.title,
    clauses: v.clauses.filter((c) => c.status !== 'placeholder'),
    reported: isReadout(v),
  });
  return curatedComparison(content(parent), content(child), links).comparison;
}

/**
 * The comparisons a briefing carries: every parent→child edge between text versions, and the
 * root→latest pair (the plan's first text version and the newest text descended from it: v28→v20), which is the question
 * an analyst asks first and which no single edge answers.
 */
function briefingPairs(versions: readonly BriefingVersion[]): [BriefingVersion, BriefingVersion][] {
  const bySlug = new Map(versions.map((v) => [v.slug, v]));
  const texts = versions.filter((v) => v.items === 'clauses');
  const pairs = texts.flatMap((child) =>
    child.parents
      .map((slug) => bySlug.get(slug))
      .filter((p): p is BriefingVersion => p !== undefined && p.items === 'clauses')
      .map((parent): [BriefingVersion, BriefingVersion] => [parent, child]),
  );
  const byDate = [...texts].sort((x, y) => x.date.localeCompare(y.date));
  const root = byDate.find((v) => v.parents.length === 0);
  // The newest text that grew out of the root: an independent document (a declaration with no
  // parents, say) is newer but answers nothing about how the root's points travelled.
  const descends = (v: BriefingVersion, seen = new Set<string>()): boolean =>
    v === root ||
    v.parents.some((slug) => {
      const parent = bySlug.get(slug);
      if (parent === undefined || seen.has(slug)) return false;
      seen.add(slug);
      return descends(parent, seen);
    });
  const latest = byDate.filter((v) => descends(v)).at(-1);
  if (
    root !== undefined &&
    latest !== undefined &&
    root !== latest &&
    !pairs.some(([p, c]) => p === root && c === latest)
  ) {
    pairs.push([root, latest]);
  }
  return pairs;
}
