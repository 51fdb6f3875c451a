import { CLAUSE_BREAK_WITH_END, clauseBefore } from './stance-rules';

/**
 * English terms and refusals of terms (ninth session), as general frames: a condition said with
 * "only with", "nothing … without", "possible once …", "agree only to a deal that …"; the
 * speaker's refusal of a concession the plan asks for ("we will not trade our territory", "never
 * hand over our land"); and faults whose negation still faults ("we will not reward aggression",
 * "borders cannot be changed by force").
 */

/**
 * "only with guarantees", "nothing about Ukraine without Ukraine", "a settlement is possible once
 * the root causes are addressed", "we will sign only a deal that guarantees our sovereignty".
 */
const TERMS =
  /(?<![\p{L}])only\s+(?:with|in exchange for|on the basis of|on condition)(?![\p{L}])|(?<![\p{L}])(?:nothing|none|no decisions?)\s+(?:[\p{L}'’-]+\s+){0,4}?without\s|(?<![\p{L}])(?:possible|achievable|feasible|realistic|attainable)\s+(?:only\s+)?(?:once|when|after|if|provided)(?![\p{L}])|(?<![\p{L}])(?:agree to|accept|sign|support|back|endorse)\s+(?:only\s+)?(?:a|any|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|settlement|peace|plan|document)\s+(?:that|which)\s+(?:guarantees?|ensures?|protects?|respects?|preserves?|secures?|takes?\s+into\s+account|reflects?)(?![\p{L}])/u;

export function termsSet(text: string): boolean {
  return TERMS.test(text);
}

/**
 * A concession the plan asks of a side, named as such: "trade our territory", "cede its land",
 * "withdraw our troops from Donbas", "hand over the regions". Only its refusal counts (a negator
 * up to six words before, in the clause): plain, it may be the plan described.
 */
const CONCESSION =
  /(?<![\p{L}])(?:give\s+up|giving\s+up|cede|ceding|trade|trading|surrender|surrendering|hand\s+over|handing\s+over|give\s+away|giving\s+away|relinquish|relinquishing|withdraw|withdrawing|pull\s+out|pulling\s+out|abandon|abandoning)\s+(?:from\s+|of\s+)?(?:(?:our|its|their|any|the|this|these|those|ukrainian|ukraine's|a\s+single|one)\s+)?(?:own\s+)?(?:territory|territories|land|lands|donbas|donbass|crimea|regions?|sovereignty|independence|troops|forces|army|positions|soil|cities|people)(?![\p{L}])/gu;

/** As NEAR_NEGATOR in stance-en.ts (not imported: stance-en.ts imports this file). */
const NEGATOR =
  /(?<![\p{L}])(?:not|no|never|cannot|nothing|none|neither|nor)(?![\p{L}])|n't(?![\p{L}])/u;

export function refusedConcessions(text: string): number {
  let n = 0;
  for (const m of text.matchAll(CONCESSION)) {
    const clause = clauseBefore(text, m.index, 60, CLAUSE_BREAK_WITH_END);
    if (NEGATOR.test(clause.trim().split(/\s+/u).slice(-6).join(' '))) n++;
  }
  return n;
}

/**
 * Faults whose negation is still a fault: "we will not reward aggression", "borders cannot be
 * changed by force", "we cannot legitimise the occupation", "Europe will never betray Ukraine".
 * The negator is blanked, so the fault reads plain: refusing to reward, legitimise or betray is
 * refusing the terms that would. A "must" before it stays, and with it the condition ("assurances
 * must not reward Putin's conduct" sets terms for any deal). Only a negated modal refuses: "this is
 * not appeasement", "the plan does not reward aggression" defend the text, and keep their flip.
 */
const NEGATED_FAULT =
  /(?:(?<=(?:will|would|shall|must|should|can|could|'ll)\s+)(?:not|never)|(?<![\p{L}])(?:won't|wouldn't|cannot|can't))(?=\s+(?:[\p{L}'’-]+\s+){0,3}?(?:reward(?:s|ing)?\s+(?:the\s+)?(?:aggress|russia|putin|moscow)|legitimi[sz]|appeas|punish(?:es|ing)?\s+(?:the\s+victim|ukraine)|be\s+(?:changed|redrawn|moved)\s+by\s+force|betray|sell\s+out))/gu;

export function faultsUnnegated(text: string): string {
  return text.replace(NEGATED_FAULT, ' ');
}
