import { escapeRegExp } from '../text/regexp';
import type { SpeakerRole } from './types';
import {
  COMMENTATOR_MODIFIERS,
  COMMENTATOR_NOUNS,
  DESCRIPTIVE_MODIFIERS,
  DESCRIPTIVE_NOUNS,
  PARTY_CUES,
  PARTY_NAMES,
  PARTY_ONLY_NOUNS,
  SPEECH_STEMS_CYR,
  SPEECH_VERBS_EN,
} from './lexicon';

/**
 * Unnamed and descriptive speakers: "a senior administration official", "Russian negotiators",
 * "sources close to the Kremlin", "высокопоставленный чиновник США", "джерело в Кремлі". Real
 * reporting quotes such speakers constantly; their party comes from the words around the noun
 * ("US", "Kremlin", "України"), analysts and experts are commentators. One regex pass per
 * script over the article, and a bounded look around each hit, so the cost stays linear.
 */

export interface Descriptive {
  readonly start: number;
  readonly end: number;
  /** The phrase without its article ("senior administration official"). */
  readonly text: string;
  readonly party: string | null;
  readonly role: SpeakerRole;
  /** Noun key ("official", "source", "spokes") for "the official" back-references. */
  readonly title: string;
  /** "the official", "the source": a back-reference first, a new speaker only if none. */
  readonly definite: boolean;
}

const latin = Object.keys(DESCRIPTIVE_NOUNS).filter((w) => /^[a-z]/u.test(w));
const cyrillic = Object.keys(DESCRIPTIVE_NOUNS).filter((w) => !/^[a-z]/u.test(w));
const NOUN_RE = new RegExp(
  `(?<![\\p{L}-])(?:(${latin.map(escapeRegExp).join('|')})|(${cyrillic.join('|')})\\p{L}{0,5})(?![\\p{L}])`,
  'giu',
);
const MODIFIERS = new Set(DESCRIPTIVE_MODIFIERS);
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;
/** After an English noun: punctuation, a verb of speech or a word that continues a subject. */
const FOLLOW_RE = new RegExp(
  `^(?:\\s*(?:[,.;:)—–]|$)|\\s+(?:${[
    ...SPEECH_VERBS_EN,
    ...'who|speaking|familiar|close|in|from|at|on|with|involved|briefed|also|had|have|has|were|was|are|is|would|will|could|did|do|does|later|earlier|privately|separately|then|still|now|declined|refused|expect|expects|think|doubted|doubt|estimated|believe|say'.split(
      '|',
    ),
  ]
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}]))`,
  'iu',
);
const AFTER_CUE_RE =
  /^\s+(?:(?:in|from|at|close to|near|of|в|у|из|із|з|при)\s+)?(?:the\s+)?([\p{L}.]+)/iu;

/**
 * "…, Moscow said", "Kyiv insisted", "Москва заявила": a capital standing for its government, as
 * wire copy writes it; only right before a speech verb, where it cannot be a place.
 */
const CAPITAL_RE = new RegExp(
  `(?<![\\p{L}])(Moscow|Kyiv|Kiev|Washington|Brussels|Москва|Киев|Київ|Вашингтон)\\s+(?:${[
    ...SPEECH_VERBS_EN,
  ]
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}])|(?<![\\p{L}])(Москва|Киев|Київ|Вашингтон)\\s+(?:${SPEECH_STEMS_CYR.map(
    escapeRegExp,
  ).join('|')})`,
  'gu',
);

function capitals(text: string, parties: readonly string[]): Descriptive[] {
  const out: Descriptive[] = [];
  for (const m of text.matchAll(CAPITAL_RE)) {
    const word = m[1] ?? m[2]!;
    // "What did Moscow say", "the document that Kyiv says accompanies it": no statement.
    if (
      /(?:did|does|do|will|would|could|can|that|which)\s+$/iu.test(
        text.slice(Math.max(0, m.index - 8), m.index),
      )
    ) {
      continue;
    }
    const key = partyKey(word);
    const party = key === null ? null : partyName(key, parties);
    if (party === null) continue;
    const end = m.index + word.length;
    out.push({
      start: m.index,
      end,
      text: word,
      party,
      role: 'official',
      title: 'government',
      definite: false,
    });
  }
  return out;
}

/** partyKey by word: it is asked of every word before a descriptive noun or an office. */
const partyKeys = new Map<string, string | null>();

export function partyKey(word: string): string | null {
  let key = partyKeys.get(word);
  if (key === undefined) {
    key = findPartyKey(word);
    // Bounded, so an adversarial vocabulary cannot grow it without limit.
    if (partyKeys.size < 50_000) partyKeys.set(word, key);
  }
  return key;
}

function findPartyKey(word: string): string | null {
  const lower = word.toLowerCase().replace(/[’']s$/u, '');
  for (const [key, cues] of Object.entries(PARTY_CUES)) {
    for (const cue of cues) {
      if (/^[a-z]/u.test(cue)) {
        // Latin cues are proper adjectives and names ("American", "US"); "us" is a pronoun.
        if (lower !== cue) continue;
        if (cue !== 'administration' && !/^\p{Lu}/u.test(word)) continue;
        // "EU's": the possessive ending is no lower-case word.
        const bare = word.replace(/[’']s$/u, '');
        if (cue.replace(/\./gu, '').length <= 3 && bare !== bare.toUpperCase()) continue;
        return key;
      }
      if (cue.length <= 3 ? lower === cue : lower.startsWith(cue)) return key;
    }
  }
  return null;
}

export function partyName(key: string, parties: readonly string[]): string | null {
  const names = PARTY_NAMES[key] ?? [key];
  return parties.find((p) => names.includes(p.toLowerCase())) ?? null;
}

export function descriptiveSpeakers(text: string, parties: readonly string[]): Descriptive[] {
  const out: Descriptive[] = capitals(text, parties);
  for (const m of text.matchAll(NOUN_RE)) {
    const nounStart = m.index;
    const nounEnd = m.index + m[0].length;
    const isLatin = m[1] !== undefined;
    const noun = (m[1] ?? m[2]!).toLowerCase();
    const key = DESCRIPTIVE_NOUNS[noun]!;
    // Words before the noun, nearest first, while they are modifiers or party cues.
    const before = [...text.slice(Math.max(0, nounStart - 80), nounStart).matchAll(WORD_RE)];
    let start = nounStart;
    let cursor = nounStart;
    const keys = new Set<string>();
    let modifiers = 0;
    let definite = false;
    let commentator = COMMENTATOR_NOUNS.includes(key);
    for (let i = before.length - 1; i >= 0; i--) {
      const w = before[i]!;
      const wStart = nounStart - Math.min(80, nounStart) + w.index;
      if (!/^\s+$/u.test(text.slice(wStart + w[0].length, cursor))) break;
      const lower = w[0].toLowerCase();
      const party = partyKey(w[0]);
      // "один зі співрозмовників видання", "один из собеседников": the partitive "of" counts
      // when "one" stands before it.
      const partitive =
        /^(?:з|зі|із|из)$/u.test(lower) && /^(?:один|одна)$/iu.test(before[i - 1]?.[0] ?? '');
      if (party === null && !MODIFIERS.has(lower) && !partitive) break;
      if (party !== null) keys.add(party);
      if (COMMENTATOR_MODIFIERS.includes(lower)) commentator = true;
      if (/^(?:the|this|that)$/u.test(lower)) definite = true;
      modifiers++;
      start = wStart;
      cursor = wStart;
    }
    const after = AFTER_CUE_RE.exec(text.slice(nounEnd, nounEnd + 40));
    // "посадовець ЄС." at a sentence end: the full stop is no part of the party's name ("U.S."
    // keeps its own).
    const afterKey = after
      ? (partyKey(after[1]!) ?? partyKey(after[1]!.replace(/\.$/u, '')))
      : null;
    if (afterKey !== null) keys.add(afterKey);
    const follows = FOLLOW_RE.test(text.slice(nounEnd, nounEnd + 40));
    if (isLatin ? !follows && afterKey === null : modifiers === 0 && afterKey === null) continue;
    const party = keys.size === 1 && !commentator ? partyName([...keys][0]!, parties) : null;
    if (PARTY_ONLY_NOUNS.includes(key) && party === null) continue;
    // "Experts say …", "analysts believe": a generic voice, not a source anyone can be held to.
    if (COMMENTATOR_NOUNS.includes(key) && key !== noun && isLatin) continue;
    const phrase = text
      .slice(start, nounEnd)
      .replace(/^(?:the|a|an|this|that)\s+/iu, '')
      .trim();
    out.push({
      start,
      end: nounEnd,
      text: phrase,
      party,
      role: commentator ? 'commentator' : party !== null ? 'official' : 'unknown',
      title: key,
      definite: definite && keys.size === 0,
    });
  }
  return out;
}
