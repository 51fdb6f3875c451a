/**
 * A small phrase grammar for treaty-register clauses. It keeps the structure it built (where each
 * independent clause starts, where modifiers sit) because splits must cut at a real boundary and
 * the hard profile reorders phrases rather than random words.
 */
import { gerund, lexicon, participle, plural } from './lexicon';
import * as phrases from './phrases';
import type { Random } from './prng';
import { Zipf } from './prng';

export interface Draft {
  words: string[];
  /** Word index at which each independent clause starts; parts[0] is 0. */
  parts: number[];
  /** Exclusive end of each independent clause, before joining words such as "and". */
  ends: number[];
  /**
   * Start of each modifier phrase (prepositional phrase, time limit, reference). Modifiers run
   * back to back to the end of their part, so a start is all that needs storing.
   */
  mods: number[];
  kind: 'plain' | 'cyrillic' | 'boilerplate';
}

export const MAX_WORDS = 60;
export const MIN_WORDS = 20;
const CYRILLIC_SHARE = 0.05;
/** Few distinct numbers, so that two stock clauses often differ in the topic alone. */
const BOILERPLATE_DAYS = [15, 21, 30, 45, 60, 90];

const ws = (s: string): string[] => s.split(' ');
// Phrases are split once here: splitting per use was a fifth of the generation time at N=10,000.
const actors = new Zipf(phrases.ACTORS.map(ws), 1);
const modals = phrases.MODALS.map(([m, p]) => [ws(m), p] as const);
const prepositions = phrases.PREPOSITIONS.map(ws);
const events = phrases.EVENTS.map(ws);
const organisations = phrases.ORGANISATIONS.map(ws);
const joiners = phrases.JOINERS.map(ws);
const passives = ['shall be', 'may be', 'will be', 'shall not be'].map(ws);
const agencies = ['in consultation with', 'under the supervision of', 'at the request of'].map(ws);
const auspices = ['with the assistance of the', 'under the auspices of the'].map(ws);
const cyrillic = [phrases.UKRAINIAN, phrases.RUSSIAN].map((v) => ({
  subjects: v.subjects.map(ws),
  verbs: v.verbs.map(ws),
  objects: v.objects.map(ws),
  tails: v.tails.map(ws),
}));
const decapWords = new Set(ws('the all each any such this these their every within a an'));

const capitalised = new Map<string, string>();
/** Memoised: nearly every clause starts with one of a few dozen words, and allocation is GC time. */
export function capitalise(s: string): string {
  let out = capitalised.get(s);
  if (out === undefined) capitalised.set(s, (out = s.charAt(0).toUpperCase() + s.slice(1)));
  return out;
}
/** Lower-cases a sentence-initial function word when it stops being sentence-initial. */
export const decapitalise = (s: string): string =>
  decapWords.has(s.toLowerCase()) ? s.toLowerCase() : s;

export class ClauseGrammar {
  private readonly lex = lexicon();
  private combos: Int32Array | undefined;
  private combosUsed = 0;

  constructor(private readonly rng: Random) {}

  private number(): string {
    return String(this.rng.chance(0.8) ? this.rng.pick(phrases.DAYS) : this.rng.range(2, 400));
  }

  private date(): string[] {
    const { rng } = this;
    return [String(rng.range(1, 28)), rng.pick(phrases.MONTHS), String(rng.range(2025, 2034))];
  }

  /** Appends a noun phrase; `short` leaves out the of-complement so modifiers stay short. */
  private np(out: string[], short = false): void {
    const { rng, lex } = this;
    const many = rng.chance(0.35);
    const noun = lex.nouns.draw(rng);
    const det = rng.pick(many ? phrases.PLURAL_DETERMINERS : phrases.SINGULAR_DETERMINERS);
    const adj = rng.chance(0.4) ? lex.adjectives.draw(rng) : undefined;
    if (det === 'a') out.push(/^[aeiou]/.test(adj ?? noun) ? 'an' : 'a');
    else if (det !== '') out.push(det);
    if (adj !== undefined) out.push(adj);
    out.push(many ? plural(noun) : noun);
    if (!short && rng.chance(0.25)) {
      const n = lex.nouns.draw(rng);
      out.push('of', 'the', rng.chance(0.4) ? plural(n) : n);
    }
  }

  private actor(out: string[]): void {
    const r = this.rng.next();
    if (r < 0.06) out.push('the', 'Government', 'of', this.lex.states.draw(this.rng));
    else if (r < 0.1) out.push('the', 'authorities', 'of', this.lex.places.draw(this.rng));
    else out.push(...actors.draw(this.rng));
  }

  private modal(out: string[]): void {
    let u = this.rng.next();
    for (const [m, p] of modals) {
      if ((u -= p) < 0) {
        out.push(...m);
        return;
      }
    }
    out.push('shall');
  }

  /** Appends one independent clause: actor, modal, verb, object (or the passive of that). */
  private core(out: string[]): void {
    const { rng, lex } = this;
    const r = rng.next();
    if (r < 0.2) {
      this.np(out);
      out.push(...rng.pick(passives), participle(lex.verbs.draw(rng)));
      if (rng.chance(0.3)) {
        out.push('by');
        this.actor(out);
      }
      return;
    }
    this.actor(out);
    this.modal(out);
    if (r < 0.28) out.push('refrain', 'from', gerund(lex.verbs.draw(rng)));
    else {
      if (rng.chance(0.15)) out.push(lex.adverbs.draw(rng));
      out.push(lex.verbs.draw(rng));
    }
    this.np(out);
  }

  /** Appends a modifier. None ends in a number, so no "30." can pass for a clause label. */
  private modifier(out: string[]): void {
    const { rng, lex } = this;
    const r = rng.next();
    if (r < 0.3) {
      out.push(...rng.pick(prepositions));
      this.np(out, true);
    } else if (r < 0.4) {
      const p = lex.places.draw(rng);
      const form = rng.int(3);
      if (form === 0) out.push('in', 'the', p, 'region');
      else if (form === 1) out.push('in', 'the', 'vicinity', 'of', p);
      else out.push('along', 'the', 'line', 'between', p, 'and', lex.places.draw(rng));
    } else if (r < 0.48) {
      out.push(...rng.pick(agencies));
      this.actor(out);
    } else if (r < 0.55) {
      out.push(...rng.pick(auspices), ...rng.pick(organisations));
    } else if (r < 0.62) {
      out.push('with', 'a', 'view', 'to', gerund(lex.verbs.draw(rng)));
      this.np(out, true);
    } else if (r < 0.68) {
      if (rng.chance(0.5)) {
        out.push('in', 'accordance', 'with', 'Article', this.number(), 'of', 'this', 'Agreement');
      } else out.push('as', 'set', 'out', 'in', 'paragraph', String(rng.range(1, 12)), 'above');
    } else this.limit(out);
  }

  /** Time limits, quantities and dates: the numbers that substance checks look at. */
  private limit(out: string[]): void {
    const { rng } = this;
    switch (rng.int(8)) {
      case 0:
        out.push('no', 'later', 'than', this.number(), 'days', 'after', ...rng.pick(events));
        return;
      case 1:
        out.push('within', this.number(), 'days', 'of', ...rng.pick(events));
        return;
      case 2:
        out.push('for', 'a', 'period', 'of', String(rng.range(2, 36)), 'months', 'from');
        out.push(...rng.pick(events));
        return;
      case 3:
        out.push('not', 'exceeding');
        if (rng.chance(0.5)) out.push(`${rng.range(1, 99)}%`);
        else out.push(String(rng.range(1, 99)), 'percent');
        out.push('of');
        this.np(out, true);
        return;
      case 4:
        out.push('by', ...this.date(), 'at', 'the', 'latest');
        return;
      case 5:
        out.push('with', 'effect', 'from', ...this.date(), 'onwards');
        return;
      case 6:
        out.push('at', 'least', String(rng.pick([5, 10, 15, 20, 30, 50])), 'kilometres', 'from');
        this.np(out, true);
        return;
      default:
        out.push('in', 'an', 'amount', 'not', 'below', String(rng.range(1, 900)));
        out.push('million', 'euros', 'annually');
    }
  }

  /** Appends a Ukrainian or Russian sentence; returns where its (modifier) tail starts. */
  private cyrillicPart(out: string[]): number {
    const v = this.rng.pick(cyrillic);
    out.push(...this.rng.pick(v.subjects), ...this.rng.pick(v.verbs), ...this.rng.pick(v.objects));
    const tail = out.length;
    for (const word of this.rng.pick(v.tails)) out.push(word === '#' ? this.number() : word);
    return tail;
  }

  /** Ends the current part with joiner punctuation; returns whether the next part is a new sentence. */
  private join(words: string[]): boolean {
    const [punct = ';', ...rest] = this.rng.pick(joiners);
    words[words.length - 1] += punct;
    words.push(...rest);
    return punct === '.';
  }

  clause(): Draft {
    const rng = this.rng;
    const d: Draft = { words: [], parts: [0], ends: [], mods: [], kind: 'plain' };
    const words = d.words;
    const target = rng.range(MIN_WORDS, MAX_WORDS);
    const newPart = (build: () => void): void => {
      d.ends.push(words.length);
      const sentence = this.join(words);
      const start = words.length;
      build();
      if (sentence) words[start] = capitalise(words[start] ?? '');
      d.parts.push(start);
    };
    const cyrillicPart = (): void => {
      const tail = this.cyrillicPart(words);
      d.mods.push(tail);
    };
    if (rng.chance(CYRILLIC_SHARE)) {
      d.kind = 'cyrillic';
      if (rng.chance(0.4)) {
        // Wholly Cyrillic clauses occur in bilingual texts; add sentences until long enough.
        cyrillicPart();
        while (words.length < MIN_WORDS) newPart(cyrillicPart);
        return finish(d);
      }
      this.core(words);
      newPart(cyrillicPart);
    } else this.core(words);
    let modsInPart = 0;
    for (let misses = 0; words.length < target && misses < 6;) {
      const before = words.length;
      const lastWord = words[before - 1] ?? '';
      const modsBefore = modsInPart;
      if (d.parts.length < 3 && modsInPart >= 1 && rng.chance(0.3)) {
        newPart(() => this.core(words));
        modsInPart = 0;
      } else {
        this.modifier(words);
        d.mods.push(before);
        modsInPart++;
      }
      if (words.length > MAX_WORDS) {
        // Roll back whichever was added, including the joiner punctuation on the previous word.
        words.length = before;
        words[before - 1] = lastWord;
        if ((d.parts[d.parts.length - 1] ?? 0) >= before) {
          d.parts.pop();
          d.ends.pop();
        } else d.mods.pop();
        modsInPart = modsBefore;
        misses++;
      }
    }
    return finish(d);
  }

  /**
   * A stock clause never used before in this document (exact repeats would make the gold
   * ambiguous); undefined once every template × topic × number is used, and the caller then falls
   * back to `clause()`. Draws without replacement by a lazy Fisher–Yates over combination indices.
   */
  boilerplate(): Draft | undefined {
    const { TEMPLATES, TOPICS } = phrases;
    const total = TEMPLATES.length * TOPICS.length * BOILERPLATE_DAYS.length;
    this.combos ??= Int32Array.from({ length: total }, (_, i) => i);
    if (this.combosUsed >= total) return undefined;
    const j = this.combosUsed + this.rng.int(total - this.combosUsed);
    const combo = this.combos[j] ?? 0;
    this.combos[j] = this.combos[this.combosUsed] ?? 0;
    this.combos[this.combosUsed++] = combo;
    const days = BOILERPLATE_DAYS[combo % BOILERPLATE_DAYS.length] ?? 30;
    const rest = Math.floor(combo / BOILERPLATE_DAYS.length);
    const topic = TOPICS[rest % TOPICS.length] ?? '';
    const words = ws(
      (TEMPLATES[Math.floor(rest / TOPICS.length)] ?? '')
        .replaceAll('{X}', topic)
        .replaceAll('{N}', String(days)),
    );
    return { words, parts: [0], ends: [words.length], mods: [], kind: 'boilerplate' };
  }

  title(): string {
    const topic = capitalise(this.lex.nouns.draw(this.rng));
    const other = capitalise(plural(this.lex.nouns.draw(this.rng)));
    return `${this.rng.pick(phrases.DOCUMENT_KINDS)} on ${topic} and ${other}`;
  }
}

function finish(d: Draft): Draft {
  const { words } = d;
  d.ends.push(words.length);
  words[0] = capitalise(words[0] ?? '');
  words[words.length - 1] += '.';
  return d;
}
