import type { PositionInput, Stance } from '../disputes-types';
import type { Clause } from '../types';
import { parseBrackets } from './parse';
import type { AttributionVerb, BracketProblem, ParsedText, StatusMarkKind } from './types';

/**
 * What a bracketed clause says about itself: how much is still open, whether it carries an
 * "agreed" mark, and who proposed or asked to delete which wording. The attributions become
 * positions of grade A (the negotiating text itself) for the disputes engine.
 */

export type ClauseBracketStatus = 'clean' | 'open' | 'agreed' | 'reopened';

/** A position read from the text, plus the wording it is about. */
export interface BracketStatement extends PositionInput {
  readonly party: string;
  readonly grade: 'A';
  readonly verb: AttributionVerb;
  /** The bracket (id within the clause) and the wording the party proposed, kept or deleted. */
  readonly bracket: number;
  readonly wording: string;
}

export interface ClauseBrackets {
  readonly label: string;
  readonly status: ClauseBracketStatus;
  readonly brackets: number;
  /** Decisions left: lone brackets and runs of `][` alternatives each count once. */
  readonly groups: number;
  readonly options: number;
  readonly placeholders: number;
  readonly marks: readonly StatusMarkKind[];
  readonly problems: readonly BracketProblem[];
  readonly clean: string;
  readonly parsed: ParsedText;
  readonly statements: readonly BracketStatement[];
}

export interface BracketCounts {
  readonly clauses: number;
  readonly brackets: number;
  readonly groups: number;
  readonly options: number;
  /** Clauses the text marks agreed (ad ref, in a working group) with nothing left open. */
  readonly agreedClauses: number;
  readonly openClauses: number;
  readonly reopenedClauses: number;
  readonly problems: number;
}

export interface VersionBrackets {
  readonly version: string;
  readonly counts: BracketCounts;
  readonly clauses: readonly ClauseBrackets[];
}

/**
 * A text attributes only wordings still in brackets, i.e. not yet accepted: backing one is support
 * on condition that the wording prevails (`conditional`), never plain support, so two backers of
 * a bracketed clause can never make it `agreed` under the disputes rules while the bracket stands.
 */
const STANCE: Readonly<Record<AttributionVerb, Stance>> = {
  proposes: 'conditional',
  retains: 'conditional',
  supports: 'conditional',
  deletes: 'opposes',
  opposes: 'opposes',
  // A reservation says the party has not decided, not that it objects.
  reserves: 'unclear',
};

export function clauseBrackets(version: string, clause: Clause): ClauseBrackets {
  const parsed = parseBrackets(clause.text);
  const statements: BracketStatement[] = [];
  const seen = new Set<string>();
  for (const b of parsed.brackets) {
    for (const [a, alt] of b.alternatives.entries()) {
      for (const att of alt.attributions) {
        const stance = STANCE[att.verb];
        for (const party of att.parties) {
          const id = `${version}:${clause.label}:b${b.id}.${a}:${party}`;
          if (seen.has(id)) continue;
          seen.add(id);
          statements.push({
            id,
            party,
            version,
            target: { label: clause.label },
            stance,
            grade: 'A',
            verb: att.verb,
            bracket: b.id,
            wording: alt.text,
          });
        }
      }
    }
  }
  const marks = parsed.marks.map((m) => m.kind);
  const open = parsed.brackets.length > 0 || parsed.options.length > 0;
  const status: ClauseBracketStatus = marks.includes('reopened')
    ? 'reopened'
    : open
      ? 'open'
      : marks.length > 0
        ? 'agreed'
        : 'clean';
  return {
    label: clause.label,
    status,
    brackets: parsed.brackets.length,
    groups: parsed.groups,
    options: parsed.options.length,
    placeholders: parsed.placeholders.length,
    marks,
    problems: parsed.problems,
    clean: parsed.clean,
    parsed,
    statements,
  };
}

export function versionBrackets(version: string, clauses: readonly Clause[]): VersionBrackets {
  const rows = clauses.map((c) => clauseBrackets(version, c));
  const sum = (f: (c: ClauseBrackets) => number): number => rows.reduce((n, c) => n + f(c), 0);
  return {
    version,
    counts: {
      clauses: rows.length,
      brackets: sum((c) => c.brackets),
      groups: sum((c) => c.groups),
      options: sum((c) => c.options),
      agreedClauses: sum((c) => (c.status === 'agreed' ? 1 : 0)),
      openClauses: sum((c) => (c.status === 'open' || c.status === 'reopened' ? 1 : 0)),
      reopenedClauses: sum((c) => (c.status === 'reopened' ? 1 : 0)),
      problems: sum((c) => c.problems.length),
    },
    clauses: rows,
  };
}

/** The clauses with the bracket syntax taken out: what alignment should compare. */
export function cleanClauses(clauses: readonly Clause[]): Clause[] {
  return clauses.map((c) => ({
    ...c,
    text: parseBrackets(c.text).clean.replace(/\s+/gu, ' ').trim(),
  }));
}

export interface TrajectoryPoint extends BracketCounts {
  readonly version: string;
  readonly date?: string;
}

/** Bracket, option and agreed-clause counts per version, in the order given (oldest first). */
export function bracketTrajectory(
  versions: readonly {
    readonly version: string;
    readonly date?: string;
    readonly clauses: readonly Clause[];
  }[],
): TrajectoryPoint[] {
  return versions.map((v) => ({
    version: v.version,
    ...(v.date !== undefined ? { date: v.date } : {}),
    ...versionBrackets(v.version, v.clauses).counts,
  }));
}
