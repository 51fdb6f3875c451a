import { foldText, isAscii } from './fold';
import { TokenTable } from './token-ids';

/** A clause text folded and split into raw tokens (text/fold.ts), as every word-reading stage needs it. */
export interface Analysed {
  readonly folded: string;
  /** Its raw tokens as ids of the comparison's token table (`TextCache.table.strings`). */
  readonly ids: Int32Array;
  /** The folded text is plain ASCII (fast paths; no non-ASCII cue can occur in it). */
  readonly ascii: boolean;
}

/**
 * Folds and tokenizes each distinct text once per comparison. Exact matching, term interning,
 * substance flags and actor detection used to fold and regex-split the same clause again each;
 * with one cache per comparison they share one result (issue #18: tokenize once). Tokens are
 * interned to integer ids in one table per comparison, so later stages can keep per-id tables
 * (computed once per distinct token) instead of string-keyed maps. The cache lives only as long
 * as the comparison that made it, so memory stays bounded by that comparison's input.
 * Consumers must not mutate the arrays they get.
 */
export class TextCache {
  public readonly table = new TokenTable();
  private readonly entries = new Map<string, Analysed>();

  public analyse(text: string): Analysed {
    let entry = this.entries.get(text);
    if (entry === undefined) {
      const folded = foldText(text);
      const ascii = isAscii(folded);
      const ids = this.table.tokenize(folded, ascii);
      entry = { folded, ids, ascii };
      this.entries.set(text, entry);
    }
    return entry;
  }

  public folded(text: string): string {
    return this.analyse(text).folded;
  }
}
