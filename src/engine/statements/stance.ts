import { escapeRegExp } from '../text/regexp';
import type { StatementStance } from './types';
import {
  ADVOCACY,
  CONDITIONS,
  HEDGES,
  NEGATIVE,
  NEGATORS,
  PLAN_CUES,
  POSITIVE,
  STRONG_CONDITIONS,
} from './lexicon';

/**
 * Stance from cues, read with negation: a negator up to three words before a cue flips it
 * ("isn't acceptable" is negative, "not unacceptable" positive). Positive and negative together,
 * or a hedge ("some proposals") next to a polarity, is `conditional`; a strong condition ("only
 * if", "must not") is conditional on its own; no cue is `unclear` (process, prospects, procedure).
 */

const lower = (s: string): string => s.toLowerCase().replace(/ё/gu, 'е').replace(/[’‘`]/gu, "'");

function cueRe(cues: readonly string[]): RegExp {
  // Cues start at a word boundary; Cyrillic cues are stems, English ones may take an ending.
  const alt = [...cues]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`(?<![\\p{L}])(?:${alt})`, 'gu');
}

const POSITIVE_RE = cueRe(POSITIVE);
const NEGATIVE_RE = cueRe(NEGATIVE);
const NEGATOR_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:${NEGATORS.map(escapeRegExp).join('|')})(?![\\p{L}])|n't`,
  'u',
);

function polarityCount(text: string, re: RegExp): { plain: number; negated: number } {
  let plain = 0;
  let negated = 0;
  for (const m of text.matchAll(re)) {
    // The three words before the cue (a clause break ends the look-back).
    const before =
      text
        .slice(Math.max(0, m.index - 40), m.index)
        .split(/[,;:.—–]/u)
        .pop() ?? '';
    const words = before.trim().split(/\s+/u).slice(-3).join(' ');
    // "whether Moscow will accept", "expects Russia to accept": someone else's open question.
    if (OPEN_QUESTION.test(` ${before}`)) continue;
    if (NEGATOR_RE.test(` ${words}`)) negated++;
    else plain++;
  }
  return { plain, negated };
}

const OPEN_QUESTION =
  /[^\p{L}](?:whether|ли|чи)[^\p{L}]|[^\p{L}](?:expects?|expected|wants?|wanted|pressure|pressed|pushing|pushed|asked)\s+(?:\p{L}+\s+){0,3}to\s+(?:\p{L}+\s+)?$/u;

/** "If …", "Without guarantees, …", "Until …", "Поки …": the whole statement is a condition. */
const CONDITION_START = /^\s*(?:if|unless|until|without|если|якщо|без|пока|поки|доки)\s/u;

const has = (text: string, cues: readonly string[]): boolean => cues.some((c) => text.includes(c));

/** "refused to comment", "отказался от комментариев": no answer, not a refusal of the plan. */
const NO_COMMENT =
  /(?:refus|declin|отказ|відмов)\p{L}*\s+(?:to\s+)?(?:comment|disclose|elaborate|say|give details|от\s+коммент|від\s+коммент|коментув|комментир)\p{L}*/gu;

/** Aid to Ukraine ("military support for Ukraine", "військова підтримка"): not support of a plan. */
const AID =
  /(?:military|financial|economic|humanitarian|continued|western|international|военн\p{L}*|финансов\p{L}*|військов\p{L}*|фінансов\p{L}*)\s+(?:support|aid|поддержк\p{L}*|підтримк\p{L}*)|support (?:for|to) (?:ukraine|kyiv)|(?:поддержк|підтримк)\p{L}*\s+(?:украин|україн)\p{L}*/gu;

export function stanceOf(quote: string, verb: string | null): StatementStance {
  const text = lower(quote).replace(NO_COMMENT, ' ').replace(AID, ' ');
  const pos = polarityCount(text, POSITIVE_RE);
  const neg = polarityCount(text, NEGATIVE_RE);
  const positive = pos.plain + neg.negated;
  const negative = neg.plain + pos.negated;
  const hedged = has(` ${text}`, HEDGES);
  if (positive > 0 && negative > 0) return 'conditional';
  if (has(text, STRONG_CONDITIONS) || CONDITION_START.test(text)) return 'conditional';
  if (positive > 0) return hedged || has(text, CONDITIONS) ? 'conditional' : 'supports';
  if (negative > 0) return hedged && neg.plain + pos.negated > 1 ? 'conditional' : 'opposes';
  if (verb !== null && ADVOCACY.includes(verb.toLowerCase())) return 'supports';
  return 'unclear';
}

const PLAN_RE = cueRe(PLAN_CUES);

/** Whether words bear on the plan or the talks on it at all (else `about: other`, left out). */
export function aboutPlan(text: string): boolean {
  PLAN_RE.lastIndex = 0;
  return PLAN_RE.test(lower(text));
}
