import type { DisputeStatus } from '../disputes-types';
import type { CellChange, Family, FamilyCell, Lineage } from './types';

/** A family in one version relative to a baseline version (the Law Factory's "colour every step by its diff to this one"). */
export type Relation =
  | 'same'
  | 'changed'
  | 'added'
  | 'removed'
  | 'absent'
  | 'reported'
  /** The version does not say (a placeholder, or a read-out that does not mention it). */
  | 'unknown';

function present(cell: FamilyCell | undefined): boolean {
  return cell !== undefined && cell.labels.length > 0 && cell.status !== 'placeholder';
}

function textOf(cell: FamilyCell): string {
  return cell.texts.join('\n');
}

/** Same wording, or curated `same` along the way (two paraphrases of one unchanged point). */
function reads(x: FamilyCell, y: FamilyCell): boolean {
  return (
    textOf(x) === textOf(y) ||
    (x.sameAs ?? []).includes(y.version) ||
    (y.sameAs ?? []).includes(x.version)
  );
}

const unknown = (cell: FamilyCell | undefined): boolean =>
  cell?.status === 'unknown' || cell?.status === 'placeholder' || cell?.change === 'unknown';

/** How a family's cell in `version` relates to its cell in `baseline`. */
export function relation(family: Family, baseline: string, version: string): Relation {
  const base = family.cells.find((c) => c.version === baseline);
  const cell = family.cells.find((c) => c.version === version);
  // Reported items say something about the family, not what its text is: no text comparison.
  if (cell?.item === 'report' || base?.item === 'report') {
    if (cell?.item !== 'report' || cell.labels.length === 0) {
      return unknown(cell) ? 'unknown' : 'absent';
    }
    return cell.change === 'removed' ? 'removed' : 'reported';
  }
  const [inBase, inVersion] = [present(base), present(cell)];
  if (inBase && inVersion) return reads(base!, cell!) ? 'same' : 'changed';
  if (inBase) {
    // Only a curated or structural removal is a removal; a placeholder is not knowledge.
    if (cell?.change === 'removed') return 'removed';
    return unknown(cell) ? 'unknown' : 'absent';
  }
  return inVersion ? 'added' : 'absent';
}

export interface BaselineRow {
  readonly family: string;
  readonly topics: readonly string[];
  readonly cells: readonly {
    version: string;
    labels: readonly string[];
    relation: Relation;
    dispute?: DisputeStatus;
  }[];
}

/** The families × versions matrix relative to any chosen version. */
export function baselineMatrix(lineage: Lineage, baseline: string): BaselineRow[] {
  if (!lineage.versions.includes(baseline)) throw new Error(`unknown baseline version ${baseline}`);
  return lineage.families.map((family) => ({
    family: family.id,
    topics: family.topics,
    cells: family.cells.map((cell) => ({
      version: cell.version,
      labels: cell.labels,
      relation: relation(family, baseline, cell.version),
      ...(cell.dispute !== undefined ? { dispute: cell.dispute } : {}),
    })),
  }));
}

export type ThreeWay =
  | 'unchanged'
  | 'a-only'
  | 'b-only'
  | 'both-same'
  | 'conflict'
  | 'not-in-base'
  /** Neither side is known to have changed it, and at least one side does not say. */
  | 'unknown';

export interface ThreeWayRow {
  readonly family: string;
  readonly topics: readonly string[];
  readonly outcome: ThreeWay;
  readonly a: Relation;
  readonly b: Relation;
}

/**
 * Base vs A vs B per family: changed in A only, in B only, in both the same way (same resulting
 * text, or both removed), in both differently (a conflict to resolve), or unchanged.
 */
export function threeWay(lineage: Lineage, base: string, a: string, b: string): ThreeWayRow[] {
  for (const v of [base, a, b]) {
    if (!lineage.versions.includes(v)) throw new Error(`unknown version ${v}`);
  }
  return lineage.families.map((family) => {
    const ra = relation(family, base, a);
    const rb = relation(family, base, b);
    const changed = (r: Relation): boolean => r === 'changed' || r === 'removed';
    const cellA = family.cells.find((c) => c.version === a)!;
    const cellB = family.cells.find((c) => c.version === b)!;
    let outcome: ThreeWay;
    if (!present(family.cells.find((c) => c.version === base))) outcome = 'not-in-base';
    else if (!changed(ra) && !changed(rb)) {
      outcome = ra === 'unknown' || rb === 'unknown' ? 'unknown' : 'unchanged';
    } else if (changed(ra) && !changed(rb)) outcome = 'a-only';
    else if (!changed(ra)) outcome = 'b-only';
    else {
      outcome =
        (ra === 'removed' && rb === 'removed') || (ra === rb && reads(cellA, cellB))
          ? 'both-same'
          : 'conflict';
    }
    return { family: family.id, topics: family.topics, outcome, a: ra, b: rb };
  });
}

export interface TopicStep {
  readonly from: string;
  readonly to: string;
  readonly changes: Readonly<Partial<Record<CellChange, number>>>;
  readonly families: readonly string[];
}

export interface TopicRollup {
  readonly topic: string;
  readonly steps: readonly TopicStep[];
  /**
   * Per version: share of the topic's present clauses (or reported items) whose status is
   * disputed or opposed there.
   */
  readonly intensity: Readonly<Record<string, number>>;
  /**
   * The same share counting only clauses contested by a position on the clause itself, its point
   * or its topic: a party rejecting a whole draft makes every point "disputed", which says
   * nothing about which topics are fought over. Present when `specific` was given.
   */
  readonly specificIntensity?: Readonly<Record<string, number>>;
}

/**
 * Per topic: what changed at each parent→child step, and how contested it was in each version.
 * `specific` lists, per version, the labels contested by clause- or topic-specific positions.
 */
export function topicRollups(
  lineage: Lineage,
  parents: Readonly<Record<string, readonly string[]>>,
  specific?: Readonly<Record<string, ReadonlySet<string>>>,
): TopicRollup[] {
  const topics = [...new Set(lineage.families.flatMap((f) => f.topics))].sort();
  return topics.map((topic) => {
    const families = lineage.families.filter((f) => f.topics.includes(topic));
    const steps: TopicStep[] = [];
    for (const child of lineage.versions) {
      for (const parent of parents[child] ?? []) {
        const counts: Partial<Record<CellChange, number>> = {};
        const touched: string[] = [];
        for (const family of families) {
          const cell = family.cells.find((c) => c.version === child)!;
          const before = family.cells.find((c) => c.version === parent)!;
          if (cell.change === 'absent' && !present(before)) continue;
          counts[cell.change] = (counts[cell.change] ?? 0) + 1;
          if (cell.change !== 'unchanged' && cell.change !== 'absent') touched.push(family.id);
        }
        steps.push({ from: parent, to: child, changes: counts, families: touched });
      }
    }
    const intensity: Record<string, number> = {};
    const specificIntensity: Record<string, number> = {};
    const share = (part: number, whole: number): number =>
      whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;
    for (const version of lineage.versions) {
      const cells = families
        .map((f) => f.cells.find((c) => c.version === version)!)
        .filter((c) => c.dispute !== undefined);
      // Counted in clauses (and reported items), not families: a family that merges four points
      // of one draft weighs four there, as the share of the draft's text it is.
      const contested = cells.filter((c) => c.dispute === 'disputed' || c.dispute === 'opposed');
      const size = (list: readonly FamilyCell[]): number =>
        list.reduce((n, c) => n + c.labels.length, 0);
      intensity[version] = share(size(contested), size(cells));
      const own = specific?.[version];
      if (own !== undefined) {
        const specificCount = contested.reduce(
          (n, c) => n + c.labels.filter((l) => own.has(l)).length,
          0,
        );
        specificIntensity[version] = share(specificCount, size(cells));
      }
    }
    return { topic, steps, intensity, ...(specific !== undefined ? { specificIntensity } : {}) };
  });
}
