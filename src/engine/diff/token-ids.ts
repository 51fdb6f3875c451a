import { isAscii } from '../text/fold';

/**
 * The redline's tokens of a pair of texts as integer ids and offsets (issue #18, speed round 6).
 * The word diff used to slice a string per token and compare strings; now each text is scanned
 * into token start offsets, tokens are interned into ids shared by the two texts of the pair (equal
 * text, equal id), Myers compares integers, and a run's text is one slice of the clause text.
 */

/** Tokens of one text: token t is `text.slice(starts[t], starts[t + 1])`, its id `ids[t]`. */
export interface TokenIds {
  readonly ids: Int32Array;
  /** `ids.length + 1` offsets; the last is the text's length. */
  readonly starts: Int32Array;
}

// Own tokenizer rather than diffWords': numbers keep their separators ("600,000" is one token, so
// a redline reads ~~600,000~~ 800,000), every script's letters form words (jsdiff's word regex
// knows only Latin and would diff Cyrillic letter by letter), and whitespace is kept as tokens so
// the runs rebuild both texts exactly. Its alternatives cover every code point, so the tokens of a
// text are contiguous and their lengths add up to the text's.
const TOKEN_RE =
  /\p{N}+(?:[.,\u00a0\u202f]\p{N}+)*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

/** The regex tokenizer, exported so the spec can hold the ASCII scan to it. */
export function regexTokens(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** \s restricted to ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * TOKEN_RE for ASCII-only text as one character scan writing token start offsets into `starts`
 * (room for `text.length + 1`); returns the token count, with `starts[count]` = the length. In
 * ASCII the regex reads: digits joined by single '.' or ',' before a digit; letters joined by
 * single apostrophes before a letter; a whitespace run; any other single character.
 */
function asciiStarts(text: string, starts: Int32Array): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    starts[count++] = i;
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      i++;
      for (;;) {
        while (i < n && isDigit(text.charCodeAt(i))) i++;
        const sep = text.charCodeAt(i);
        if ((sep === 46 || sep === 44) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
    } else if (isLetter(c)) {
      i++;
      for (;;) {
        while (i < n && isLetter(text.charCodeAt(i))) i++;
        if (text.charCodeAt(i) === 39 && i + 1 < n && isLetter(text.charCodeAt(i + 1))) i++;
        else break;
      }
    } else if (isSpace(c)) {
      i++;
      while (i < n && isSpace(text.charCodeAt(i))) i++;
    } else {
      i++;
    }
  }
  starts[count] = n;
  return count;
}

/** The ASCII scan's tokens as strings, so src/engine/diff/word-diff.spec.ts can hold it to TOKEN_RE. */
export function asciiTokens(text: string): string[] {
  const starts = new Int32Array(text.length + 1);
  const count = asciiStarts(text, starts);
  const out: string[] = [];
  for (let t = 0; t < count; t++) out.push(text.slice(starts[t], starts[t + 1]));
  return out;
}

/** Start offsets of any text's tokens (the scan for ASCII, the regex otherwise). */
function tokenStarts(text: string, starts: Int32Array): number {
  if (isAscii(text)) return asciiStarts(text, starts);
  const tokens = regexTokens(text);
  let at = 0;
  for (let t = 0; t < tokens.length; t++) {
    starts[t] = at;
    at += tokens[t]!.length;
  }
  starts[tokens.length] = at;
  return tokens.length;
}

/**
 * Open-addressing intern table reused from pair to pair (the diff runs synchronously, one pair at
 * a time). A slot is live only when stamped with the current pair's generation, so starting a pair
 * costs no clearing; an id remembers where its first occurrence is, so no token string is made.
 */
class PairTable {
  public startsA = new Int32Array(0);
  public startsB = new Int32Array(0);
  public idsA = new Int32Array(0);
  public idsB = new Int32Array(0);
  private slotGen = new Int32Array(0);
  private slotId = new Int32Array(0);
  private idHash = new Int32Array(0);
  private idSide = new Uint8Array(0);
  private idStart = new Int32Array(0);
  private idEnd = new Int32Array(0);
  private gen = 0;
  private mask = 0;
  private size = 0;
  private texts: [string, string] = ['', ''];

  /** Characters (an upper bound on tokens) of the largest pair the buffers were sized for. */
  public get capacity(): number {
    return this.idHash.length;
  }

  public begin(before: string, after: string): void {
    const tokens = before.length + after.length;
    if (this.startsA.length < before.length + 1) {
      this.startsA = new Int32Array(before.length + 1);
      this.idsA = new Int32Array(before.length);
    }
    if (this.startsB.length < after.length + 1) {
      this.startsB = new Int32Array(after.length + 1);
      this.idsB = new Int32Array(after.length);
    }
    if (this.idHash.length < tokens) {
      this.idHash = new Int32Array(tokens);
      this.idSide = new Uint8Array(tokens);
      this.idStart = new Int32Array(tokens);
      this.idEnd = new Int32Array(tokens);
    }
    // At most half the slots in use; the mask covers only what this pair needs.
    let slots = 64;
    while (slots < 2 * tokens) slots *= 2;
    if (this.slotGen.length < slots) {
      this.slotGen = new Int32Array(slots);
      this.slotId = new Int32Array(slots);
      this.gen = 0;
    }
    if (this.gen === 0x7fffffff) {
      this.slotGen.fill(0);
      this.gen = 0;
    }
    this.gen++;
    this.mask = slots - 1;
    this.size = 0;
    this.texts = [before, after];
  }

  /** Id of text[start, end) of side 0 (before) or 1 (after). */
  public intern(side: number, start: number, end: number): number {
    const text = this.texts[side]!;
    // The length and three characters, mixed: a pair has a few hundred distinct tokens, so this
    // spreads them as well as a hash of every character, and `same` reads the whole token anyway.
    const length = end - start;
    let hash = Math.imul(length, 0x9e3779b1) ^ text.charCodeAt(start);
    hash = Math.imul(hash, 0x01000193) ^ text.charCodeAt(end - 1);
    hash = Math.imul(hash, 0x01000193) ^ text.charCodeAt(start + (length >> 1));
    hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
    hash ^= hash >>> 12;
    let slot = hash & this.mask;
    for (;;) {
      if (this.slotGen[slot] !== this.gen) break;
      const id = this.slotId[slot]!;
      if (this.idHash[id] === hash && this.same(id, text, start, end)) return id;
      slot = (slot + 1) & this.mask;
    }
    const id = this.size++;
    this.slotGen[slot] = this.gen;
    this.slotId[slot] = id;
    this.idHash[id] = hash;
    this.idSide[id] = side;
    this.idStart[id] = start;
    this.idEnd[id] = end;
    return id;
  }

  private same(id: number, text: string, start: number, end: number): boolean {
    const from = this.idStart[id]!;
    if (this.idEnd[id]! - from !== end - start) return false;
    const known = this.texts[this.idSide[id]!]!;
    for (let k = start; k < end; k++) {
      if (known.charCodeAt(from + k - start) !== text.charCodeAt(k)) return false;
    }
    return true;
  }
}

let table = new PairTable();
/** Scratch grown past this many characters for a pair is dropped at the next smaller pair. */
const KEEP = 1 << 16;

/**
 * Token ids and offsets of both texts of a pair. The arrays are views of scratch buffers: valid
 * until the next call.
 */
export function pairTokenIds(before: string, after: string): [TokenIds, TokenIds] {
  if (table.capacity > KEEP && before.length + after.length <= KEEP) table = new PairTable();
  table.begin(before, after);
  const countA = tokenStarts(before, table.startsA);
  const countB = tokenStarts(after, table.startsB);
  const { startsA, startsB, idsA, idsB } = table;
  for (let t = 0; t < countA; t++) idsA[t] = table.intern(0, startsA[t]!, startsA[t + 1]!);
  for (let t = 0; t < countB; t++) idsB[t] = table.intern(1, startsB[t]!, startsB[t + 1]!);
  return [
    { ids: idsA.subarray(0, countA), starts: startsA.subarray(0, countA + 1) },
    { ids: idsB.subarray(0, countB), starts: startsB.subarray(0, countB + 1) },
  ];
}
