/**
 * Stance rules that need more than a cue word: negation over a list of verbs or through a modal
 * ("not able in any form to compromise"), consent and requirements ("only Ukrainians can
 * decide", "the main thing is that …"), and cues inside someone else's reported claim. Each is
 * one fixed regex over a short window before the cue or over the statement: linear, bounded.
 */

/** Clause breaks for the look-back before a cue; `WITH_END` also stops at ! and ?. */
export const CLAUSE_BREAK = /[,;:.—–]/u;
export const CLAUSE_BREAK_WITH_END = /[,;:.!?—–]/u;

/**
 * The clause that leads up to offset `at`: the text at most `reach` characters before it, from
 * the last clause break on. The window keeps every look-back bounded, however long the quote.
 */
export function clauseBefore(text: string, at: number, reach: number, breaks: RegExp): string {
  return (
    text
      .slice(Math.max(0, at - reach), at)
      .split(breaks)
      .pop() ?? ''
  );
}

/**
 * "will not at any moment subscribe to, agree to, or even be content with", "не будем ни
 * подписывать, ни принимать": one negator governs a list of verbs. The cue is negated when a
 * negator opens its clause and only short list items, joined by commas and "or"/"nor"/"ни",
 * stand between them (no contrast word, no new subject; "не тисне на агресора, а натомість
 * зв'язує руки": the "а" of "not A but B" asserts B).
 */
const LIST_NEGATOR =
  /(?:^|[^\p{L}])(?:not|never|cannot|can't|won't|will not|не|ні|ни)(?![\p{L}])((?:[^,;:.!?—–]{0,40},\s*(?:or\s+|nor\s+|and\s+|ни\s+|ні\s+|ані\s+|или\s+|чи\s+)?(?:even\s+|даже\s+|навіть\s+)?){1,4})[^,;:.!?—–]{0,25}$/u;
const LIST_BREAK =
  /[^\p{L}](?:but|yet|however|но|однако|але|проте|а|натомість|зато|we|they|he|she|it|мы|они|ми|вони)[^\p{L}]/u;

export function listNegated(text: string, at: number): boolean {
  const m = LIST_NEGATOR.exec(text.slice(Math.max(0, at - 120), at));
  return m !== null && !LIST_BREAK.test(` ${m[0]} `);
}

/**
 * "We are not able in any form to compromise", "не готовы идти на …", "not willing to sign": a
 * negator before a modal of ability or readiness reaches the cue a few words after it.
 */
const MODAL_NEGATOR =
  /(?:^|[^\p{L}])(?:not|never|no longer|cannot|can't|won't|не|ні)\s+(?:\p{L}+\s+){0,2}(?:able|ready|willing|prepared|going|allowed|готов\p{L}*|готові|в состоянии|в змозі|намерен\p{L}*|збира\p{L}*|forced|pressured|compelled)\s+(?:\p{L}+\s+){0,4}$/u;

export function modalNegated(before: string): boolean {
  return MODAL_NEGATOR.test(` ${before}`);
}

/**
 * "only Ukrainians can decide", "Europe alone could decide", "вирішувати можуть лише українці":
 * a point needs someone's consent, which the annotation policy reads as conditional.
 */
export const CONSENT =
  /(?:^|[^\p{L}])(?:only|alone)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:can|could|may|will|should)\s+(?:decide|make decisions|choose|determine)|(?:can|could|may)\s+(?:only\s+)?be\s+(?:taken|made|decided)\s+only|(?:лише|тільки|только|лишь)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:може|можуть|может|могут|вправі|вправе)\s+(?:виріш|реш|ухвал|прийм|прин)/u;

/**
 * "the main thing is that it works for Ukraine", "головне — щоб він працював", "мой приоритет —
 * чтобы …", "needs Ukrainians and Europeans on board": a requirement on the plan, conditional.
 * "the point was to make sure that the steps … are effective": the aim set for the text, too.
 * (A bare "requires … involvement" was tried and left out: it misread procedure as a condition.)
 */
export const REQUIREMENT =
  /(?:^|[^\p{L}])(?:the main thing|main thing|priority|головне|главное|пріоритет|приоритет)\s*(?:is|—|–|-|,|:)?\s*(?:that|щоб|чтобы|аби)\s|(?:needs?|must)\s+(?:also\s+)?(?:[\p{L}-]+\s+){0,4}?(?:on board|agree to|consent)|(?:^|[^\p{L}])(?:the|our|my)\s+(?:point|goal|aim|task|purpose)\s+(?:is|was|has been)\s+to\s+(?:make sure|ensure|guarantee)(?![\p{L}])/u;

/**
 * "the wording that Putin rejected the plan", "сообщения о том, что Москва отвергла": a cue inside
 * a claim the speaker reports (often to deny it) is not the speaker's verdict.
 */
export const REPORTED_CLAIM =
  /(?:reports?|claims?|suggestions?|allegations?|wording|formulation|сообщени\p{L}*|утверждени\p{L}*|формулировк\p{L}*|повідомлен\p{L}*|твердженн\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:that|о том,? что|про те,? що|что|що)\s+(?:[^,;.]{0,60})$/u;

/**
 * "will not sign or approve anything that contradicts Ukraine's interests", "ничего, что
 * противоречит интересам": a refusal limited to what harms the speaker's side is acceptance on a
 * condition, not a rejection of the plan.
 */
export const SAFEGUARD =
  /(?:^|[^\p{L}])(?:nothing|anything|нічого|ничего)\s*,?\s*(?:that|which|що|что)\s+(?:contradicts?|goes against|runs counter|суперечить|суперечило|противоречит|противоречило)/u;

/**
 * "Мы не можем выйти за эти рамки, иначе никакой договоренности не будет": a clause after ",
 * иначе"/", інакше" states what follows if the condition fails. At a quote's start ("Інакше я не
 * можу пояснити …") the word is a rhetorical "or else", so only the mid-sentence form counts.
 */
export const OTHERWISE = /\p{L}\s*,\s*(?:иначе|інакше)\s/u;

/**
 * "no one should count on us giving up territory", "ніхто не повинен розраховувати на те, що ми
 * поступимося": telling everyone not to expect a concession refuses it, even inside "as long as
 * …" or next to a "must", which alone would read as a condition.
 */
export const NO_ONE_SHOULD_EXPECT =
  /(?:^|[^\p{L}])(?:no one|nobody|никто|ніхто)\s+(?:should|must|can|не должен|не может|не повинен|не має|не може)\s+(?:count on|expect|rely on|рассчитывать|розраховувати|сподіватися|надеяться|ожидать|очікувати)/u;

/**
 * "they say the plan is acceptable", "he may agree to something less": an English third person
 * is someone the speaker reports on, not the speaker's side (which says "we"), so a cue in that
 * clause is theirs. Not the first or second word of the text: in reported speech ("He called the
 * text ambitious", "said he would not sign") that pronoun is the speaker. Cyrillic он/они/він/вони
 * stay out: they are as often "it" and "they" for a plan and its points.
 */
const THIRD_PERSON =
  /(?:^|[^\p{L}'’])(?<!(?:by|from|with|to|for|of|against|on|at|and)\s+)(?:he|she|they)(?:'s|’s)?\s+(?:\S+\s+){0,20}$/u;

export function thirdPersonCue(text: string, clause: string, at: number): boolean {
  const m = THIRD_PERSON.exec(clause);
  if (m === null) return false;
  const before = text.slice(0, at - clause.length + m.index).trim();
  return before.split(/\s+/u).filter(Boolean).length >= 2;
}
