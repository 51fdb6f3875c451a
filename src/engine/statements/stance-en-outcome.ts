/**
 * English verdicts by outcome (ninth session): the text judged by what it would do. "This deal
 * will end the killing", "it would save thousands of lives" defend it; "the plan would leave
 * Ukraine defenceless", "such a deal would only invite another invasion", "it will embolden
 * Putin" fault it; a negator in the modal ("will not bring peace") turns one into the other.
 * The subject is the text, a pronoun, or signing/accepting it; the lexicon's PLAN_BENEFIT ('plan …
 * will bring') is the narrow case this generalises.
 */

const SUBJECT =
  '(?:plan|proposal|draft|deal(?!\\s+of)|framework|document|agreement|settlement|package|terms|it|this|that|which|signing\\s+(?:it|this|the\\s+\\p{L}+)|accepting\\s+(?:it|this|the\\s+\\p{L}+))';
const MODAL =
  "(?:will|would|could|can|is going to|are going to|'ll|'d|might|may|does|do|did|is|are)";
const DENY = "(?:not|n't|never|hardly)";
const ALSO = '(?:(?:only|also|simply|just|finally|actually|really|certainly)\\s+)?';

/** What a good text does: the war ended, lives saved, peace or security brought. */
const GOOD_OUTCOME =
  '(?:end|ends|stop|stops|halt|halts)\\s+(?:the|this)\\s+(?:war|killing|fighting|bloodshed|conflict|slaughter)|save\\s+(?:lives|thousands|millions|ukraine|many\\s+lives)|saves\\s+(?:lives|thousands|millions|ukraine)|(?:bring|brings|deliver|delivers|secure|secures|guarantee|guarantees)\\s+(?:a\\s+)?(?:lasting\\s+|durable\\s+|real\\s+|just\\s+)?(?:peace|stability|security)|(?:lead|leads)\\s+to\\s+(?:a\\s+)?(?:lasting\\s+|durable\\s+|real\\s+)?(?:peace|a\\s+ceasefire|an\\s+end)|(?:strengthen|strengthens|protect|protects)\\s+(?:ukraine|our\\s+security|europe)';

/** What a bad text does: a side left defenceless, aggression invited or rewarded, a new war. */
const BAD_OUTCOME =
  "(?:leave|leaves)\\s+(?:ukraine|the\\s+country|kyiv|europe|us|the\\s+ukrainians)\\s+(?:[\\p{L}-]+\\s+)?(?:defenceless|defenseless|vulnerable|exposed|weaker|less\\s+secure|at\\s+russia's\\s+mercy|at\\s+the\\s+mercy)|(?:weaken|weakens)\\s+(?:ukraine|europe|nato|our\\s+security|the\\s+alliance)|(?:invite|invites|encourage|encourages)\\s+(?:another|a\\s+new|future|further|more)\\s+(?:war|invasion|aggression|attacks?)|(?:embolden|emboldens)\\s+(?:putin|russia|moscow|the\\s+kremlin|the\\s+aggressor)|(?:lead|leads|amount|amounts)\\s+to\\s+(?:a\\s+)?(?:capitulation|surrender|another\\s+war|a\\s+new\\s+war|defeat|disaster)|(?:undermine|undermines)\\s+(?:our|ukraine's|europe's|european|transatlantic)\\s+security|(?:freeze|freezes)\\s+the\\s+(?:conflict|war)";

function outcome(what: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}])(?<!(?:of|from|to|with|than|about)\\s+(?:the\\s+)?)${SUBJECT}\\s+(?:[\\p{L}'’-]+\\s+)?${MODAL}\\s*(${DENY}\\s+)?${ALSO}(?:${what})(?![\\p{L}])`,
    'gu',
  );
}

const GOOD = outcome(GOOD_OUTCOME);
const BAD = outcome(BAD_OUTCOME);

export function outcomes(text: string): { positive: number; negative: number } {
  let positive = 0;
  let negative = 0;
  for (const m of text.matchAll(GOOD)) {
    if (m[1]) negative++;
    else positive++;
  }
  for (const m of text.matchAll(BAD)) {
    if (m[1]) positive++;
    else negative++;
  }
  return { positive, negative };
}

/**
 * Rhetorical questions that fault the text: "How does limiting Ukraine's army make anyone
 * safer?", "Why should Ukraine give up land it still holds?", "What kind of peace is that?",
 * "Who would sign such terms?". Each asks what the speaker holds to be false, so it is a refusal.
 * Anchored at a sentence start; questions that ask for information ("How will the deal be
 * monitored?") name no benefit, duty or text to doubt, and stay unread.
 */
const RHETORICAL =
  /(?:^|(?<=[.!?]\s))\s*(?:how\s+(?:does|do|would|will|is|can|could)\s+[^?.!]{3,120}?(?:make|makes|increase|increases|help|helps|serve|serves|bring|brings|strengthen|strengthens)\s[^?.!]{0,80}?(?:safer|peace|security|interests?|stronger|justice)|why\s+(?:should|would|must)\s+(?:ukraine|kyiv|we|ukrainians|europe|anyone)\s+(?:accept|give\s+up|cede|surrender|trust|reward|sign|agree)|what\s+kind\s+of\s+(?:peace|deal|plan|agreement|settlement)\s+(?:is|would|will)|who\s+(?:would|could|will|can)\s+(?:ever\s+)?(?:accept|sign|trust|agree\s+to))[^?]{0,160}\?/gu;

export function rhetoricalFaults(text: string): number {
  return [...text.matchAll(RHETORICAL)].length;
}
