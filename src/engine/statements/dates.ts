import { WEEKDAYS } from './lexicon';

/**
 * Relative dates in the words around a statement ("on Monday", "в среду", "last week"), resolved
 * against the article's date: a weekday is the latest such day on or before it (news reports the
 * past), "yesterday" the day before, "last week" seven days before.
 */

const DATE_LINE_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/u;

export function leadingDate(text: string): { date: string; end: number } | null {
  const m = DATE_LINE_RE.exec(text);
  return m ? { date: m[1]!, end: m[0].length } : null;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function shift(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const WEEKDAY_RE = new RegExp(
  `(?<![\\p{L}])(${Object.keys(WEEKDAYS).join('|')})(?![\\p{L}])`,
  'iu',
);
const YESTERDAY_RE = /(?<![\p{L}])(yesterday|вчера|вчора)(?![\p{L}])/iu;
const LAST_WEEK_RE =
  /(?<![\p{L}])(last week|на прошлой неделе|минулого тижня|на минулому тижні)(?![\p{L}])/iu;
const TODAY_RE = /(?<![\p{L}])(today|сегодня|сьогодні)(?![\p{L}])/iu;

/** The date the words in `context` were said, or the article's date when nothing says otherwise. */
export function resolveDate(context: string, articleDate: string | null): string | null {
  if (articleDate === null) return null;
  const text = context.replace(/[’`]/gu, "'");
  const weekday = WEEKDAY_RE.exec(text);
  if (weekday) {
    const target = WEEKDAYS[weekday[1]!.toLowerCase()]!;
    const day = new Date(`${articleDate}T00:00:00Z`).getUTCDay();
    return shift(articleDate, -((day - target + 7) % 7));
  }
  if (YESTERDAY_RE.test(text)) return shift(articleDate, -1);
  if (LAST_WEEK_RE.test(text)) return shift(articleDate, -7);
  if (TODAY_RE.test(text)) return articleDate;
  return articleDate;
}
