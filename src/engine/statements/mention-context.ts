import { partyKey } from './descriptive';
import { NOMINALS, NOT_NAME, TITLE_NOT_NAME } from './lexicon';

/**
 * What the words around a mention say about it, for the mention index (mentions.ts): an office
 * with a modifier that refers back ("the Kentucky senator"), a place after a preposition.
 */

/** Capitalised words that never start or continue a name the registry lacks. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(NOT_NAME);

/** Title words before a name, never in it (lexicon TITLE_NOT_NAME); the name test only. */
const TITLE_WORDS: ReadonlySet<string> = new Set(TITLE_NOT_NAME);

/**
 * "Обсуждаемые Вашингтоном и Киевом …", "Условие Москвы он повторил": the capitals' cases
 * ("Вашингтоном", "Москвы") are no name either; a capitalised word before one opens the sentence.
 */
const CYRILLIC_PLACE = /^(?:москв|вашингтон|киев|києв|київ|брюссел|лондон|париж|берлин|берлін)/u;

/** Whether a capitalised word may be part of a name the registry lacks. */
export const nameWord = (lower: string): boolean =>
  !NOT_NAME_WORDS.has(lower) && !TITLE_WORDS.has(lower) && !CYRILLIC_PLACE.test(lower);

/** The one-word heads of English definite back-references ("the senator" → "senator"). */
const HEADS = new Map(
  NOMINALS.filter(([k]) => /^the [a-z]+$/u.test(k)).map(([k, v]) => [k.slice(4), v] as const),
);
/** "the South Dakota Republican": a party label is capitalised, an office is not. */
const either = (head: string): string => `[${head[0]!}${head[0]!.toUpperCase()}]${head.slice(1)}`;
const MODIFIED_RE = new RegExp(
  `^[Tt]he\\s+((?:(?:\\p{Lu}[\\p{L}.'’-]*|veteran|outgoing|incoming|longtime|top|senior|hawkish|influential)\\s+){1,2})(${[...HEADS.keys()].map(either).join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * "the Kentucky senator", "the veteran envoy", "the Brookings scholar": news copy refers back by
 * the office with a state, place or epithet before it, as it does by "the senator". Modifiers
 * that name a party ("the Russian president") or are titles and places the name reader knows
 * ("the White House aide") are left to the phrases that read them.
 */
export function modifiedNominal(text: string, start: number): { end: number; text: string } | null {
  const m = MODIFIED_RE.exec(text.slice(start, start + 60));
  if (m === null) return null;
  const modifiers = m[1]!.trim().split(/\s+/u);
  if (modifiers.some((w) => partyKey(w) !== null || NOT_NAME_WORDS.has(w.toLowerCase()))) {
    return null;
  }
  return { end: start + m[0].length, text: HEADS.get(m[2]!.toLowerCase())! };
}

/**
 * "at Castel Gandolfo", "in Palm Beach", "outside Abu Dhabi": a capitalised pair after a
 * locative preposition is a place. Read as a name it became the latest "person", and the next
 * "he" went to it.
 */
const PLACE_BEFORE = /(?<![\p{L}])(?:in|at|near|outside|inside|across|throughout|around)\s+$/iu;
export const placeBefore = (text: string, start: number): boolean =>
  PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start));

/**
 * "— сказал министр в интервью Al Arabiya", "told the Financial Times", "у коментарі виданню
 * Al-Modon": a capitalised pair after an interview or an outlet noun is the outlet the words
 * were given to, never their speaker. Read as a name it took the quote from the minister.
 */
const OUTLET_BEFORE =
  /(?<![\p{L}])(?:interview\s+with|told|интервью|інтерв['’]ю|изданию|виданню|телеканалу|телеканалові|агентству|агентству|газете|газеті|радио|радіо|эфире|ефірі)\s+$/iu;
export const outletBefore = (text: string, start: number): boolean =>
  OUTLET_BEFORE.test(text.slice(Math.max(0, start - 16), start));

/**
 * The registry keys a nominal hit stands for. A plural ("the senators", "the Republicans",
 * "сенаторы") names no one person, so it never falls back to the latest named one ('@latest'),
 * and a hit that was only that fallback is no mention at all. "the General Staff", "the General
 * Assembly": a capitalised head before another capitalised word is an institution's name, not
 * the office.
 */
export function nominalKeys(
  text: string,
  start: number,
  hit: { readonly phrase: string; readonly end: number },
  keys: string,
): string {
  const english = /^the /u.test(hit.phrase);
  const rest = text.slice(start + hit.phrase.length, hit.end);
  const plural = english ? rest.length > 0 : /^(?:ы|ов|ам|ами|ах|и|ів)$/u.test(rest);
  if (
    english &&
    /^\p{Lu}/u.test(text.slice(start + 4, hit.end)) &&
    /^\s+\p{Lu}/u.test(text.slice(hit.end))
  ) {
    return '';
  }
  return plural
    ? keys
        .split('|')
        .filter((k) => k !== '@latest')
        .join('|')
    : keys;
}
