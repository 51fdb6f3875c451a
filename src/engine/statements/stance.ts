import { outOfScope } from './scope';
import { CONSENT, NO_ONE_SHOULD_EXPECT, OTHERWISE, REQUIREMENT, SAFEGUARD } from './stance-rules';
import {
  dealRequirement,
  interestsMet,
  negatedOnly,
  noOneCould,
  planBenefit,
  splitVerdict,
  ultimatum,
  withoutAims,
  withoutIdioms,
  withoutOwnPosition,
} from './stance-en';
import {
  cyrillicCondition,
  cyrillicNeutral,
  cyrillicVerdict,
  CYRILLIC_OWNER_NOUN,
} from './stance-cyrillic';
import { cueRe, cues } from './stance-cues';
import { FAMILY_CONDITIONS, familyCondition, familyNeutral } from './stance-families';
import { secondFamilies } from './stance-families-s12';
import { thirdFamilies } from './stance-families-s13';
import { lacks, verdictVerb, unforecast } from './stance-en-implied';
import { CYRILLIC } from './script';
import { polarityCount } from './stance-polarity';
import type { StatementStance } from './types';
import { ADVOCACY, CONDITIONS, HEDGES, PLAN_CUES, STRONG_CONDITIONS } from './lexicon';

/**
 * Stance from cues, read with negation: a negator up to three words before a cue flips it
 * ("isn't acceptable" is negative, "not unacceptable" positive). Positive and negative together,
 * or a hedge ("some proposals") next to a polarity, is `conditional`; a strong condition ("only
 * if", "must not") is conditional on its own; no cue is `unclear` (process, prospects, procedure).
 */

/** A Latin letter: what every English rule's match holds. */
const LATIN = /[a-zA-Z]/u;
const NO_VERDICT = { positive: 0, negative: 0 } as const;

const lower = (s: string): string => s.toLowerCase().replace(/ё/gu, 'е').replace(/[’‘`]/gu, "'");

/**
 * "peace cannot be a capitulation", "не может быть ультиматумом": a negative word after a modal
 * "cannot be" is a warning against it, not praise; only other negations flip a negative cue.
 */
const MODAL_BE =
  /[^\p{L}](?:cannot|can't|must not|mustn't|should not|shouldn't|не может|не должен|не должна|не должно|не должны|не може|не повинен|не повинна|не повинно|не мають|не має)\s+(?:be|быть|бути|стать|стати)(?:\s+\p{L}{1,2})?\s*$/u;

/**
 * "If …", "Without guarantees, …", "Until …", "Поки …": the whole statement is a condition. Not
 * "если говорить о …", "якщо говорити про …", "если честно": a way of naming the topic.
 */
const CONDITION_START =
  /^\s*(?:if|unless|until|without|если|якщо|без|пока|поки|доки)\s(?!(?:говорить|говорити|казати|честно|чесно|коротко)(?![\p{L}]))|^\s*(?:[\p{L}']+\s+){0,2}(?:know|think|believe|fear|expect|знаем|знаю|думаю|считаю|знаємо|вважаю|вважаємо)\s+(?:that|что|що),?\s+(?:if|unless|если|якщо)\s/u;

/**
 * A cue at a word start; one ending in a negator ("поки не") must end there too, so that "поки
 * немає" (there is none yet) is no "until … not" condition.
 */
function has(text: string, cues: readonly string[]): boolean {
  return cues.some((c) => {
    let at = text.indexOf(c);
    while (at >= 0) {
      const startOk = at === 0 || !/\p{L}/u.test(text[at - 1]!);
      const endOk = !/\s(?:не|ні|not)$/u.test(c) || !/\p{L}/u.test(text[at + c.length] ?? ' ');
      if (startOk && endOk) return true;
      at = text.indexOf(c, at + 1);
    }
    return false;
  });
}

/**
 * "another party … will have to be a part of the equation": who must take part is procedure, not
 * a requirement on the terms; "a deal where a lot of territory has to be given up" describes what
 * a deal would demand, not the speaker's condition. Neither is a strong condition.
 */
const PARTICIPATION =
  /(?:have|has|got) to be (?:a )?part of|(?<![\p{L}])(?:where|in which)\s[^,.;:]{0,80}?(?:have|has|got) to be /gu;

/** The lexicon's strong conditions and the verdict families' demands, joined once. */
const CONDITION_CUES = [...STRONG_CONDITIONS, ...FAMILY_CONDITIONS];
/** "there should hopefully be good news", "it should probably close soon": a forecast, no demand. */
const EPISTEMIC = /should (?:hopefully|probably|likely|soon)(?![\p{L}])/gu;

/** "acceptable, but …", "готова к компромиссам, но …": an evaluation qualified by a contrast. */
const CONTRAST = /[^\p{L}](?:but|however|yet|но|однако|але|проте|втім)[^\p{L}]/u;
/** "some suit us, while others drew criticism": a split verdict on the points. */
const OTHERS =
  /[^\p{L}](?:others|other points|другие|других|другим|інші|інших|іншим)[^\p{L}]|(?:что-то|щось|кое-что)[^.]{3,80}(?:что-то|щось|кое-что)/u;

/** "refused to comment", "отказался от комментариев": no answer, not a refusal of the plan. */
const NO_COMMENT =
  /(?:refus|declin|отказ|відмов)\p{L}*\s+(?:to\s+)?(?:comment|disclose|elaborate|say|give details|от\s+коммент|від\s+коммент|коментув|комментир)\p{L}*/gu;

/** Aid to Ukraine ("military support for Ukraine", "військова підтримка"): not support of a plan. */
const AID =
  /(?:military|financial|economic|humanitarian|continued|western|international|военн\p{L}*|финансов\p{L}*|військов\p{L}*|фінансов\p{L}*)\s+(?:support|aid|поддержк\p{L}*|підтримк\p{L}*)|support (?:for|to) (?:ukraine|kyiv)|(?:поддержк|підтримк)\p{L}*\s+(?:украин|україн)\p{L}*/gu;

export function stanceOf(
  quote: string,
  verb: string | null,
  /** The speaker's party; null for a commentator; left out, every subject counts. */
  party?: string | null,
): StatementStance {
  const family = familyNeutral(outOfScope(quote, lower));
  const second = secondFamilies(family.text, party);
  // The English rules (stance-en*.ts) match nothing in a text without a Latin letter, the Russian
  // and Ukrainian ones (stance-cyrillic*.ts) nothing without a Cyrillic letter: each script is
  // looked for once and a rule set the text cannot match is not run (test/statements-stance-
  // script.spec.ts proves it of every pattern of those files).
  const english = LATIN.test(second.text);
  const neutral = english ? withoutIdioms(withoutOwnPosition(second.text)) : second.text;
  const blanked = neutral.replace(NO_COMMENT, ' ').replace(AID, ' ');
  const unblanked = CYRILLIC.test(blanked) ? cyrillicNeutral(blanked) : blanked;
  const refusals = english ? noOneCould(unblanked) : { text: unblanked, count: 0 };
  const text = refusals.text;
  // Blanking only removes letters (the English rewrites insert Latin words only where Latin
  // text matched), so the final text holds a script only if the earlier one did.
  const latin = english && LATIN.test(text);
  const cyrillic = CYRILLIC.test(text);
  const other = party === undefined ? undefined : otherParties(party);
  const { positive: positiveRe, negative: negativeRe } = cues(text);
  const pos = polarityCount(text, positiveRe, undefined, other, party);
  const neg = polarityCount(text, negativeRe, MODAL_BE, other, party);
  const met = latin ? interestsMet(text) : NO_VERDICT;
  const cyr = cyrillic ? cyrillicVerdict(text) : NO_VERDICT;
  const verdict = latin ? verdictVerb(text) : NO_VERDICT;
  const third = thirdFamilies(text, party);
  const positive =
    pos.plain +
    neg.negated +
    (latin ? planBenefit(text) + ultimatum(text) : 0) +
    met.positive +
    cyr.positive +
    verdict.positive +
    family.positive +
    second.positive +
    third.positive;
  const negative =
    neg.plain +
    pos.negated +
    (latin ? negatedOnly(text, other) + lacks(text) : 0) +
    met.negative +
    refusals.count +
    cyr.negative +
    verdict.negative +
    second.negative +
    third.negative;
  const hedged = has(` ${text}`, HEDGES);
  if (NO_ONE_SHOULD_EXPECT.test(text) || second.oneSided) return 'opposes';
  if (latin && splitVerdict(text)) return 'conditional';
  if (positive > 0 && negative > 0) return 'conditional';
  // A commentator's "should", "if" or "urged" is analysis, not a party's condition or advocacy:
  // without a verdict cue it stays unclear (party null; left out, as in unit calls, all apply).
  const setsConditions = party !== null;
  if (
    setsConditions &&
    (has(withoutAims(text.replace(PARTICIPATION, ' ').replace(EPISTEMIC, ' ')), CONDITION_CUES) ||
      familyCondition(text) ||
      second.condition ||
      third.condition ||
      family.condition ||
      (latin && dealRequirement(unforecast(text))) ||
      CONDITION_START.test(unforecast(text)) ||
      CONSENT.test(text) ||
      REQUIREMENT.test(text) ||
      SAFEGUARD.test(text) ||
      OTHERWISE.test(text) ||
      (cyrillic && cyrillicCondition(text)))
  ) {
    return 'conditional';
  }
  if ((positive > 0 || negative > 0) && OTHERS.test(` ${text} `)) return 'conditional';
  if (positive > 0) {
    const contrasted = pos.plain > 0 && CONTRAST.test(` ${text.slice(firstCue(text))} `);
    return hedged || contrasted || has(unforecast(text), CONDITIONS) ? 'conditional' : 'supports';
  }
  if (negative > 0) return hedged && neg.plain + pos.negated > 1 ? 'conditional' : 'opposes';
  if (setsConditions && verb !== null && ADVOCACY.includes(verb.toLowerCase())) return 'supports';
  return 'unclear';
}

/** Subjects that stand for a party ("Moscow", "the Ukrainians", "Киев"), by party name. */
const PARTY_SUBJECTS: Readonly<Record<string, string>> = {
  russia:
    'russia|moscow|kremlin|russians|россия|москва|кремль|росія|российская сторона|російська сторона|россияне|росіяни|кремлевские|кремлівські|российские власти|російська влада',
  ukraine:
    'ukraine|kyiv|kiev|ukrainians|украина|киев|україна|київ|украинская сторона|українська сторона|украинцы|українці',
  us: 'washington|us|united states|america|americans|сша|вашингтон|американская сторона|американська сторона|американцы|американці',
  europe: 'europe|brussels|europeans|европа|європа|брюссель|европейцы|європейці',
};

/**
 * A subject of any party but the speaker's (any party at all for a commentator); not after a
 * preposition or a mid-clause "and", where it is an object ("proposed by Kyiv and the Europeans").
 */
const otherPartiesByParty = new Map<string | null, RegExp | undefined>();

function otherParties(party: string | null): RegExp | undefined {
  // Built once per party: stance is read for every statement, and the parties are few.
  if (otherPartiesByParty.has(party)) return otherPartiesByParty.get(party);
  const re = buildOtherParties(party);
  if (otherPartiesByParty.size < 64) otherPartiesByParty.set(party, re);
  return re;
}

function buildOtherParties(party: string | null): RegExp | undefined {
  const own = party?.toLowerCase() ?? '-';
  const keys = Object.keys(PARTY_SUBJECTS).filter(
    (k) => !own.startsWith(k) && !(k === 'us' && /^(?:us|u\.s\.|united states)/u.test(own)),
  );
  if (party !== null && keys.length === Object.keys(PARTY_SUBJECTS).length) return undefined;
  const alt = keys.map((k) => PARTY_SUBJECTS[k]).join('|');
  return new RegExp(
    `(?:^|[^\\p{L}])(?<!(?<![\\p{L}])(?:by|from|with|to|for|of|against|on|at|in|that|what|с|от|для|против|від|з|проти|на|в|у)\\s+(?:the\\s+)?)(?<!\\S\\s+(?:and|и|та|і)\\s+(?:the\\s+)?)(?<!(?<![\\p{L}])${CYRILLIC_OWNER_NOUN})(?:the\\s+)?(?:${alt})(?:'s|’s)?\\s+(?:\\S+\\s+){0,20}$`,
    'u',
  );
}

/** Where the first positive cue starts: a contrast only qualifies an evaluation after it. */
function firstCue(text: string): number {
  const re = cues(text).positive;
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m?.index ?? 0;
}

const PLAN_RE = cueRe(PLAN_CUES);

/** Whether words bear on the plan or the talks on it at all (else `about: other`, left out). */
export function aboutPlan(text: string): boolean {
  PLAN_RE.lastIndex = 0;
  return PLAN_RE.test(lower(text));
}
