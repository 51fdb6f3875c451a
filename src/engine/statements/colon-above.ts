import { CYRILLIC } from './script';
import type { Salience, Speaker } from './attribution';
import type { Paragraph, Quote, Sentence } from './layout';
import { colonSpeaker } from './layout-speakers';
import type { Mention } from './mentions';
import { inRange } from './spans';

/**
 * "Глава РФПИ … прокомментировал его так:" and, on the next line, «…»: Telegram posts and Russian
 * and Ukrainian news put the colon lead-in on a line of its own and the quote on the next. A quote
 * that opens its paragraph belongs to the speaker the lead-in names, as if the colon were on the
 * same line. Cyrillic lead-ins only (English is tuned separately).
 */

export function colonAbove(
  text: string,
  salience: Salience,
  sentences: readonly Sentence[],
  index: number,
  mentions: readonly Mention[],
  quote: Quote,
  section: Speaker | null = null,
): Speaker | null {
  const sentence = sentences[index]!;
  const prev = sentences[index - 1];
  if (prev === undefined || prev.paragraph !== sentence.paragraph - 1) return null;
  if (text.slice(sentence.start, quote.open).trim() !== '') return null;
  const lead = text.slice(prev.start, prev.end);
  if (!/:\s*$/u.test(lead) || !CYRILLIC.test(lead)) return null;
  const ms = inRange(mentions, prev.start, prev.end);
  const named = colonSpeaker(text, salience, prev, ms, { ...quote, open: prev.end });
  // "Почав з готовності до діалогу:", "«Парламентской газете»:", "Отдельно — про гарантии:": a
  // lead-in that names no one continues the item's speaker (the caller passes the speaker named
  // or quoted within the last few paragraphs, or null).
  return named ?? (ms.some((m) => m.kind !== 'pronoun') ? null : section);
}

/** How many paragraphs a digest item's speaker carries over to lead-ins that name no one. */
export const SECTION_REACH = 3;

/**
 * "Далі — червоні лінії, пунктом за пунктом:" above "– Жодного …" bullets: a list under a
 * Cyrillic lead-in that names no one is the current item's speaker's (bulletSpeaker wants a
 * name in the lead-in).
 */
export function bulletUnderLeadIn(
  text: string,
  paragraphs: readonly Paragraph[],
  paragraph: number,
  section: Speaker | null,
): Speaker | null {
  if (section === null) return null;
  for (let p = paragraph - 1; p >= 0 && p >= paragraph - 10; p--) {
    const para = paragraphs[p]!;
    if (para.bulletStart >= 0) continue;
    const line = text.slice(para.start, para.end);
    return /:\s*$/u.test(line) && CYRILLIC.test(line) && !para.heading ? section : null;
  }
  return null;
}
