import { topicsOf } from '../substance/topics';
import { nameTerms, numberAnchor, wordAnchors } from '../text/anchors';
import { TextCache } from '../text/analysis';
import { tokenGrams, tokenTerm } from '../text/tokenize';
import { Vocabulary } from './vectors';

/** Term ids of one clause in each view, in the order the text gives them. */
export interface ClauseTerms {
  readonly word: number[];
  readonly gram: number[];
  readonly topic: number[];
  readonly anchor: number[];
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
  private readonly tokens = new Map<string, TokenIds>();

  public constructor(
    private readonly withAnchors: boolean,
    // Shared with the rest of the comparison, so each clause is folded and split once.
    private readonly texts: TextCache = new TextCache(),
  ) {}

  public terms(text: string): ClauseTerms {
    const { tokens } = this.texts.analyse(text);
    const word: number[] = [];
    const gram: number[] = [];
    const anchor: number[] = [];
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t]!;
      const ids = this.idsOf(token);
      if (ids.word >= 0) word.push(ids.word);
      for (let i = 0; i < ids.grams.length; i++) gram.push(ids.grams[i]!);
      if (!this.withAnchors) continue;
      if (ids.anchor === undefined) {
        anchor.push(this.anchors.id(numberAnchor(token, tokens[t + 1])));
      } else {
        for (let i = 0; i < ids.anchor.length; i++) anchor.push(ids.anchor[i]!);
      }
    }
    if (this.withAnchors) for (const name of nameTerms(text)) anchor.push(this.anchors.id(name));
    return { word, gram, topic: topicsOf(text).map((t) => this.topics.id(t)), anchor };
  }

  private idsOf(token: string): TokenIds {
    let ids = this.tokens.get(token);
    if (ids === undefined) {
      const term = tokenTerm(token);
      const first = token.charCodeAt(0);
      const isNumber = first >= 48 && first <= 57;
      ids = {
        word: term === undefined ? -1 : this.words.id(term),
        grams: Int32Array.from(tokenGrams(token, 4), (h) => this.grams.id(h)),
        anchor: isNumber
          ? undefined
          : this.withAnchors
            ? Int32Array.from(wordAnchors(token), (a) => this.anchors.id(a))
            : NO_IDS,
      };
      this.tokens.set(token, ids);
    }
    return ids;
  }
}
