/**
 * English stance frames found missing on the ninth session's blind-written dev round (dev/300-311)
 * and written as mechanisms, not phrases: the mediator's own effort praised, the text's author or
 * its broker judged partial, and a requirement put on whatever deal comes out. Each is one fixed
 * regex over the lower-cased statement: linear, no nested quantifiers.
 */

/** A party's side as a mediator or author: "the united states", "president trump", "washington". */
const SIDE =
  "(?:the\\s+)?(?:united\\s+states|us|u\\.s\\.|america|americans|american\\s+side|washington|white\\s+house|trump\\s+administration|administration|president(?:\\s+[\\p{L}-]+)?|trump|[\\p{L}-]+'s|[\\p{L}-]+’s)";

/**
 * "I welcome the continued efforts of the United States to end the war", "we appreciate
 * President Trump's peace efforts", "commend Washington's engagement": praise of the broker's
 * work on a settlement is, by the annotation policy, support (of the effort, not of every point).
 * A named side is required: "welcomed the talks", "support all efforts" stay procedure
 * (scope.ts blanks those), and "support" of a side's efforts stays procedure too (unit case of an
 * earlier session; the verb backs the process, it does not praise the broker's work). A negator just before ("do not welcome") is not praise.
 */
const PRAISE =
  '(?:welcome|welcomes|welcomed|appreciate|appreciates|appreciated|commend|commends|commended|salute|salutes|applaud|applauds|applauded|praise|praises|praised|value|values|thank\\s+[\\p{L}-]+\\s+for)';
const EFFORT =
  '(?:efforts?|peace\\s+efforts?|engagement|mediation|leadership|peacemaking|diplomacy|work|initiative)';
const MEDIATOR_PRAISED = new RegExp(
  `(?<![\\p{L}])(?<!(?:not|n't|never)\\s+)${PRAISE}\\s+(?:(?:the|all|its|his|their)\\s+)?(?:(?:continued|ongoing|tireless|sincere|genuine|personal|serious|constructive|determined|intensive)\\s+)?(?:${EFFORT}\\s+(?:of|by)\\s+${SIDE}|${SIDE}(?:['’]s)?\\s+(?:(?:continued|ongoing|tireless|sincere|genuine|personal|serious|constructive|determined)\\s+)?${EFFORT})(?![\\p{L}])`,
  'u',
);

/**
 * "Witkoff fully favors the Russians", "the envoy is siding with Moscow", "the plan was laid out
 * as simply Russian input", "drafted in the Kremlin", "a Russian wish list": the text or its
 * broker judged partial to the aggressor, a rejection with no cue word. The side favoured must be
 * Russia's: "favours a quick deal" judges nothing.
 */
const RUSSIA = '(?:the\\s+)?(?:russians?|russia|moscow|the\\s+kremlin|kremlin|putin|aggressor)';
const PARTIAL = new RegExp(
  `(?<![\\p{L}])(?<!(?:not|n't|never)\\s+(?:[\\p{L}]+\\s+)?)(?:favou?rs|favou?red|favou?ring|sides\\s+with|sided\\s+with|siding\\s+with|is\\s+biased\\s+(?:toward|towards|in\\s+favou?r\\s+of)|does\\s+the\\s+bidding\\s+of|doing\\s+the\\s+bidding\\s+of|works?\\s+for|in\\s+the\\s+pocket\\s+of|carries\\s+water\\s+for|parrots?|parroting)\\s+(?:[\\p{L}]+\\s+)?${RUSSIA}(?![\\p{L}])|(?<![\\p{L}])(?:written|drafted|authored|dictated|penned|crafted|composed|ghost-?written)\\s+(?:[\\p{L}]+\\s+)?(?:by|in)\\s+${RUSSIA}(?![\\p{L}])|(?<![\\p{L}])(?:russian|kremlin|moscow's|russia's|putin's)\\s+(?:input|wish\\s*list|wishlist|talking\\s+points|playbook|script)(?![\\p{L}])`,
  'u',
);

/**
 * "a president really pushing peace worldwide", "it starts with a president who wants to end
 * this": the broker praised as a peacemaker, support of his effort. The broker must be named
 * by office (president, administration) and the aim be peace or the war's end; denied, nothing.
 */
const PEACEMAKER =
  /(?<![\p{L}])(?<!(?:not|n't|never)\s+)(?:a|an|the|this|our)\s+(?:[\p{L}-]+\s+)?(?:president|administration)\s+(?:who\s+)?(?:is\s+)?(?:(?:really|genuinely|truly|sincerely|personally)\s+)?(?:pushing|pursuing|wants\s+to\s+end|determined\s+to\s+end|committed\s+to\s+(?:ending|peace))\s+(?:peace|this|the\s+war|this\s+war|the\s+killing)(?![\p{L}])/u;

export function frames(text: string): { positive: number; negative: number } {
  return {
    positive: (MEDIATOR_PRAISED.test(text) ? 1 : 0) + (PEACEMAKER.test(text) ? 1 : 0),
    negative: PARTIAL.test(text) ? 1 : 0,
  };
}

/**
 * "whatever plan emerges has to rest on firm commitments", "any final deal must be backed by
 * force", "the agreement will have to include guarantees": a requirement put on the text that
 * comes out, so acceptance tied to it, conditional. The determiner is one that ranges over any
 * outcome ("whatever", "any", "a final", "the eventual"), not "this plan", which judges a text;
 * "setting out what any settlement would have to be" reports a topic, not a demand.
 */
const REQUIREMENT = new RegExp(
  `(?<![\\p{L}])(?<!(?:what|of)\\s+)(?:whatever|whichever|any|any\\s+final|any\\s+eventual|a\\s+final|the\\s+final|the\\s+eventual|an\\s+eventual|any\\s+future|a\\s+future)\\s+(?:[\\p{L}-]+\\s+)?(?:plan|deal|agreement|settlement|accord|framework|arrangement|peace)\\s+(?:(?:that\\s+)?(?:emerges|comes\\s+out|is\\s+agreed|is\\s+reached|is\\s+signed|we\\s+reach)\\s+)?(?:has\\s+to|must|needs\\s+to|will\\s+have\\s+to|would\\s+have\\s+to|should|cannot|can't)\\s+(?:(?:also|still|firmly|clearly)\\s+)?(?:rest|be|include|guarantee|respect|ensure|provide|protect|reflect|involve|come|address|stand|allow|leave|reward)(?![\\p{L}])`,
  'u',
);

/**
 * The same requirement as a goal or a dependence: "the goal of any peace deal is to end the war
 * justly", "the test of every settlement must be …", "progress toward any agreement depends on
 * Russia's readiness". Conditional: acceptance is tied to it. As above, the deal must range over
 * any outcome: "whether we can finalise an agreement depends on their will" is a prospect.
 */
const GOAL_OR_DEPENDENCE = new RegExp(
  `(?<![\\p{L}])(?:goal|aim|purpose|test|measure|yardstick|benchmark|point)\\s+of\\s+(?:any|every|a|the)\\s+(?:[\\p{L}-]+\\s+)?(?:deal|settlement|agreement|accord|plan|peace)\\s+(?:is|must\\s+be|should\\s+be|has\\s+to\\s+be)\\s+(?:to|that)(?![\\p{L}])|(?<![\\p{L}])(?:any|every|whatever)\\s+(?:[\\p{L}-]+\\s+)?(?:deal|settlement|agreement|accord|peace)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:depends|will\\s+depend|would\\s+depend|hinges|will\\s+hinge|is\\s+contingent|is\\s+conditional)\\s+(?:on|upon)(?![\\p{L}])`,
  'u',
);

export function requirementOnOutcome(text: string): boolean {
  return REQUIREMENT.test(text) || GOAL_OR_DEPENDENCE.test(text);
}

/**
 * A concession the plan asks for ("give up territory", a positive cue: agreeing to what the text
 * asks) governed by a rejecting frame refuses it: "it is unacceptable for us to simply give up
 * territory", "it would be a mistake to cede land"; and so does one made the subject of a bad or
 * denied outcome: "giving up territory would not bring peace", "ceding Donbas would only invite
 * another invasion". The concession is rewritten as denied ("… not give up territory"), so the
 * cue's own negation reads it as a refusal and nothing else changes; run on the lower-cased text.
 */
const CONCEDE =
  '(?:give\\s+up|giving\\s+up|cede|ceding|trade|trading|surrender|surrendering|hand\\s+over|handing\\s+over|give\\s+away|giving\\s+away)';
const REJECTING =
  '(?:unacceptable|impossible|wrong|a\\s+mistake|a\\s+grave\\s+mistake|a\\s+crime|a\\s+betrayal|out\\s+of\\s+the\\s+question|not\\s+an\\s+option|madness|absurd|unthinkable|immoral|dangerous)';
const GOVERNED = new RegExp(
  `(?<![\\p{L}])(${REJECTING}(?:\\s+for\\s+(?:us|ukraine|kyiv|[\\p{L}-]+))?\\s+to\\s+(?:(?:simply|just|then|now)\\s+)?)(?=${CONCEDE}\\s)`,
  'gu',
);
const BAD_RESULT =
  "(?:(?:will|would|could|does|did|is|'ll)\\s*(?:not|n't|never)\\s+(?:bring|lead\\s+to|end|stop|secure|guarantee|buy|deliver|make)|(?:will|would|could|'ll)\\s+(?:only\\s+|just\\s+|simply\\s+)?(?:invite|encourage|embolden|reward|endanger|set\\s+a\\s+(?:dangerous\\s+)?precedent|put\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+at\\s+risk|be\\s+(?:a\\s+)?(?:mistake|disaster|betrayal|capitulation|surrender|dangerous)))";
const SUBJECT_CONCESSION = new RegExp(
  `(?:^|(?<=[.!?;:,–—-]\\s*)|(?<=(?:that|because|but|and|warned|warns|said|says|argued|argues|insisted|insists|stressed|noted|believes|thinks|think)\\s+))\\s*(?=${CONCEDE}\\s+(?:[\\p{L}'’-]+\\s+){1,4}?${BAD_RESULT}(?![\\p{L}]))`,
  'gu',
);

/**
 * "… would not bring peace, any more than appeasing dictators did": the comparison shares the
 * main clause's verdict, but a cue in it ("appeasing") would read as negated by that clause's
 * "not". It adds nothing the main clause does not say, so it is blanked.
 */
const ANY_MORE_THAN = /(?<![\p{L}])any\s+more\s+than\s+[^.;!?]{0,120}/gu;

export function concessionsJudged(text: string): string {
  return text
    .replace(GOVERNED, '$1not ')
    .replace(SUBJECT_CONCESSION, ' not ')
    .replace(ANY_MORE_THAN, ' ');
}
