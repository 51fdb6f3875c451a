/**
 * Plain data for bracketed negotiating texts (docs/brackets.md). Offsets are UTF-16 indices into
 * the clause text as given; `clean` is that text with the bracket syntax taken out.
 */

/** How a party's words attach to one alternative: proposing or keeping it, or deleting it. */
export type AttributionVerb =
  'proposes' | 'retains' | 'supports' | 'deletes' | 'opposes' | 'reserves';

export interface Attribution {
  readonly parties: readonly string[];
  readonly verb: AttributionVerb;
}

/** One wording a bracket offers. An optional bracket (`[net]`) has one: keep it or drop it. */
export interface Alternative {
  /** The wording without its attribution tail, trimmed. */
  readonly text: string;
  readonly attributions: readonly Attribution[];
}

export interface Bracket {
  /** Index in document order (by opening bracket), from 0. */
  readonly id: number;
  /** Offsets of `[` and just after the matching `]` in the input. */
  readonly start: number;
  readonly end: number;
  /** 1 for a top-level bracket. */
  readonly depth: number;
  /** Id of the enclosing bracket, when nested. */
  readonly parent?: number;
  /** Brackets written side by side (`[shall][should]`) share a group; a lone bracket has its own. */
  readonly group: number;
  /** Slash alternatives inside the bracket (`[a / b]`), or its single wording. */
  readonly alternatives: readonly Alternative[];
}

/** Marks the text puts on itself: `[Agreed ad ref]`, agreed in a working group, reopened. */
export type StatusMarkKind = 'agreed-ad-ref' | 'agreed-wg' | 'agreed' | 'reopened';

export interface StatusMark {
  readonly kind: StatusMarkKind;
  readonly start: number;
  readonly end: number;
}

export interface OptionMark {
  /** As written: `1`, `2a`. */
  readonly number: string;
  readonly sub: boolean;
  readonly start: number;
  readonly end: number;
}

/** An editorial placeholder in braces: `{No text required}`. */
export interface Placeholder {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export type BracketProblemKind = 'unclosed' | 'unmatched-close' | 'too-deep' | 'too-many';

export interface BracketProblem {
  readonly kind: BracketProblemKind;
  readonly at: number;
}

export interface ParsedText {
  readonly clean: string;
  /** Spans of the input taken out to make `clean`, in order and disjoint. */
  readonly removed: readonly { readonly start: number; readonly end: number }[];
  readonly brackets: readonly Bracket[];
  readonly groups: number;
  readonly options: readonly OptionMark[];
  readonly marks: readonly StatusMark[];
  readonly placeholders: readonly Placeholder[];
  readonly problems: readonly BracketProblem[];
}

/** Fates of a bracketed decision of an older draft in a newer one (resolve.ts). */
export const BRACKET_FATES = [
  'open',
  'resolved',
  'kept',
  'deleted',
  'merged',
  'rewritten',
  'clause-removed',
] as const;
export type BracketFate = (typeof BRACKET_FATES)[number];

export interface BracketResolution {
  readonly label: string;
  /** Id of the first bracket of the decision in its clause, and the group's wordings. */
  readonly bracket: number;
  readonly wordings: readonly string[];
  readonly fate: BracketFate;
  /** Indices into `wordings` found in the newer text (for kept, resolved, merged). */
  readonly survivors: readonly number[];
  /** Clauses of the newer version linked to this one. */
  readonly to: readonly string[];
  /** For `open`: the newer clause and bracket that carry it on. */
  readonly still?: { readonly label: string; readonly bracket: number };
}

export interface NewBracket {
  readonly label: string;
  readonly bracket: number;
  readonly wordings: readonly string[];
}

export interface BracketComparison {
  readonly from: string;
  readonly to: string;
  readonly resolutions: readonly BracketResolution[];
  readonly added: readonly NewBracket[];
  readonly summary: Readonly<Record<BracketFate | 'added', number>>;
}
