import { TextCache } from '../text/analysis';
import { canonicalNumber } from '../text/fold';
import type { SubstanceFlag } from '../types';
import { actorsIn } from './actors';

/**
 * Substance flags: the differences an analyst must not miss inside a reworded clause. Each is a
 * comparison of a small extracted set, so wording changes alone never raise a flag.
 */

const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'without',
  'neither',
  'nor',
  'none',
  'cannot',
  "can't",
  "won't",
  "shall't",
  'non',
  'не',
  'нет',
  'ни',
  'без',
  'ні',
  'немає',
]);
const MODALS = new Map<string, string>([
  ['shall', 'obligation'],
  ['must', 'obligation'],
  ['will', 'obligation'],
  ['obliged', 'obligation'],
  ['required', 'obligation'],
  ['должен', 'obligation'],
  ['должна', 'obligation'],
  ['должны', 'obligation'],
  ['обязан', 'obligation'],
  ['обязуется', 'obligation'],
  ['обязуются', 'obligation'],
  ['повинен', 'obligation'],
  ['повинна', 'obligation'],
  ['повинні', 'obligation'],
  ['зобов’язується', 'obligation'],
  ['may', 'permission'],
  ['can', 'permission'],
  ['could', 'possibility'],
  ['might', 'possibility'],
  ['может', 'permission'],
  ['могут', 'permission'],
  ['може', 'permission'],
  ['можуть', 'permission'],
  ['should', 'recommendation'],
  ['ought', 'recommendation'],
  ['следует', 'recommendation'],
  ['слід', 'recommendation'],
]);
// Sets, not anchored alternations: flags test every token of both texts against them.
const MONTHS = new Set(
  'january|february|march|april|may|june|july|august|september|october|november|december|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня'.split(
    '|',
  ),
);
const DURATION_UNITS = new Set(
  'day|days|week|weeks|month|months|year|years|дней|дня|день|недель|месяцев|лет|года|днів|тижнів|місяців|років'.split(
    '|',
  ),
);

/** /^\p{N}/u, with the regex run only for a non-ASCII first character (rare). */
function startsWithNumber(token: string): boolean {
  if (token === '') return false;
  const first = token.charCodeAt(0);
  if (first < 128) return first >= 48 && first <= 57;
  return /^\p{N}/u.test(token);
}

const YEAR = /^(19|20)\d\d$/u;
// Only a four-character token can be a year; the length test spares the regex for the rest.
const isYear = (t: string | undefined): boolean =>
  t !== undefined && t.length === 4 && YEAR.test(t);

function counts(items: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const ca = counts(a);
  const cb = counts(b);
  for (const [key, n] of ca) if (cb.get(key) !== n) return false;
  return true;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** Numbers as values: "600,000" and "600 000" are one number; a year is a date, not a number. */
function numbers(tokens: readonly string[]): string[] {
  return tokens
    .filter(startsWithNumber)
    .map(canonicalNumber)
    .filter((n) => !isYear(n));
}

/** Dates: years, month names with their day, ISO dates, and durations ("100 days"). */
function dates(folded: string, tokens: readonly string[]): string[] {
  // An ISO date needs a hyphen: most clauses have none and skip the scan.
  const found: string[] = folded.includes('-')
    ? (folded.match(/\b\d{4}-\d{2}-\d{2}\b/gu) ?? [])
    : [];
  const isDay = (t: string | undefined): boolean =>
    t !== undefined && /^([1-9]|[12]\d|3[01])$/u.test(t);
  tokens.forEach((token, i) => {
    if (isYear(token)) found.push(token);
    // "May" is a month only next to a day or a year; otherwise it is the modal verb.
    if (MONTHS.has(token) && (isDay(tokens[i - 1]) || isYear(tokens[i + 1]))) {
      found.push(`${isDay(tokens[i - 1]) ? tokens[i - 1] : ''} ${token}`.trim());
    }
    if (DURATION_UNITS.has(token) && startsWithNumber(tokens[i - 1] ?? '')) {
      found.push(`${tokens[i - 1]} ${token}`);
    }
  });
  return found;
}

function modals(tokens: readonly string[]): string[] {
  // A loop rather than flatMap: no array per token.
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const modal = MODALS.get(t);
    if (modal === undefined) continue;
    const isMonth = t === 'may' && startsWithNumber(tokens[i - 1] ?? tokens[i + 1] ?? '');
    if (!isMonth) found.push(modal);
  }
  return found;
}

/** Flags raised by the difference between an old and a new wording (groups joined as text). */
export function substanceFlags(
  before: string,
  after: string,
  // The comparison's cache: the aligner has usually folded and split these texts already.
  texts: TextCache = new TextCache(),
): SubstanceFlag[] {
  const analysedA = texts.analyse(before);
  const analysedB = texts.analyse(after);
  const { folded: foldedA, tokens: tokensA } = analysedA;
  const { folded: foldedB, tokens: tokensB } = analysedB;
  const flags: SubstanceFlag[] = [];
  if (!sameMultiset(numbers(tokensA), numbers(tokensB))) flags.push('number-changed');
  const negA = tokensA.filter((t) => NEGATIONS.has(t));
  const negB = tokensB.filter((t) => NEGATIONS.has(t));
  if (negA.length !== negB.length) flags.push('negation-changed');
  const modalA = modals(tokensA);
  const modalB = modals(tokensB);
  if (!sameSet(modalA, modalB)) flags.push('modal-changed');
  if (!sameMultiset(dates(foldedA, tokensA), dates(foldedB, tokensB))) flags.push('date-changed');
  if (!sameSet(actorsIn(before, analysedA), actorsIn(after, analysedB))) {
    flags.push('actor-changed');
  }
  return flags;
}
