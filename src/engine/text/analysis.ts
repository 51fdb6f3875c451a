import { foldText, rawTokens } from './fold';

/** A clause text folded and split into raw tokens (text/fold.ts), as every word-reading stage needs it. */
export interface Analysed {
  readonly folded: string;
  readonly tokens: readonly string[];
}

/**
 * Folds and tokenizes each distinct text once per comparison. Exact matching, term interning,
 * substance flags and actor detection used to fold and regex-split the same clause again each;
 * with one cache per comparison they share one result (issue #18: tokenize once). The cache lives
 * only as long as the comparison that made it, so memory stays bounded by that comparison's input.
 * Consumers must not mutate the arrays they get.
 */
export class TextCache {
  private readonly entries = new Map<string, Analysed>();

  public analyse(text: string): Analysed {
    let entry = this.entries.get(text);
    if (entry === undefined) {
      const folded = foldText(text);
      entry = { folded, tokens: rawTokens(folded) };
      this.entries.set(text, entry);
    }
    return entry;
  }

  public folded(text: string): string {
    return this.analyse(text).folded;
  }
}
