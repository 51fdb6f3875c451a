import { SPEECH_STEMS_CYR } from './lexicon';

import type { Paragraph, Quote } from './layout-types';

/**
 * Russian and Ukrainian print direct speech without quote marks, as dialogue: a paragraph opens
 * with a dash, the words run to a comma (or !, ?, …) and a second dash, then the speech verb and
 * speaker ("— Зараз один із найважчих моментів, — сказав президент."). Such a paragraph is read
 * as one quote, so the attribution after it is found as after «…», — сказал он. Only when a speech
 * verb follows the second dash: a paragraph that merely opens with a dash (a list, a reply in a
 * transcript) stays narrative.
 */
const OPENING = /^[—–][ \t\u00a0]+(?=[\p{L}\p{N}«"„“])/u;
/** The break before the attribution: punctuation, a dash, a lower-case Cyrillic speech verb. */
const BREAK = new RegExp(
  `(?<=[\\p{L}\\p{N}»”"])([,!?…]|\\.\\.\\.)[ \\t\\u00a0]+[—–][ \\t\\u00a0]+(?=(?:${SPEECH_STEMS_CYR.join('|')})\\p{L}{0,4}(?![\\p{L}]))`,
  'u',
);

export function dialogueQuotes(text: string, paragraphs: readonly Paragraph[]): Quote[] {
  const found: Quote[] = [];
  for (const para of paragraphs) {
    const body = text.slice(para.start, para.end);
    const open = OPENING.exec(body);
    if (!open) continue;
    const brk = BREAK.exec(body);
    if (!brk || brk.index <= open[0].length) continue;
    const start = para.start + open[0].length;
    // "?" and "!" belong to the words; a comma only marks the break.
    const end = para.start + brk.index + (brk[1] === ',' ? 0 : brk[1]!.length);
    const inner = text.slice(start, end);
    found.push({
      open: para.start,
      close: para.start + brk.index + brk[1]!.length,
      start,
      end,
      words: inner.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length,
      paragraph: para.index,
    });
  }
  return found;
}
