import type { DisputeStatus } from '../disputes-types';
import { ancestors, isReadout } from './dag';
import type { Comparison } from '../types';
import type {
  CellChange,
  Family,
  FamilyCell,
  LineageInput,
  LineageLink,
  LineageVersion,
} from './types';

/**
 * Curated kinds that attach nothing: independent texts on the same subject, and an analyst's
 * "not the same clause" (forbid), which only keeps a comparison from linking two clauses.
 */
const UNRELATED = new Set(['thematic', 'parallel', 'forbid']);
const CURATED_CONFIDENCE: Record<string, number> = { high: 0.9, medium: 0.7, low: 0.4 };
// The worst status among a family's clauses in one version is the family's status there.
const DISPUTE_RANK: Record<DisputeStatus, number> = {
  opposed: 8,
  disputed: 7,
  conditional: 6,
  deferred: 5,
  unclear: 4,
  unknown: 3,
  'no-position': 2,
  supported: 1,
  agreed: 0,
};

const key = (version: string, label: string): string => `${version}:${label}`;

/**
 * A curated kind as a cell's change. `same` is unchanged even where the two paraphrases differ:
 * the curator read both sources and says the point did not change.
 */
function curatedKind(kind: string): CellChange {
  switch (kind) {
    case 'same':
      return 'unchanged';
    case 'reworded':
    case 'renumbered':
    case 'moved':
    case 'split':
    case 'merged':
    case 'removed':
      return kind;
    case 'deferred':
      return 'deferred';
    default:
      return 'reported';
  }
}

function nearestWithMembers(
  version: LineageVersion,
  bySlug: ReadonlyMap<string, LineageVersion>,
  has: (slug: string) => boolean,
): LineageVersion | undefined {
  return ancestors(version, bySlug).find((v) => v.items === 'clauses' && has(v.slug));
}

/** The cells of one family (its clause keys in `members`) across every version. */
export function familyOf(
  firstMember: string,
  members: ReadonlySet<string>,
  input: LineageInput,
  bySlug: ReadonlyMap<string, LineageVersion>,
  comparisons: ReadonlyMap<string, Comparison>,
): Family {
  const labelsIn = (v: LineageVersion): string[] =>
    v.clauses.filter((c) => members.has(key(v.slug, c.label))).map((c) => c.label);
  const linksInto = (v: LineageVersion): LineageLink[] =>
    input.links.filter(
      (l) =>
        !UNRELATED.has(l.kind) &&
        l.to?.version === v.slug &&
        l.from !== null &&
        members.has(key(l.from.version, l.from.label)),
    );
  const done = new Map<string, FamilyCell>();
  const cells = input.versions.map((v): FamilyCell => {
    const made = cellIn(v);
    done.set(v.slug, made);
    return made;
  });
  function cellIn(v: LineageVersion): FamilyCell {
    if (v.items === 'reports') {
      // Reported items are disputed too (V20US:r3): without this, topics read 0 for V19/V27/V20US.
      const report = reportCell(v, linksInto(v));
      const dispute = worstDispute(input, v.slug, report.labels);
      return dispute === undefined ? report : { ...report, dispute };
    }
    const labels = labelsIn(v);
    const clauses = labels.map((l) => v.clauses.find((c) => c.label === l)!);
    const base = nearestWithMembers(v, bySlug, (slug) => labelsIn(bySlug.get(slug)!).length > 0);
    const dispute = worstDispute(input, v.slug, labels);
    const cell = (
      change: CellChange,
      basis: FamilyCell['basis'],
      confidence: number,
    ): FamilyCell => ({
      version: v.slug,
      labels,
      texts: clauses.map((c) => c.text),
      item: 'clause',
      status:
        labels.length === 0
          ? 'absent'
          : clauses.every((c) => c.status === 'placeholder')
            ? 'placeholder'
            : clauses[0]!.status,
      change,
      basis,
      confidence,
      ...(dispute !== undefined ? { dispute } : {}),
    });
    if (base === undefined) {
      return labels.length > 0
        ? cell(v.parents.length === 0 ? 'unchanged' : 'added', 'structure', 1)
        : cell('absent', 'structure', 1);
    }
    const baseLabels = labelsIn(base);
    // Curated links into this version: from the nearest ancestor first, else from any member.
    const into = input.links.filter(
      (l) =>
        l.from !== null &&
        l.kind !== 'forbid' &&
        members.has(key(l.from.version, l.from.label)) &&
        (l.to === null ? l.kind === 'removed' && l.toVersion === v.slug : l.to.version === v.slug),
    );
    const fromBase = into.filter((l) => l.from!.version === base.slug);
    const curated = fromBase.length > 0 ? fromBase : into;
    if (labels.length === 0 || clauses.every((c) => c.status === 'placeholder')) {
      const removal = curated.find((l) => l.kind === 'removed');
      // A read-out or incomplete version that does not mention the family says nothing about it.
      if (removal === undefined && isReadout(v)) {
        return { ...cell('unknown', 'structure', 1), status: 'unknown' };
      }
      return cell(
        'removed',
        removal !== undefined ? 'curated' : 'structure',
        CURATED_CONFIDENCE[removal?.confidence ?? ''] ?? 0.5,
      );
    }
    const baseTexts = baseLabels.map((l) => base.clauses.find((c) => c.label === l)!.text);
    const textsEqual = baseTexts.join('\n') === clauses.map((c) => c.text).join('\n');
    if (curated.length > 0) {
      // Two curated readings (a merge's members: same and reworded): the one claiming change wins.
      // A member curated as removed makes the family lose part of itself: not unchanged.
      const kept = curated.filter((l) => l.kind !== 'removed');
      const link = kept.find((l) => l.kind !== 'same') ?? kept[0] ?? curated[0]!;
      const lostPart = kept.length < curated.length && kept.length > 0;
      const change = lostPart && link.kind === 'same' ? 'reworded' : curatedKind(link.kind);
      const made = cell(change, 'curated', CURATED_CONFIDENCE[link.confidence ?? ''] ?? 0.7);
      if (change !== 'unchanged') return made;
      // Same as the version the link comes from, and as whatever that one was the same as.
      const source = link.from!.version;
      return { ...made, sameAs: [source, ...(done.get(source)?.sameAs ?? [])] };
    }
    const change = comparisons
      .get(`${base.slug}>${v.slug}`)
      ?.changes.find(
        (c) => c.to.some((l) => labels.includes(l)) && c.from.some((l) => baseLabels.includes(l)),
      );
    if (change !== undefined) return cell(change.kind, 'engine', change.confidence);
    return cell(textsEqual ? 'unchanged' : 'reworded', 'structure', 0.5);
  }
  const topics = new Set<string>();
  for (const v of input.versions) {
    for (const c of v.clauses) {
      if (members.has(key(v.slug, c.label))) c.topics.forEach((t) => topics.add(t));
    }
  }
  return { id: firstMember, topics: [...topics].sort(), cells };
}

/** A reported version's cell: the items linked to this family, and what they report. */
function reportCell(v: LineageVersion, links: readonly LineageLink[]): FamilyCell {
  const labels = [...new Set(links.map((l) => l.to!.label))];
  if (labels.length === 0) {
    // A report that mentions nothing of the family leaves it unknown there, not absent.
    return {
      version: v.slug,
      labels,
      texts: [],
      item: 'report',
      status: 'unknown',
      change: 'unknown',
      basis: 'structure',
      confidence: 1,
    };
  }
  const kinds = links.map((l) => l.kind);
  const change: CellChange = kinds.includes('deferred')
    ? 'deferred'
    : kinds.includes('removed')
      ? 'removed'
      : 'reported';
  const confidence = Math.max(...links.map((l) => CURATED_CONFIDENCE[l.confidence ?? ''] ?? 0.7));
  return {
    version: v.slug,
    labels,
    texts: labels.map((l) => v.clauses.find((c) => c.label === l)?.text ?? ''),
    item: 'report',
    status: 'reported',
    change,
    basis: 'curated',
    confidence,
  };
}

function worstDispute(
  input: LineageInput,
  version: string,
  labels: readonly string[],
): DisputeStatus | undefined {
  const statuses = labels
    .map((l) => input.disputes?.[version]?.[l])
    .filter((s): s is DisputeStatus => s !== undefined);
  if (statuses.length === 0) return undefined;
  return statuses.reduce((worst, s) => (DISPUTE_RANK[s] > DISPUTE_RANK[worst] ? s : worst));
}
