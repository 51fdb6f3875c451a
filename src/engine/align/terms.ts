import { topicsOf } from '../substance/topics';
import { nameTerms, numberAnchor, wordAnchors } from '../text/anchors';
import { TextCache } from '../text/analysis';
import { tokenGrams, tokenTerm } from '../text/tokenize';
import { Arena } from './arena';
import { Vocabulary } from './vectors';

/** Term ids of one clause in each view, in the order the text gives them. */
export interface ClauseTerms {
  readonly word: ArrayLike<number>;
  readonly gram: ArrayLike<number>;
  readonly topic: ArrayLike<number>;
  readonly anchor: ArrayLike<number>;
}

/**
 * A reusable growing id buffer: a clause's ids are gathered here and copied once, at their final
 * length, into an arena view, instead of growing a fresh number[] per clause and view (the gram
 * list alone runs to hundreds of ids per clause).
 */
class IdList {
  private buffer = new Int32Array(1024);
  private length = 0;

  public push(id: number): void {
    if (this.length === this.buffer.length) this.grow(this.length + 1);
    this.buffer[this.length++] = id;
  }

  /** Pushes every id of `ids` in order, with one capacity check for the lot (a token's grams). */
  public pushAll(ids: Int32Array): void {
    const n = ids.length;
    if (this.length + n > this.buffer.length) this.grow(this.length + n);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < n; i++) buffer[at++] = ids[i]!;
    this.length = at;
  }

  private grow(needed: number): void {
    let size = this.buffer.length * 2;
    while (size < needed) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.buffer);
    this.buffer = grown;
  }

  /** The ids pushed since the last take, as an arena view; empties the list. */
  public take(arena: Arena): Int32Array {
    const ids = arena.int32(this.length);
    ids.set(this.buffer.subarray(0, this.length));
    this.length = 0;
    return ids;
  }
}

interface TokenIds {
  /** Word-view id, -1 for a stop-word. */
  readonly word: number;
  readonly grams: Int32Array;
  /** Anchor-view ids; undefined for a number, whose anchor depends on the next token. */
  readonly anchor: Int32Array | undefined;
}

const NO_IDS = new Int32Array(0);

/**
 * Interns the terms of every clause of one comparison. Each distinct token is stemmed, hashed
 * into grams, looked up in the lexicons and interned once; every later occurrence is one map
 * lookup. Ids are still handed out in first-occurrence order, view by view, so the vectors (and
 * every score) are exactly those of interning the terms one by one.
 */
export class TermInterner {
  public readonly words = new Vocabulary<string>();
  public readonly grams = new Vocabulary<number>();
  public readonly topics = new Vocabulary<string>();
  public readonly anchors = new Vocabulary<string>();
  // Per token id of the comparison's token table: each distinct token is resolved once.
  private readonly tokens: (TokenIds | undefined)[] = [];
  // Term lists live only until the bags are built; they share this interner's lifetime.
  private readonly arena = new Arena();
  private readonly word = new IdList();
  private readonly gram = new IdList();
  private readonly anchor = new IdList();

  public constructor(
    private readonly withAnchors: boolean,
    // Shared with the rest of the comparison, so each clause is folded and split once.
    private readonly texts: TextCache = new TextCache(),
  ) {}

  public terms(text: string): ClauseTerms {
    const { ids: tokenIds } = this.texts.analyse(text);
    const strings = this.texts.table.strings;
    const { word, gram, anchor } = this;
    for (let t = 0; t < tokenIds.length; t++) {
      const token = strings[tokenIds[t]!]!;
      const ids = this.idsOf(tokenIds[t]!, token);
      if (ids.word >= 0) word.push(ids.word);
      gram.pushAll(ids.grams);
      if (!this.withAnchors) continue;
      if (ids.anchor === undefined) {
        const next = t + 1 < tokenIds.length ? strings[tokenIds[t + 1]!] : undefined;
        anchor.push(this.anchors.id(numberAnchor(token, next)));
      } else {
        anchor.pushAll(ids.anchor);
      }
    }
    if (this.withAnchors) for (const name of nameTerms(text)) anchor.push(this.anchors.id(name));
    return {
      word: word.take(this.arena),
      gram: gram.take(this.arena),
      topic: topicsOf(text).map((t) => this.topics.id(t)),
      anchor: anchor.take(this.arena),
    };
  }

  /** Ids of `terms` in order, interned in order, as an arena view (no backing store each). */
  private intern<K extends string | number>(
    terms: readonly K[],
    vocabulary: Vocabulary<K>,
  ): Int32Array {
    const ids = this.arena.int32(terms.length);
    for (let i = 0; i < terms.length; i++) ids[i] = vocabulary.id(terms[i]!);
    return ids;
  }

  private idsOf(id: number, token: string): TokenIds {
    let ids = this.tokens[id];
    if (ids === undefined) {
      const term = tokenTerm(token);
      const first = token.charCodeAt(0);
      const isNumber = first >= 48 && first <= 57;
      ids = {
        word: term === undefined ? -1 : this.words.id(term),
        grams: this.intern(tokenGrams(token, 4), this.grams),
        anchor: isNumber
          ? undefined
          : this.withAnchors
            ? this.intern(wordAnchors(token), this.anchors)
            : NO_IDS,
      };
      // Filled densely (ids the residual clauses skip stay undefined): a holey write far past
      // the end would turn the array into a dictionary.
      while (this.tokens.length < id) this.tokens.push(undefined);
      this.tokens[id] = ids;
    }
    return ids;
  }
}
