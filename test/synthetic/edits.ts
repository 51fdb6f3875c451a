/**
 * The edits that turn a clause of A into its counterpart in B. Each keeps the invariants the
 * segmenter relies on: the text stays one line, keeps its final full stop, never starts with a
 * digit, and never leaves a number directly before a full stop (which would read as a label).
 */
import type { Draft } from './grammar';
import { capitalise, decapitalise } from './grammar';
import type { WordClass } from './lexicon';
import { lexicon, participle, plural } from './lexicon';
import type { Random } from './prng';

const PUNCT = /[;,.:]+$/;
const NUMERIC = /^\d[\d,.%]*$/;

function splitPunct(word: string): [string, string] {
  // Most words carry no punctuation; skip the regex for them (this runs ~10^5 times).
  if (!';,.:'.includes(word.charAt(word.length - 1) || 'x')) return [word, ''];
  const m = PUNCT.exec(word);
  return m ? [word.slice(0, m.index), m[0]] : [word, ''];
}

function sameClass(cls: WordClass, rng: Random): string {
  const lex = lexicon();
  switch (cls) {
    case 'noun':
      return lex.nouns.draw(rng);
    case 'nouns':
      return plural(lex.nouns.draw(rng));
    case 'verb':
      return lex.verbs.draw(rng);
    case 'participle':
      return participle(lex.verbs.draw(rng));
    case 'adjective':
      return lex.adjectives.draw(rng);
    case 'adverb':
      return lex.adverbs.draw(rng);
  }
}

/** Replaces words[i] in place; returns false when the word has no class and no synonym. */
function substitute(words: string[], i: number, rng: Random, preferSynonym: boolean): boolean {
  const lex = lexicon();
  const [core, punct] = splitPunct(words[i] ?? '');
  const lower = core.toLowerCase();
  // Capitals mid-sentence belong to names ("the Joint Commission"); rewording leaves names alone.
  if (core !== lower && i > 0 && !(words[i - 1] ?? '').endsWith('.')) return false;
  const synonyms = lex.synonyms.get(lower);
  const cls = lex.classOf.get(lower);
  let repl: string | undefined;
  if (synonyms && (preferSynonym || cls === undefined || rng.chance(0.5))) {
    repl = rng.pick(synonyms);
  } else if (cls !== undefined) {
    for (let tries = 0; tries < 3 && (repl === undefined || repl === lower); tries++) {
      repl = sameClass(cls, rng);
    }
  }
  if (repl === undefined || repl === lower) return false;
  const out = repl.split(' ');
  if (core !== lower) out[0] = capitalise(out[0] ?? '');
  out[out.length - 1] += punct;
  words.splice(i, 1, ...out);
  return true;
}

function pickIndex(
  words: readonly string[],
  rng: Random,
  ok: (w: string, i: number) => boolean,
): number {
  for (let tries = 0; tries < 12; tries++) {
    const i = rng.int(words.length);
    if (ok(words[i] ?? '', i)) return i;
  }
  return -1;
}

export interface RewordStyle {
  /** Fraction of the clause's words to substitute, delete or insert. */
  readonly fraction: number;
  /** Spend most of the budget on synonyms (hard profile): same meaning, little shared vocabulary. */
  readonly synonymsFirst: boolean;
  /** Chance that one number in the clause changes, which is substantive rather than stylistic. */
  readonly numberChange: number;
}

export function reword(source: readonly string[], style: RewordStyle, rng: Random): string[] {
  const words = source.slice();
  const lex = lexicon();
  let budget = Math.max(1, Math.round(style.fraction * source.length));
  if (style.synonymsFirst) {
    const candidates: number[] = [];
    words.forEach((w, i) => {
      if (lex.synonyms.has(splitPunct(w)[0].toLowerCase())) candidates.push(i);
    });
    // Back to front, so a multi-word synonym does not shift the indices still to be visited.
    const chosen = rng.shuffle(candidates).slice(0, Math.round(budget * 0.7));
    for (const i of chosen.sort((x, y) => y - x)) if (substitute(words, i, rng, true)) budget--;
  }
  // Numbers and names ("the Joint Commission") survive deletion: dropping them changes substance.
  const deletable = (w: string): boolean =>
    !NUMERIC.test(w) && !PUNCT.test(w) && w === w.toLowerCase();
  for (; budget > 0; budget--) {
    const r = rng.next();
    if (r < 0.6) {
      const i = pickIndex(words, rng, (w) => lex.classOf.has(splitPunct(w)[0].toLowerCase()));
      if (i >= 0) substitute(words, i, rng, false);
    } else if (r < 0.8) {
      // Only unpunctuated inner words go, so clause and sentence boundaries survive.
      const inner = (w: string, j: number): boolean =>
        j > 0 && j < words.length - 1 && deletable(w);
      const i = pickIndex(words, rng, inner);
      if (i >= 0 && words.length > 8) words.splice(i, 1);
    } else {
      // Never first, never after the final word, never in front of a capitalised sentence start.
      const filler = rng.chance(0.6) ? lex.adjectives.draw(rng) : lex.adverbs.draw(rng);
      const i = pickIndex(words, rng, (_, j) => j > 0 && !(words[j - 1] ?? '').endsWith('.'));
      if (i > 0) words.splice(i, 0, filler);
    }
  }
  if (rng.chance(style.numberChange)) {
    const i = pickIndex(words, rng, (w) => /^\d+,?$/.test(w));
    if (i >= 0) {
      const [core, punct] = splitPunct(words[i] ?? '');
      words[i] = String(Number(core) + rng.range(1, 30)) + punct;
    }
  }
  if (words.join(' ') === source.join(' ')) {
    words.splice(1, 0, lex.adverbs.draw(rng));
  }
  return words;
}

/**
 * Reorders whole phrases inside one independent clause, keeping its end punctuation at the end.
 * `pieces` must tile [start, end) of the part; `comma` marks a fronted phrase.
 */
function rearrange(
  words: string[],
  start: number,
  end: number,
  pieces: Array<[number, number]>,
  comma: boolean,
): void {
  const initial = start === 0 || (words[start - 1] ?? '').endsWith('.');
  const [lastCore, punct] = splitPunct(words[end - 1] ?? '');
  words[end - 1] = lastCore;
  const out: string[] = [];
  pieces.forEach(([s, e], k) => {
    const piece = words.slice(s, e);
    if (piece.length === 0) return;
    if (k > 0 && s === start) piece[0] = decapitalise(piece[0] ?? '');
    if (k === 0 && comma) piece[piece.length - 1] += ',';
    out.push(...piece);
  });
  if (initial) out[0] = capitalise(out[0] ?? '');
  out[out.length - 1] += punct;
  words.splice(start, end - start, ...out);
}

/**
 * Hard-profile phrase reordering: front a time limit or prepositional phrase ("Within 30 days …,
 * the Parties shall …") or swap two neighbouring modifiers. Word count is preserved, so the part
 * boundaries recorded in the draft stay valid while each part is visited.
 */
export function reorderPhrases(d: Draft, rng: Random): string[] {
  const words = d.words.slice();
  d.parts.forEach((start, k) => {
    const end = d.ends[k] ?? words.length;
    const mods = d.mods.filter((s) => s > start && s < end);
    if (mods.length === 0 || !rng.chance(0.6)) return;
    const i = rng.int(mods.length);
    const s = mods[i] ?? start;
    const e = mods[i + 1] ?? end;
    const after = mods[i + 2] ?? end;
    if (e < end && rng.chance(0.4)) {
      rearrange(
        words,
        start,
        end,
        [
          [start, s],
          [e, after],
          [s, e],
          [after, end],
        ],
        false,
      );
    } else {
      rearrange(
        words,
        start,
        end,
        [
          [s, e],
          [start, s],
          [e, end],
        ],
        true,
      );
    }
  });
  return words;
}

/** Cuts at a recorded clause boundary, dropping the joining word ("and", "moreover,"). */
export function splitClause(d: Draft, rng: Random): [string[], string[]] {
  const k = rng.range(1, d.parts.length - 1);
  const first = d.words.slice(0, d.ends[k - 1]);
  const second = d.words.slice(d.parts[k]);
  first[first.length - 1] = splitPunct(first[first.length - 1] ?? '')[0] + '.';
  second[0] = capitalise(second[0] ?? '');
  return [first, second];
}

export function mergeClauses(a: readonly string[], b: readonly string[]): string[] {
  const head = a.slice();
  head[head.length - 1] = splitPunct(head[head.length - 1] ?? '')[0] + ';';
  const tail = b.slice();
  tail[0] = decapitalise(tail[0] ?? '');
  return [...head, 'and', ...tail];
}
