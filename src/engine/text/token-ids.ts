import { rawTokens } from './fold';

/**
 * Raw tokens (text/fold.ts `rawTokens`) as integer ids interned per comparison (issue #18: the
 * integer-id pipeline). ASCII text is read by one character scan that finds exactly the tokens of
 * the ASCII token regex and hashes them as it goes, so a repeated token costs a probe in an
 * open-addressing table and no new string; each distinct token is sliced out once. Later stages
 * keep per-id tables (term ids, topic classes) instead of string-keyed maps. Non-ASCII text keeps
 * the Unicode regex and interns its tokens through the same table, so ids are one space.
 */
export class TokenTable {
  /** Token text by id. */
  public readonly strings: string[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);
  private hashes: number[] = [];

  public get size(): number {
    return this.strings.length;
  }

  /** Ids of the raw tokens of folded text, in order (the same tokens `rawTokens` returns). */
  public tokenize(folded: string, ascii: boolean): Int32Array {
    if (!ascii) {
      const tokens = rawTokens(folded);
      const ids = new Int32Array(tokens.length);
      for (let t = 0; t < tokens.length; t++) {
        const token = tokens[t]!;
        ids[t] = this.intern(token, 0, token.length, hashOf(token, 0, token.length));
      }
      return ids;
    }
    return this.scanAscii(folded);
  }

  /**
   * The ASCII token regex `[0-9]+(?:[.,][0-9]{3})*(?:[.,][0-9]+)?|[a-z]+` as a scan: a number
   * takes every following separator-and-three-digits group, then one separator-and-digits tail;
   * a word is a run of a-z. The optional tail always matches, so the regex never backtracks into
   * the groups and the greedy scan finds the same tokens. Folded ASCII text has no capitals.
   */
  private scanAscii(text: string): Int32Array {
    const n = text.length;
    // A token needs at least one character and a separator between two tokens of one kind.
    let ids = new Int32Array((n >> 1) + 1);
    let count = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      const start = i;
      // FNV-1a (hashOf) folded into the scan: each character is read once.
      let hash = 0x811c9dc5;
      if (isDigit(c)) {
        do {
          hash = Math.imul(hash ^ c, 0x01000193);
          c = ++i < n ? text.charCodeAt(i) : -1;
        } while (isDigit(c));
        while (
          isSeparator(c) &&
          i + 3 < n &&
          isDigit(text.charCodeAt(i + 1)) &&
          isDigit(text.charCodeAt(i + 2)) &&
          isDigit(text.charCodeAt(i + 3))
        ) {
          for (let k = 0; k < 4; k++) hash = Math.imul(hash ^ text.charCodeAt(i + k), 0x01000193);
          i += 4;
          c = i < n ? text.charCodeAt(i) : -1;
        }
        if (isSeparator(c) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
          hash = Math.imul(hash ^ c, 0x01000193);
          c = text.charCodeAt(++i);
          do {
            hash = Math.imul(hash ^ c, 0x01000193);
            c = ++i < n ? text.charCodeAt(i) : -1;
          } while (isDigit(c));
        }
      } else if (c >= 97 && c <= 122) {
        do {
          hash = Math.imul(hash ^ c, 0x01000193);
          c = ++i < n ? text.charCodeAt(i) : -1;
        } while (c >= 97 && c <= 122);
      } else {
        i++;
        continue;
      }
      if (count === ids.length) {
        const grown = new Int32Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      ids[count++] = this.intern(text, start, i - start, hash >>> 0);
    }
    return count === ids.length ? ids : ids.slice(0, count);
  }

  private intern(text: string, start: number, length: number, hash: number): number {
    if (this.strings.length * 2 >= this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const id = this.slots[slot]!;
      if (id < 0) break;
      if (this.hashes[id] === hash && this.equals(id, text, start, length)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.strings.length;
    this.slots[slot] = id;
    this.hashes.push(hash);
    this.strings.push(text.slice(start, start + length));
    return id;
  }

  private equals(id: number, text: string, start: number, length: number): boolean {
    const known = this.strings[id]!;
    if (known.length !== length) return false;
    for (let k = 0; k < length; k++) {
      if (known.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
    }
    return true;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.strings.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.slots = slots;
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** "." or ",": the separators of the ASCII number pattern. */
function isSeparator(c: number): boolean {
  return c === 46 || c === 44;
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
