import type { TokenTable } from '../text/token-ids';

/**
 * What substance flags need to know about a token, resolved once per distinct token of a
 * comparison (per id of its token table) instead of by string lookups at every occurrence
 * (issue #18: flags from per-id classes). The tables live in a WeakMap keyed by the token table,
 * so they go when the comparison does.
 */
export const NEGATION = 1;
export const MONTH = 2;
export const DURATION = 4;
/** Starts with a digit of any script (/^\p{N}/u). */
export const NUMBER = 8;
/** A four-digit year 1900-2099 (a date, not a number). */
export const YEAR = 16;
/** 1-31 written plainly: a day next to a month. */
export const DAY = 32;
export const MODAL = 64;
/** A number that is not a year: its canonical form is a value the flags compare. */
export const VALUE = 128;

export interface TokenClassLexicon {
  readonly negations: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly durations: ReadonlySet<string>;
  readonly modals: ReadonlyMap<string, string>;
  readonly startsWithNumber: (token: string) => boolean;
  readonly isYear: (token: string) => boolean;
  readonly canonicalNumber: (token: string) => string;
}

const DAY_RE = /^([1-9]|[12]\d|3[01])$/u;

export class TokenClasses {
  public bits = new Uint8Array(256);
  /** Canonical number of a VALUE token, the modal sense of a MODAL token; by id. */
  public readonly value: (string | undefined)[] = [];
  public readonly modal: (string | undefined)[] = [];
  private resolved = 0;

  public constructor(
    public readonly table: TokenTable,
    private readonly lexicon: TokenClassLexicon,
  ) {}

  /** Classifies every token the table has interned since the last call. */
  public update(): this {
    const { strings } = this.table;
    if (this.bits.length < strings.length) {
      const grown = new Uint8Array(Math.max(strings.length, this.bits.length * 2));
      grown.set(this.bits);
      this.bits = grown;
    }
    const x = this.lexicon;
    for (let id = this.resolved; id < strings.length; id++) {
      const token = strings[id]!;
      let bits = 0;
      if (x.negations.has(token)) bits |= NEGATION;
      if (x.months.has(token)) bits |= MONTH;
      if (x.durations.has(token)) bits |= DURATION;
      if (x.isYear(token)) bits |= YEAR;
      if (DAY_RE.test(token)) bits |= DAY;
      const modal = x.modals.get(token);
      if (modal !== undefined) bits |= MODAL;
      this.modal.push(modal);
      let value: string | undefined;
      if (x.startsWithNumber(token)) {
        bits |= NUMBER;
        const canonical = x.canonicalNumber(token);
        if (!x.isYear(canonical)) {
          bits |= VALUE;
          value = canonical;
        }
      }
      this.value.push(value);
      this.bits[id] = bits;
    }
    this.resolved = strings.length;
    return this;
  }
}

const byTable = new WeakMap<TokenTable, TokenClasses>();

/** The classes of every token `table` holds so far, built on first use and extended after. */
export function tokenClasses(table: TokenTable, lexicon: TokenClassLexicon): TokenClasses {
  let classes = byTable.get(table);
  if (classes === undefined) {
    classes = new TokenClasses(table, lexicon);
    byTable.set(table, classes);
  }
  return classes.update();
}
