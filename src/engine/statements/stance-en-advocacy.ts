/**
 * English advocacy of the text (ninth session). Supporters of a plan rarely say "I support it";
 * they tell others to take it ("Kyiv should accept the deal", "Europe has to get behind this
 * plan", "it should be acceptable to both sides") or defend it against its critics ("every
 * criticism of the framework misunderstands it"). The modal in such a push read as a condition
 * and the critics' "criticism" as a fault, so supporters came out `conditional` or `opposes`.
 */

const TEXT =
  '(?:plan|proposal|proposals|draft|deal(?!\\s+of)|framework|document|text|initiative|blueprint|roadmap|agreement|settlement|package|offer|terms|version|peace plan)';
const OBJECT = `(?:it|this|that|(?:the|this|that|our|his|their|trump's|washington's|america's|the\\s+us|the\\s+american|the\\s+president's)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${TEXT})(?![\\p{L}])`;
const MODAL =
  '(?:should|must|ought to|has to|have to|needs? to|had better|will have to|would have to|would do well to)';
const TAKE =
  '(?:accept|support|sign|endorse|back|embrace|agree to|approve|take|seize|grab|say yes to|get behind|go along with|sign on to)';

/**
 * "Ukraine should accept the deal", "they must not sign this", "Europe has to get behind the plan":
 * the group holds "not" when the push is against the text.
 */
const PUSH = new RegExp(
  `(?<![\\p{L}])${MODAL}\\s+(?:(?:just|simply|now|quickly|seriously|also|fully|all|finally)\\s+)?(not\\s+)?${TAKE}\\s+${OBJECT}|(?<![\\p{L}])(?:should|must|ought to)\\s+be\\s+(?:(?:perfectly|fully|quite)\\s+)?acceptable\\s+(?:to|for)(?![\\p{L}])`,
  'gu',
);

/** The modal of a push, blanked before conditions are looked for: a push sets no terms. */
const PUSH_MODAL = new RegExp(
  `(?<![\\p{L}])${MODAL}(?=\\s+(?:(?:just|simply|now|quickly|seriously|also|fully|all|finally)\\s+)?(?:not\\s+)?${TAKE}\\s+${OBJECT})|(?<![\\p{L}])(?:should|must|ought to)(?=\\s+be\\s+(?:(?:perfectly|fully|quite)\\s+)?acceptable\\s+(?:to|for)(?![\\p{L}]))`,
  'gu',
);

/** The push's weight: +1 for each push to take the text, -1 for each push against it. */
export function advocacy(text: string): { positive: number; negative: number } {
  let positive = 0;
  let negative = 0;
  for (const m of text.matchAll(PUSH)) {
    if (m[1]) negative++;
    else positive++;
  }
  return { positive, negative };
}

export function withoutPushModal(text: string): string {
  return text.replace(PUSH_MODAL, ' ');
}

/**
 * "every criticism of the peace framework misunderstands it", "critics of the plan are wrong",
 * "attackers of the Peace Plan … benefit from an endless war": the speaker defends the text by
 * faulting its critics. Rewritten to "defended the plan" (a verdict verb in
 * stance-en-implied.ts) so that the critics' "criticism" no longer reads as the speaker's fault.
 */
const CRITICS_WRONG = new RegExp(
  `(?<![\\p{L}])(?:every\\s+|all\\s+the\\s+|the\\s+)?(?:critics|criticism|criticisms|attackers|detractors|opponents|naysayers|skeptics|sceptics)\\s+of\\s+(?:the\\s+|this\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${TEXT}(?![\\p{L}])[^.;!?]{0,100}?(?<![\\p{L}])(?:misunderstand|misstate|misrepresent|mischaracteri[sz]e|distort|are wrong|is wrong|were wrong|have not read|haven't read|benefit from|profit from|want the war|want war)\\p{L}*`,
  'gu',
);

export function criticsFaulted(text: string): string {
  return text.replace(CRITICS_WRONG, ' defended the plan ');
}
