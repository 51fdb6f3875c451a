/**
 * The paragraph and quote shapes of an article's layout, in their own module so that layout.ts
 * and the readers it calls (dialogue.ts) share one definition without importing each other.
 */

export interface Paragraph {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** A short line without closing punctuation: a headline or subheading, never a statement. */
  readonly heading: boolean;
  /** Offset of the text after a bullet marker ("- ", "• ", "1. "), or -1. */
  readonly bulletStart: number;
}

export interface Quote {
  /** Offsets of the opening mark and one past the closing mark. */
  readonly open: number;
  readonly close: number;
  /** The words inside the marks: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly words: number;
  /** Index of the paragraph the quote opens in. */
  readonly paragraph: number;
}
