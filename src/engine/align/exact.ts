import type { TextCache } from '../text/analysis';
import { isAscii } from '../text/fold';
import type { Clause } from '../types';

/**
 * The exact stage (docs/engine.md §2, stage 2): identical texts pair up in document order, the
 * k-th copy in A with the k-th copy in B. Byte-identical texts first (most unchanged clauses; no
 * folding needed), then texts equal after folding case, punctuation and spacing: their key is
 * the folded text with every run of non-letters and non-digits read as one space, trimmed.
 *
 * Speed round 4 (issue #18): an ASCII key is never built. It is hashed and compared by scanning
 * the folded text itself, so the 10,000-clause pair no longer builds a regex-replaced copy of
 * every clause left after the byte-identical pass (16 MB of strings per compare). Keys of other
 * text are still built by the Unicode regex; one that comes out ASCII joins the ASCII queues
 * (it is then its own ASCII key), so every pair of equal keys still meets.
 */
export function exactMatches(
  sides: { readonly a: readonly Clause[]; readonly b: readonly Clause[] },
  forbidden: ReadonlySet<string>,
  takenA: Uint8Array,
  takenB: Uint8Array,
  texts: TextCache,
  pair: (a: number, b: number) => void,
): void {
  const { a: clausesA, b: clausesB } = sides;
  const take = (queue: number[], b: number): void => {
    const index = forbidden.size === 0 ? 0 : queue.findIndex((a) => !forbidden.has(`${a}:${b}`));
    if (index < 0 || index >= queue.length) return;
    const a = queue.splice(index, 1)[0]!;
    takenA[a] = 1;
    takenB[b] = 1;
    pair(a, b);
  };

  const byText = new Map<string, number[]>();
  for (let i = 0; i < clausesA.length; i++) {
    if (takenA[i] === 1) continue;
    const text = clausesA[i]!.text;
    if (text.trim() === '') continue;
    const queue = byText.get(text);
    if (queue === undefined) byText.set(text, [i]);
    else queue.push(i);
  }
  for (let b = 0; b < clausesB.length; b++) {
    if (takenB[b] === 1) continue;
    const queue = byText.get(clausesB[b]!.text);
    if (queue !== undefined) take(queue, b);
  }

  const ascii = new AsciiKeyQueues();
  const unicode = new Map<string, number[]>();
  for (let i = 0; i < clausesA.length; i++) {
    if (takenA[i] === 1) continue;
    const key = keySource(clausesA[i]!.text, texts);
    if (typeof key === 'string') {
      const queue = unicode.get(key);
      if (queue === undefined) unicode.set(key, [i]);
      else queue.push(i);
    } else if (hasAlnum(key.ascii)) {
      ascii.queue(key.ascii, true).push(i);
    }
  }
  for (let b = 0; b < clausesB.length; b++) {
    if (takenB[b] === 1) continue;
    const key = keySource(clausesB[b]!.text, texts);
    const queue = typeof key === 'string' ? unicode.get(key) : ascii.queue(key.ascii, false);
    if (queue !== undefined) take(queue, b);
  }
}

/** A non-ASCII key as a string, or ASCII text whose key is read from it by scanning. */
function keySource(text: string, texts: TextCache): string | { readonly ascii: string } {
  const { folded, ascii } = texts.analyse(text);
  if (ascii) return { ascii: folded };
  const key = folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return isAscii(key) ? { ascii: key } : key;
}

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

function hasAlnum(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isAlnum(text.charCodeAt(i))) return true;
  return false;
}

/** Queues of A clauses by ASCII key, found by the key's hash and checked by a scan. */
class AsciiKeyQueues {
  private readonly buckets = new Map<number, { text: string; queue: number[] }[]>();

  /** The queue of `text`'s key; created when `create`, else undefined if there is none. */
  public queue(text: string, create: true): number[];
  public queue(text: string, create: false): number[] | undefined;
  public queue(text: string, create: boolean): number[] | undefined {
    const hash = keyHash(text);
    let bucket = this.buckets.get(hash);
    for (const entry of bucket ?? []) if (sameKey(entry.text, text)) return entry.queue;
    if (!create) return undefined;
    const queue: number[] = [];
    if (bucket === undefined) this.buckets.set(hash, (bucket = []));
    bucket.push({ text, queue });
    return queue;
  }
}

/** FNV-1a over the key: alphanumeric runs joined by one space, no space at either end. */
export function keyHash(text: string): number {
  let hash = 0x811c9dc5;
  let pending = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c)) {
      pending = started;
      continue;
    }
    if (pending) hash = Math.imul(hash ^ 32, 0x01000193);
    hash = Math.imul(hash ^ c, 0x01000193);
    pending = false;
    started = true;
  }
  return hash;
}

/** True when the two texts have the same key: the same alphanumeric runs in the same order. */
export function sameKey(s: string, t: string): boolean {
  let i = nextAlnum(s, 0);
  let j = nextAlnum(t, 0);
  for (;;) {
    if (i >= s.length || j >= t.length) return i >= s.length && j >= t.length;
    while (i < s.length && j < t.length) {
      const c = s.charCodeAt(i);
      if (!isAlnum(c) || c !== t.charCodeAt(j)) break;
      i++;
      j++;
    }
    const endS = i >= s.length || !isAlnum(s.charCodeAt(i));
    const endT = j >= t.length || !isAlnum(t.charCodeAt(j));
    if (!endS || !endT) return false;
    i = nextAlnum(s, i);
    j = nextAlnum(t, j);
  }
}

function nextAlnum(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isAlnum(text.charCodeAt(i))) i++;
  return i;
}
