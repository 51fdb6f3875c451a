/** A literal string as a regular-expression fragment (lexicon cues are joined into alternations). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A letter that opens an alternative and may be taken out of it (no quantifier after it). */
function leadingLetter(alt: string): string | null {
  const c = alt[0];
  if (c === undefined || !/\p{L}/u.test(c) || /[*+?{]/u.test(alt[1] ?? '')) return null;
  return c;
}

/**
 * Alternatives that open with the same letters share them, as a trie: `abc|abd|e` becomes
 * `ab(?:c|d)|e`. V8 factors only alternations of bare literals; with a class or a look-around in
 * each alternative it tries every one at every position, so an alternation of a thousand phrases
 * cost a thousand tests per word. Matches and their order are unchanged: alternatives opening
 * with different letters never match at the same position, those opening with the same letter
 * keep their order, and one that opens with no letter (a class, a group, nothing left) stays
 * between the runs around it. Each alternative must have no top-level `|` and no capture group
 * (groups would be renumbered); case-sensitive patterns only (under `i`, "a" and "A" would be
 * different branches that can both match).
 */
export function factorAlternatives(alts: readonly string[]): string {
  return factored(alts).join('|');
}

function factored(alts: readonly string[]): string[] {
  const out: string[] = [];
  let run = new Map<string, string[]>();
  const flush = (): void => {
    for (const [letter, rests] of run) {
      const inner = factored(rests);
      out.push(inner.length === 1 ? letter + inner[0]! : `${letter}(?:${inner.join('|')})`);
    }
    run = new Map();
  };
  for (const alt of alts) {
    const letter = leadingLetter(alt);
    if (letter === null) {
      flush();
      out.push(alt);
      continue;
    }
    const rests = run.get(letter);
    if (rests === undefined) run.set(letter, [alt.slice(1)]);
    else rests.push(alt.slice(1));
  }
  flush();
  return out;
}

/**
 * The longest pattern source V8 still optimizes (RegExp::kRegExpTooLargeToOptimize, 20 KB in
 * Node 20's V8): a longer one is compiled without quick checks or look-ahead tables, so each of
 * its alternatives is tried in full at every position.
 */
export const OPTIMIZED_SOURCE_LIMIT = 20 * 1024;

/**
 * Alternatives in order, cut into runs whose `wrap`ped, factored pattern stays under the limit
 * V8 optimizes (with room for the caller's flags and prefix).
 */
export function chunkAlternatives(
  alts: readonly string[],
  wrap: (alternation: string) => string,
  limit = OPTIMIZED_SOURCE_LIMIT - 512,
): string[] {
  const chunks: string[] = [];
  let run: string[] = [];
  let size = wrap('').length;
  for (const alt of alts) {
    if (run.length > 0 && size + alt.length + 1 > limit) {
      chunks.push(wrap(factorAlternatives(run)));
      run = [];
      size = wrap('').length;
    }
    run.push(alt);
    size += alt.length + 1;
  }
  if (run.length > 0) chunks.push(wrap(factorAlternatives(run)));
  return chunks;
}

/** Whether a pattern has a capture group: a "(" outside a class, not "(?:" or a look-around. */
function hasCaptureGroup(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && !/^\?(?::|=|!|<=|<!)/u.test(source.slice(i + 1, i + 4))) return true;
  }
  return false;
}

/**
 * `part₁|part₂|…` as one RegExp whose exec runs each part on its own: the match is the leftmost
 * of the parts' matches, the earlier part on a tie, exactly what the alternation would return
 * (each part is a whole alternative, tried at each position in order). Each part stays under the
 * size V8 optimizes, where the joined pattern would not. test, matchAll, replace and split go
 * through this exec (they clone it with its own constructor); the joined pattern is never
 * compiled. Parts must have no capture groups: a match carries only its text and index.
 */
export class Alternation extends RegExp {
  private readonly parts: readonly RegExp[];

  constructor(parts: readonly string[] | Alternation, flags: string) {
    const sources = parts instanceof Alternation ? parts.parts.map((p) => p.source) : parts;
    super(sources.map((p) => `(?:${p})`).join('|'), flags);
    if (sources.some(hasCaptureGroup)) throw new Error('Alternation: parts must have no captures');
    // Each part searches from lastIndex (g) or matches only there (y), as the whole would.
    const partFlags = /[gy]/u.test(flags) ? flags : `${flags}g`;
    this.parts = sources.map((p) => new RegExp(p, partFlags));
  }

  override exec(text: string): RegExpExecArray | null {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    let best: RegExpExecArray | null = null;
    for (const part of this.parts) {
      part.lastIndex = from;
      const m = part.exec(text);
      if (m !== null && (best === null || m.index < best.index)) {
        best = m;
        // Nothing can start earlier, and an earlier part wins a tie: done.
        if (m.index === from) break;
      }
    }
    if (this.global || this.sticky) {
      this.lastIndex = best === null ? 0 : best.index + best[0].length;
    }
    return best;
  }
}
