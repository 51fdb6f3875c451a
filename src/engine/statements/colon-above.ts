import type { Salience, Speaker } from './attribution';
import type { Quote, Sentence } from './layout';
import { colonSpeaker } from './layout-speakers';
import type { Mention } from './mentions';
import { inRange } from './spans';

/**
 * "Глава РФПИ … прокомментировал его так:" and, on the next line, «…»: Telegram posts and Russian
 * and Ukrainian news put the colon lead-in on a line of its own and the quote on the next. A quote
 * that opens its paragraph belongs to the speaker the lead-in names, as if the colon were on the
 * same line. Cyrillic lead-ins only (English is tuned separately).
 */
const CYRILLIC = /\p{Script=Cyrillic}/u;

export function colonAbove(
  text: string,
  salience: Salience,
  sentences: readonly Sentence[],
  index: number,
  mentions: readonly Mention[],
  quote: Quote,
): Speaker | null {
  const sentence = sentences[index]!;
  const prev = sentences[index - 1];
  if (prev === undefined || prev.paragraph !== sentence.paragraph - 1) return null;
  if (text.slice(sentence.start, quote.open).trim() !== '') return null;
  const lead = text.slice(prev.start, prev.end);
  if (!/:\s*$/u.test(lead) || !CYRILLIC.test(lead)) return null;
  const ms = inRange(mentions, prev.start, prev.end);
  return colonSpeaker(text, salience, prev, ms, { ...quote, open: prev.end });
}
