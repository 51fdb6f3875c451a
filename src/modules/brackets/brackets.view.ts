import type { Corpus, CorpusVersion } from '../../corpus/corpus';
import {
  versionBrackets,
  type BracketCounts,
  type BracketProblem,
  type BracketStatement,
  type ClauseBracketStatus,
  type StatusMarkKind,
  type TrajectoryPoint,
} from '../../engine';

/**
 * What the brackets routes answer, derived by the pure engine (src/engine/brackets) from a stored
 * version's clause texts. Nothing is stored: a version is immutable, so its reading is too.
 */

export interface BracketView {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly depth: number;
  readonly parent: number | null;
  readonly group: number;
  readonly alternatives: readonly {
    readonly text: string;
    readonly attributions: readonly {
      readonly parties: readonly string[];
      readonly verb: string;
    }[];
  }[];
}

export interface ClauseBracketsView {
  readonly label: string;
  readonly status: ClauseBracketStatus;
  readonly marks: readonly StatusMarkKind[];
  readonly counts: {
    readonly brackets: number;
    readonly groups: number;
    readonly options: number;
    readonly placeholders: number;
  };
  readonly brackets: readonly BracketView[];
  readonly options: readonly string[];
  readonly placeholders: readonly string[];
  readonly problems: readonly BracketProblem[];
  /** The clause without the bracket syntax: what alignment compares. */
  readonly clean: string;
  readonly statements: readonly {
    readonly id: string;
    readonly party: string;
    readonly stance: BracketStatement['stance'];
    readonly verb: BracketStatement['verb'];
    readonly bracket: number;
    readonly wording: string;
  }[];
}

export interface VersionBracketsView {
  readonly plan: string;
  readonly version: string;
  readonly date: string;
  readonly counts: BracketCounts;
  /** Only the clauses with something bracketed, marked or optional (`clean` ones are left out). */
  readonly clauses: readonly ClauseBracketsView[];
}

export function versionBracketsView(plan: string, v: CorpusVersion): VersionBracketsView {
  const read = versionBrackets(v.slug, v.clauses);
  return {
    plan,
    version: v.slug,
    date: v.date,
    counts: read.counts,
    clauses: read.clauses
      .filter((c) => c.status !== 'clean' || c.problems.length > 0 || c.placeholders > 0)
      .map((c) => ({
        label: c.label,
        status: c.status,
        marks: c.marks,
        counts: {
          brackets: c.brackets,
          groups: c.groups,
          options: c.options,
          placeholders: c.placeholders,
        },
        brackets: c.parsed.brackets.map((b) => ({
          id: b.id,
          start: b.start,
          end: b.end,
          depth: b.depth,
          parent: b.parent ?? null,
          group: b.group,
          alternatives: b.alternatives,
        })),
        options: c.parsed.options.map((o) => o.number),
        placeholders: c.parsed.placeholders.map((p) => p.text),
        problems: c.problems,
        clean: c.clean,
        statements: c.statements.map((s) => ({
          id: s.id,
          party: s.party,
          stance: s.stance,
          verb: s.verb,
          bracket: s.bracket,
          wording: s.wording,
        })),
      })),
  };
}

export interface TrajectoryView {
  readonly plan: string;
  /** Oldest first (by date, then by when stored). */
  readonly versions: readonly (TrajectoryPoint & {
    readonly date: string;
    readonly title: string;
  })[];
}

export function trajectoryView(corpus: Corpus): TrajectoryView {
  return {
    plan: corpus.plan.slug,
    versions: corpus.versions.map((v) => ({
      version: v.slug,
      title: v.title,
      date: v.date,
      ...versionBrackets(v.slug, v.clauses).counts,
    })),
  };
}
