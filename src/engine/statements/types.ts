/**
 * The statement extractor's contract: plain data in (an article and the plan's registry), plain
 * data out (`plandiff.statements/v1`). Shared by the engine, the CLI, the article store and the
 * review flow, so it lives apart from any of them.
 */
import type { TopicCues } from '../substance/topic-lexicon';

export const STATEMENTS_SCHEMA = 'plandiff.statements/v1' as const;

export type StatementStance = 'supports' | 'opposes' | 'conditional' | 'unclear';

/**
 * What a speaker is for the dispute rules. Only `official` and `institution` speak for a party;
 * a `commentator` (think tank, former official, analyst) is reported but never a party's stance;
 * `unknown` is a name the registry does not hold.
 */
export type SpeakerRole = 'official' | 'institution' | 'commentator' | 'unknown';

/** One person or institution of the plan's actor registry (fixtures/plans/<plan>/actors.json). */
export interface RegistryActor {
  /** Canonical name, as positions name the actor ("Yuri Ushakov", "Kremlin"). */
  readonly name: string;
  /** Other spellings, surnames, Cyrillic forms and institution names ("Ushakov", "Ушаков"). */
  readonly aliases: readonly string[];
  readonly kind: 'person' | 'institution';
  readonly role: Exclude<SpeakerRole, 'unknown'>;
  /** One of the plan's parties, or null (commentators). */
  readonly party: string | null;
  /** For pronoun back-references (he/she); absent for institutions. */
  readonly gender?: 'male' | 'female';
  /** Office or description ("Kremlin foreign policy aide"). */
  readonly title?: string;
}

/** A version as articles name it: by title, point count, alias or date. */
export interface RegistryVersion {
  readonly slug: string;
  readonly title: string;
  readonly date: string;
  /** "28-point plan", "European counter-proposal", "19 proposals", "27-point plan", … */
  readonly aliases: readonly string[];
}

export interface RegistryClause {
  readonly version: string;
  readonly label: string;
  readonly text: string;
  readonly topics: readonly string[];
}

export interface ExtractionInput {
  readonly text: string;
  /** The article's date (YYYY-MM-DD); a leading `date YYYY-MM-DD` line in `text` also sets it. */
  readonly date?: string | null;
  readonly parties: readonly string[];
  readonly actors: readonly RegistryActor[];
  readonly versions: readonly RegistryVersion[];
  readonly clauses: readonly RegistryClause[];
  readonly topics: Readonly<Record<string, TopicCues>>;
}

export interface ClauseMatch {
  readonly label: string;
  /** Similarity of the statement to the clause, 0..1. */
  readonly score: number;
}

export interface StatementTarget {
  readonly kind: 'plan' | 'version' | 'clause' | 'topic';
  readonly version?: string;
  readonly labels?: readonly ClauseMatch[];
  readonly topic?: string;
}

export interface Statement {
  /** Stable for the same article text and engine version (derived from the span). */
  readonly id: string;
  /** Canonical registry name, else the name as written; null when no speaker could be found. */
  readonly speaker: string | null;
  readonly party: string | null;
  readonly role: SpeakerRole;
  /** Exact substring of the article text at `span`. */
  readonly quote: string;
  /** UTF-16 offsets [start, end) into the article text, as JavaScript strings index it. */
  readonly span: readonly [number, number];
  readonly mode: 'direct' | 'reported';
  readonly stance: StatementStance;
  readonly target: StatementTarget;
  readonly topics: readonly string[];
  /** When the words were said (YYYY-MM-DD), resolved from "on Monday" etc.; else the article's. */
  readonly date: string | null;
  /** 0..1: how sure the extractor is that this is a statement by this speaker. */
  readonly confidence: number;
  /** Second-hand reports: who relayed it ("ISW assessed that X claimed …" → "ISW"). */
  readonly reportedBy?: string | null;
  /**
   * The quoted parts of an interrupted quote ("“…,” he said. “…”"), each [start, end): `span`
   * runs from the first to the last, attribution included; absent for one-part statements.
   */
  readonly fragments?: readonly (readonly [number, number])[];
}

export interface StatementsResult {
  readonly schema: typeof STATEMENTS_SCHEMA;
  readonly article: {
    readonly title: string | null;
    readonly date: string | null;
    readonly language: string;
  };
  readonly statements: readonly Statement[];
}
