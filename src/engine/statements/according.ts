/**
 * "in Macron's telling", "in Rubio's words", "by her account", "in the Kremlin's view": the
 * according-to phrase with the speaker inside it as a possessor, common in analysis and wire copy.
 * The fixed list in the lexicon holds the pronoun forms of "view"/"opinion" only; a name can
 * stand in any of them, so they are found by one regex. Each is returned as an according verb
 * spanning the whole phrase, so that the speaker slot (a mention inside it) finds the possessor.
 */
const POSSESSIVE_ACCORDING =
  /(?<![\p{L}])(?:in|by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?['’]s|his|her|their)\s+(?:telling|words|account|view|reading|opinion|assessment)(?![\p{L}])/gu;

/**
 * "As Rubio put it, the plan is …", "as the chancellor put it": the speaker inside, the words
 * after the comma. Only at a clause start and with a comma after, where it cannot be an action
 * ("as he put it on the table").
 */
const AS_PUT_IT =
  /(?<![\p{L}])[Aa]s\s+(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|he|she|they|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:put it|has put it|had put it|phrased it)(?=\s*,)/gu;

export interface AccordingPhrase {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

export function possessiveAccording(text: string): AccordingPhrase[] {
  return [...text.matchAll(POSSESSIVE_ACCORDING), ...text.matchAll(AS_PUT_IT)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: m[0].toLowerCase(),
  }));
}
