/**
 * "Вимогу "нейтрального статусу" Мережко назвав для Києва неприйнятною: це неможливо …": Russian
 * and Ukrainian put the object of "назвал/назвав" first, the label after the verb, and may add a
 * colon that explains the label. The reported words are the whole clause, not what follows the
 * colon. Returns where they start, or null when the verb is no Cyrillic "назвать".
 */
const CALLED_CYR = /^назва(?:л|ла|ли|в)$/u;

export function calledStart(
  text: string,
  verbWord: string,
  sentenceStart: number,
  slotStart: number,
  from: number,
): number | null {
  if (!CALLED_CYR.test(verbWord)) return null;
  // Object first ("Вимогу … Мережко назвав"): from the sentence start; else right after the verb.
  return /\p{L}/u.test(text.slice(sentenceStart, slotStart)) && slotStart < from
    ? sentenceStart
    : from;
}
