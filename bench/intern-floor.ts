/**
 * The real floor for the engine's read-and-tokenize work (docs/performance.md, issue #18): one
 * pass over the characters, tokens hashed as they are scanned (FNV-1a over lower-cased code
 * units) and interned to integer ids in an open-addressing table, no regex and no token strings.
 * Whatever the engine spends beyond this is its own choice, not the cost of reading the text.
 */

/** Letters of any script and digits: a token continues while these do. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Latin-1 letters, Latin Extended, Greek, Cyrillic: enough for the texts the engine reads.
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f);
}

/** Lower-cases ASCII and Cyrillic capitals on the fly (the only cases that occur in bulk). */
function lower(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0x410 && c <= 0x42f) return c + 32;
  return c;
}

export class TokenInterner {
  private keys = new Int32Array(1 << 16).fill(-1);
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly sources: string[] = [];
  private count = 0;

  public get size(): number {
    return this.count;
  }

  /** Ids of every token of `text`, in order. */
  public tokenize(text: string): Int32Array {
    const ids = new Int32Array(Math.ceil(text.length / 2) + 1);
    let n = 0;
    let i = 0;
    const length = text.length;
    while (i < length) {
      while (i < length && !isWordChar(text.charCodeAt(i))) i++;
      if (i >= length) break;
      const start = i;
      let hash = 0x811c9dc5;
      while (i < length) {
        const c = text.charCodeAt(i);
        if (!isWordChar(c)) break;
        hash = Math.imul(hash ^ lower(c), 0x01000193);
        i++;
      }
      ids[n++] = this.intern(text, start, i - start, hash);
    }
    return ids.subarray(0, n);
  }

  private intern(text: string, start: number, length: number, hash: number): number {
    if (this.count * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let slot = hash & mask;
    for (;;) {
      const id = this.keys[slot]!;
      if (id < 0) break;
      if (this.equals(id, text, start, length)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.count++;
    this.keys[slot] = id;
    this.starts.push(start);
    this.lengths.push(length);
    this.sources.push(text);
    return id;
  }

  private equals(id: number, text: string, start: number, length: number): boolean {
    if (this.lengths[id] !== length) return false;
    const source = this.sources[id]!;
    const from = this.starts[id]!;
    for (let k = 0; k < length; k++) {
      if (lower(source.charCodeAt(from + k)) !== lower(text.charCodeAt(start + k))) return false;
    }
    return true;
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Int32Array(old.length * 2).fill(-1);
    const mask = this.keys.length - 1;
    for (let id = 0; id < this.count; id++) {
      const source = this.sources[id]!;
      const from = this.starts[id]!;
      let hash = 0x811c9dc5;
      for (let k = 0; k < this.lengths[id]!; k++) {
        hash = Math.imul(hash ^ lower(source.charCodeAt(from + k)), 0x01000193);
      }
      let slot = hash & mask;
      while (this.keys[slot]! >= 0) slot = (slot + 1) & mask;
      this.keys[slot] = id;
    }
  }
}
