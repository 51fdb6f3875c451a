import { TextCache } from '../text/analysis';
import { canonicalNumber } from '../text/fold';
import type { SubstanceFlag } from '../types';
import { actorsIn } from './actors';
import {
  DAY,
  DURATION,
  MODAL,
  MONTH,
  NEGATION,
  NUMBER,
  tokenClasses,
  VALUE,
  YEAR,
  type TokenClasses,
  type TokenClassLexicon,
} from './token-classes';

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

const YEAR_RE = /^(19|20)\d\d$/u;
// Only a four-character token can be a year; the length test spares the regex for the rest.
const isYear = (t: string | undefined): boolean =>
  t !== undefined && t.length === 4 && YEAR_RE.test(t);

const LEXICON: TokenClassLexicon = {
  negations: NEGATIONS,
  months: MONTHS,
  durations: DURATION_UNITS,
  modals: MODALS,
  startsWithNumber,
  isYear,
  canonicalNumber,
};

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
function numbers(ids: Int32Array, c: TokenClasses): string[] {
  const found: string[] = [];
  for (let i = 0; i < ids.length; i++) if (c.bits[ids[i]!]! & VALUE) found.push(c.value[ids[i]!]!);
  return found;
}

function negations(ids: Int32Array, c: TokenClasses): number {
  let count = 0;
  for (let i = 0; i < ids.length; i++) if (c.bits[ids[i]!]! & NEGATION) count++;
  return count;
}

/** Dates: years, month names with their day, ISO dates, and durations ("100 days"). */
function dates(folded: string, ids: Int32Array, c: TokenClasses): string[] {
  // An ISO date needs a hyphen: most clauses have none and skip the scan.
  const found: string[] = folded.includes('-')
    ? (folded.match(/\b\d{4}-\d{2}-\d{2}\b/gu) ?? [])
    : [];
  const { bits } = c;
  const strings = c.table.strings;
  for (let i = 0; i < ids.length; i++) {
    const here = bits[ids[i]!]!;
    if ((here & (YEAR | MONTH | DURATION)) === 0) continue;
    const token = strings[ids[i]!]!;
    const before = i > 0 ? bits[ids[i - 1]!]! : 0;
    if (here & YEAR) found.push(token);
    // "May" is a month only next to a day or a year; otherwise it is the modal verb.
    if (here & MONTH && (before & DAY || (i + 1 < ids.length && bits[ids[i + 1]!]! & YEAR))) {
      found.push(before & DAY ? `${strings[ids[i - 1]!]!} ${token}` : token);
    }
    if (here & DURATION && before & NUMBER) found.push(`${strings[ids[i - 1]!]!} ${token}`);
  }
  return found;
}

function modals(ids: Int32Array, c: TokenClasses): string[] {
  const found: string[] = [];
  const { bits } = c;
  for (let i = 0; i < ids.length; i++) {
    if ((bits[ids[i]!]! & MODAL) === 0) continue;
    // "may" next to a number is the month: the token before it, or after it when it comes first.
    const next = i > 0 ? i - 1 : i + 1 < ids.length ? i + 1 : -1;
    const isMonth =
      c.table.strings[ids[i]!] === 'may' && next >= 0 && (bits[ids[next]!]! & NUMBER) !== 0;
    if (!isMonth) found.push(c.modal[ids[i]!]!);
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
  const { folded: foldedA, ids: idsA } = texts.analyse(before);
  const { folded: foldedB, ids: idsB } = texts.analyse(after);
  // Both texts were interned by `texts`, so one class table covers every id they hold.
  const c = tokenClasses(texts.table, LEXICON);
  const flags: SubstanceFlag[] = [];
  if (!sameMultiset(numbers(idsA, c), numbers(idsB, c))) flags.push('number-changed');
  if (negations(idsA, c) !== negations(idsB, c)) flags.push('negation-changed');
  if (!sameSet(modals(idsA, c), modals(idsB, c))) flags.push('modal-changed');
  if (!sameMultiset(dates(foldedA, idsA, c), dates(foldedB, idsB, c))) flags.push('date-changed');
  if (!sameSet(actorsIn(before, texts), actorsIn(after, texts))) {
    flags.push('actor-changed');
  }
  return flags;
}
