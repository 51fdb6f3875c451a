import { CLAUSE_BREAK_WITH_END, clauseBefore } from './stance-rules';
import { criticsFaulted, withoutPushModal } from './stance-en-advocacy';
import { EN_CONDITIONS } from './stance-en-cues';
import { faultsUnnegated, termsSet } from './stance-en-terms';
import { requirementOnOutcome } from './stance-en-frames';
import { escapeRegExp } from '../text/regexp';
/**
 * English stance readings that a cue word alone misses (seventh session, found on dev/001–046:
 * most wrong stances were a verdict read as `unclear`). Each is one fixed regex over the
 * lower-cased statement or a short window before a cue: linear, no nested quantifiers.
 */

const NOUNS =
  'points?|proposals?|provisions?|clauses?|elements?|parts?|issues?|ideas?|aspects?|areas?|things|terms|demands?|items?';

/**
 * "some points could be agreed, but others cannot", "certain points were viewed positively, and
 * certain points were marked as unacceptable", "many good ideas …, several areas that are very
 * problematic": a split verdict on the points, which the annotation policy calls conditional
 * even when the words for "agreed" or "viewed positively" are no cue on their own.
 */
const SPLIT_VERDICT = new RegExp(
  `(?<![\\p{L}])(?:some|certain|many)\\s+(?:of\\s+the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${NOUNS})(?![\\p{L}])[^.;?!]{3,140}?(?<![\\p{L}])(?:others|other\\s+(?:${NOUNS})|(?:some|certain|several)\\s+(?:[\\p{L}-]+\\s+)?(?:${NOUNS}))(?![\\p{L}])`,
  'u',
);

/**
 * "some of the proposals were unacceptable", "several points are problematic": a rejection
 * limited to part of the text leaves the rest acceptable, so it is conditional, not opposes.
 */
const PARTIAL_REJECTION = new RegExp(
  `(?<![\\p{L}])(?:some|certain|several|a number of|a few)\\s+(?:of\\s+the\\s+)?(?:[\\p{L}-]+\\s+)?(?:${NOUNS})\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:unacceptable|problematic|objectionable|unworkable|need(?:s|ed)? to be (?:changed|revised|removed|improved))`,
  'u',
);

/**
 * Requirements on every deal: "any peace settlement needs to strengthen our security", "in any
 * peace agreement, we have to …", "a deal could not be implemented without the EU", "no peace
 * without guarantees", "ready to work on it despite some reservations", "Ukraine needs strong
 * guarantees", "would not sign a document that contradicts Ukraine's interests" (a refusal limited
 * to what harms the speaker's side, as SAFEGUARD in stance-rules.ts). Conditional.
 */
const DEAL_REQUIREMENT =
  /(?<![\p{L}])(?<!what\s+)(?:any|every)\s+(?:[\p{L}-]+\s+){0,2}?(?:settlement|deal|agreement|plan|accord|peace)\s+(?:[\p{L}-]+\s+){0,3}?(?:needs? to|has to|will have to|would have to|requires?)(?![\p{L}])|(?<![\p{L}])in any (?:[\p{L}-]+\s+)?(?:agreement|deal|settlement|accord)(?![\p{L}])|(?<![\p{L}])(?:not|cannot|can't|could not|couldn't|won't|will not|would not|no)\s+(?:[\p{L}-]+\s+){0,4}?without\s|(?<![\p{L}])requires?\s+(?:a\s+)?(?:full\s+)?(?:involvement|consent|approval|participation)(?![\p{L}])|(?<![\p{L}])subject to(?![\p{L}])|[.!?]\s+(?:if|unless|only if)\s(?!(?:i|you)\s+(?:were|was|had)\s)|(?<![\p{L}])(?:not|never|won't|will not|would not)\s+(?:[\p{L}-]+\s+){0,3}?(?:a|any)\s+(?:[\p{L}-]+\s+)?(?:that|which)\s+(?:contradicts?|goes against|runs counter|harms?|undermines?)(?![\p{L}])|(?<![\p{L}])(?:needs?|requires?|must (?:have|get|receive)|demands?|insists? on)\s+(?:[\p{L}-]+\s+){0,3}?guarantees?(?![\p{L}])|(?<![\p{L}])(?:despite|with|have|has|had|expressed)\s+(?:some|certain|serious|strong)?\s*reservations(?![\p{L}])/u;

/**
 * "the plan is designed to save Ukraine from losing more land", "this settlement will bring major
 * economic benefits", "the framework would provide full security guarantees": the text described
 * by what it gives, a defence of it. Read as a positive cue (a contrast or hedge still qualifies).
 */
const PLAN_BENEFIT =
  /(?<![\p{L}])(?:plan|deal|framework|settlement|agreement|proposal|draft|package)\s+(?:[\p{L}'-]+\s+){0,3}?(?:is|was)?\s*(?:designed to|(?:will|would)\s+(?:also\s+)?(?:bring|provide|give|save|guarantee)|brings|provides|gives|guarantees|focuses on giving|includes things)(?![\p{L}])/u;

export function splitVerdict(text: string): boolean {
  return SPLIT_VERDICT.test(text) || PARTIAL_REJECTION.test(text);
}

/** stance-en-cues.ts's condition words, at a word start. */
const MORE_CONDITIONS = new RegExp(
  `(?<![\\p{L}])(?:${EN_CONDITIONS.map(escapeRegExp).join('|')})`,
  'u',
);

export function dealRequirement(text: string): boolean {
  return (
    DEAL_REQUIREMENT.test(text) ||
    MORE_CONDITIONS.test(text) ||
    termsSet(text) ||
    requirementOnOutcome(text)
  );
}

export function planBenefit(text: string): number {
  return PLAN_BENEFIT.test(text) ? 1 : 0;
}

/**
 * "the bloodshed must be stopped", "we have to end this war": an aim, not a condition on the
 * plan; "Ukraine should not be forced to cede land": a refusal (the negated cue counts), not a
 * condition; "negotiations must be done in silence": how to talk, procedure. Blanked before the strong conditions ("must", "should") are looked for.
 */
const AIM =
  /(?<![\p{L}])(?:should|must)\s+not\s+be\s+(?:forced|pressured|compelled)(?![\p{L}])|(?<![\p{L}])(?:talks|negotiations|contacts|discussions|meetings?|dialogue)\s+(?:[\p{L}-]+\s+){0,4}?(?:should|must|has to|have to|needs? to)\s+(?:be\s+)?["“”']?(?:held|done|conducted|carried out|continued?|take place|happen|go on)(?![\p{L}])|(?<![\p{L}])(?:war|bloodshed|killing|killings|fighting|aggression|conflict)\s+(?:must|should|has to|needs to|have to)\s+(?:be\s+)?(?:stopped|ended|stop|end)(?![\p{L}])|(?<![\p{L}])(?:must|should|have to|has to|need to|needs to)\s+(?:stop|end)\s+(?:the|this)\s+(?:war|bloodshed|killing|fighting|conflict)(?![\p{L}])/gu;

/**
 * "Our position is practical, realistic, and fair": praise of the speaker's own line, which is
 * set against the plan, not a verdict on it; blanked before the cues are counted ("our position
 * was finally heard" is the text meeting it, and stays).
 */
const OWN_POSITION =
  /(?<![\p{L}])(?:our|my)\s+(?:position|stance|approach)\s+(?:is|was|remains)\s+(?!(?:(?:finally|now|fully|not|being)\s+)*(?:heard|reflected|taken|respected|accepted)(?![\p{L}]))[^.;!?]{0,80}/gu;

export function withoutOwnPosition(text: string): string {
  return text.replace(OWN_POSITION, ' ');
}

/**
 * "Does that mean it must be accepted?": a modal inside a question sets no condition. Matches
 * start only where a sentence does (as the leftmost match would): unanchored, the run was retried
 * from every position of a long quote.
 */
const QUESTION = /(?<=^|[.!?])[^.!?]*\?/gu;

export function withoutAims(text: string): string {
  return withoutPushModal(text)
    .replace(AIM, ' ')
    .replace(MORE_AIMS, ' ')
    .replace(PROCESS_AIMS, ' ')
    .replace(QUESTION, ' ');
}

/**
 * Process talk with a modal (eighth session, unseen English): "the international community must
 * act now", "we have to be at the negotiating table", "levers it must use in the talks", "the envoy
 * should come from a bigger country", "we should have a say", and regret ("we should have started it
 * earlier"). Who acts, sits or mediates, or what was missed, sets no terms for the plan.
 */
const PROCESS_AIMS =
  /(?<![\p{L}])(?:must|should|has to|have to|needs? to)\s+(?:act(?=\s+now|\s+quickly|\s+together|\s*[,.;]|\s+to\s)|use|come\s+from|have\s+(?:a\s+say|a\s+seat|a\s+voice)|have\s+(?:been\s+)?\p{L}+(?:ed|en|un)|be\s+(?:at|around|present\s+at)\s+(?:the|that|this)\s+(?:[\p{L}-]+\s+)?table)(?![\p{L}])/gu;

/**
 * More aims that a "must" states without setting terms for the plan: "Ukraine must pursue peace
 * as soon as possible", "captives must be brought home", "we must prepare for the moment when
 * peace comes". Each wants an outcome or readies the speaker's own side; none is a condition.
 */
const MORE_AIMS =
  /(?<![\p{L}])(?:must|should|has to|have to|needs? to)\s+(?:(?:pursue|seek|achieve|reach|secure)\s+(?:a\s+)?(?:just\s+|lasting\s+|durable\s+)?peace|(?:be\s+)?(?:brought|come|return|returned|go)\s+home|(?:prepare|be\s+prepared|get\s+ready)\s+for)(?![\p{L}])/gu;

/**
 * "it would be wrong to claim that Putin had rejected the plan", "denied that Moscow rejected":
 * a cue inside a claim the speaker denies is not the speaker's verdict (as REPORTED_CLAIM).
 */
const DENIED_CLAIM =
  /(?:wrong|incorrect|false|untrue|inaccurate|mistaken|not true)\s+to\s+(?:say|claim|suggest|assert|report|state)\s+(?:that\s+)?[^,;.]{0,60}$|(?:deni(?:es|ed)|deny|denying)\s+(?:reports?\s+|claims?\s+)?that\s+[^,;.]{0,60}$/u;

export function deniedClaim(clause: string): boolean {
  return DENIED_CLAIM.test(clause);
}

/**
 * Words that take no position when plain ("a search for compromise", "constructive talks",
 * "the points agreed") but refuse when negated: "not able in any form to compromise", "does not
 * seem to be constructive at all", "did not contain one single concession", "others cannot be
 * agreed". A negator up to six words before, in the same clause; "no compromise has been reached
 * (yet)" reports progress, not a refusal, so a following "reached/found/yet" drops it.
 */
const NEGATED_ONLY =
  /(?<![\p{L}])(?:compromise|concessions?|constructive|credible|be agreed|changed (?:its|our|their) (?:stance|position))(?![\p{L}])/gu;
export const NEAR_NEGATOR =
  /(?<![\p{L}])(?:not|no|never|cannot|nothing|none|neither|nor)(?![\p{L}])|n't(?![\p{L}])/u;
const PROGRESS_AFTER = /^[^,;:.!?—–]*?(?<![\p{L}])(?:reached|found|achieved|yet)(?![\p{L}])/u;

export function negatedOnly(text: string, otherSubject?: RegExp): number {
  let n = 0;
  for (const m of text.matchAll(NEGATED_ONLY)) {
    const clause = clauseBefore(text, m.index, 60, CLAUSE_BREAK_WITH_END);
    // "Russia is not willing to make any compromise" from a European: a report of another
    // party's refusal, not the speaker's (as for the plain cues in stance.ts).
    if (otherSubject?.test(` ${clause}`)) continue;
    const words = clause.trim().split(/\s+/u).slice(-6).join(' ');
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (NEAR_NEGATOR.test(words) && !PROGRESS_AFTER.test(after)) n++;
  }
  return n;
}

/**
 * "we want Kyiv to accept", "I urge both sides to sign": the speaker's own push for the text,
 * not someone else's open question ("expects Russia to accept" stays skipped in stance.ts);
 * "Ukraine should not be forced to cede": the speaker's norm, not a report of Kyiv's position.
 */
const OWN_PUSH =
  /(?:^|[^\p{L}])(?:we|i)\s+(?:[\p{L}']+\s+){0,2}?(?:expect|want|urge|call on|ask|need)\s+(?:[\p{L}'-]+\s+){0,3}?to\s+(?:[\p{L}]+\s+)?$|(?:^|[^\p{L}])(?:should|must|ought to)\s+not\s+be\s+(?:forced|pressured|compelled)\s+(?:to|into)\s+$/u;

/** The speaker's own side as a subject ("Washington expects Kyiv to agree" from a US official). */
const OWN_SIDE: Readonly<Record<string, string>> = {
  us: 'washington|the united states|the us|the administration|the white house',
  russia: 'moscow|the kremlin|russia',
  ukraine: 'kyiv|ukraine',
  europe: 'europe|brussels|the eu|the europeans',
};

function ownSide(party: string | null | undefined): RegExp | null {
  const own = (party ?? '').toLowerCase();
  const key = Object.keys(OWN_SIDE).find((k) => own.startsWith(k));
  if (key === undefined) return null;
  return new RegExp(
    `(?:^|[^\\p{L}])(?:${OWN_SIDE[key]})\\s+(?:[\\p{L}']+\\s+)?(?:expects?|wants?|urges?|is pushing|pushed|pressed|asked)\\s+(?:[\\p{L}'-]+\\s+){0,3}?to\\s+(?:[\\p{L}]+\\s+)?$`,
    'u',
  );
}

export function ownPush(before: string, party?: string | null): boolean {
  return OWN_PUSH.test(` ${before}`) || (ownSide(party)?.test(` ${before}`) ?? false);
}

/** "it's time for them to either say 'yes' or …": an ultimatum to take the text, advocacy. */
const TIME_TO_ACCEPT =
  /(?<![\p{L}])time for (?:[\p{L}]+\s+){1,3}?to (?:either )?(?:say\s+['"‘’“]?yes|accept|agree|sign)(?![\p{L}])/u;

export function ultimatum(text: string): number {
  return TIME_TO_ACCEPT.test(text) ? 1 : 0;
}

/**
 * "the current version already reflects most of Ukraine's priorities", "the Russian position was
 * finally being heard", "it takes our interests into account": a party's interests met by the
 * text, support; with a negator in or just before it ("does not reflect our interests"),
 * opposition.
 */
const INTERESTS_MET =
  /(?<![\p{L}])(?:reflects?|reflected|reflecting|takes? into account|took into account|accommodates?)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:priorities|interests|position|positions|concerns)(?![\p{L}])|(?<![\p{L}])(?:position|positions|interests|concerns|priorities)\W+(?:[\p{L}'’-]+\s+){0,2}?(?:is|are|was|were|has been|have been)[\s"“”]+(?:not\s+)?(?:finally\s+|now\s+|fully\s+)?(?:being\s+)?(?:heard|reflected|taken into account|respected)(?![\p{L}])/gu;

export function interestsMet(text: string): { positive: number; negative: number } {
  let positive = 0;
  let negative = 0;
  for (const m of text.matchAll(INTERESTS_MET)) {
    const clause = clauseBefore(text, m.index, 60, CLAUSE_BREAK_WITH_END);
    const words = clause.trim().split(/\s+/u).slice(-6).join(' ');
    if (NEAR_NEGATOR.test(words) || NEAR_NEGATOR.test(m[0])) negative++;
    else positive++;
  }
  return { positive, negative };
}

/**
 * "nothing any Ukrainian president could ever sign", "no government in Europe would accept
 * this": a negated subject several words before the modal refuses the text for everyone. The
 * plain negator look-back (three words) does not reach it, and "sign" alone is no cue. "This is
 * not a plan we could ever sign" refuses the same way.
 */
const NO_ONE_COULD =
  /(?<![\p{L}])(?:nothing|no one|nobody|no(?!\s+(?:doubt|matter|wonder))|not\s+(?:a|an|the)(?=\s+(?:[\p{L}-]+\s+)?(?:plan|deal|document|text|agreement|settlement|proposal|framework|peace)\s))\s+(?:[\p{L}'’-]+\s+){0,4}?(?:could|would|can|will)\s+(?:ever\s+|possibly\s+|really\s+)?(?:sign|accept|agree to|support|endorse|swallow|live with)(?![\p{L}])/gu;

/** The text with each such refusal blanked (its "accept" is no approval), and their count. */
export function noOneCould(text: string): { text: string; count: number } {
  let count = 0;
  const rest = text.replace(NO_ONE_COULD, () => {
    count++;
    return ' ';
  });
  return { text: rest, count };
}

/**
 * "made the impossible possible": praise of a deal-maker, no refusal; "it is still impossible to
 * find common ground there": how far the talks have got (progress, which the policy reads as
 * unclear), not a verdict on the text. Blanked before the cues are counted.
 */
const NOT_A_VERDICT =
  /(?<![\p{L}])(?:make|makes|made|making)\s+the\s+impossible\s+possible(?![\p{L}])|(?<![\p{L}])impossible\s+to\s+(?:find|establish|reach|achieve)\s+(?:a\s+|any\s+)?(?:common ground|rapprochement|consensus|agreement|compromise)(?![\p{L}])/gu;

export function withoutIdioms(text: string): string {
  return faultsUnnegated(criticsFaulted(text.replace(NOT_A_VERDICT, ' ')));
}
