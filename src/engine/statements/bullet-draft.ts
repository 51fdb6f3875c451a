import { CYRILLIC } from './script';
import type { Speaker } from './attribution';
import type { Draft } from './drafts';
import type { Paragraph, Quote, Sentence } from './layout';
import { trimSpan } from './spans';

/** Cyrillic bullets are read whole (English bullets are tuned separately). */

/**
 * The statement of one sentence of a bulleted line whose speaker is known: the words inside the
 * marks when the bullet is one quote, else the sentence. A Cyrillic bullet is one statement
 * (annotation policy): its first sentence spans the line and the later ones give none (null).
 */
export function bulletDraft(
  text: string,
  para: Paragraph,
  sentence: Sentence,
  first: boolean,
  quotes: readonly Quote[],
  speaker: Speaker,
): Draft | null {
  const whole = CYRILLIC.test(text.slice(para.start, para.end));
  if (!first && whole) return null;
  const only = quotes.length === 1 ? quotes[0]! : undefined;
  const oneQuote =
    only !== undefined &&
    text.slice(sentence.start, only.open).trim() === '' &&
    /^[\s.,;]*$/u.test(text.slice(only.close, sentence.end));
  const [s, e] = oneQuote
    ? [only.start, only.end]
    : trimSpan(text, sentence.start, first && whole ? para.end : sentence.end);
  if (e <= s) return null;
  return {
    start: s,
    end: e,
    speaker,
    mode: quotes.length > 0 ? 'direct' : 'reported',
    verb: null,
    context: '',
    confidence: 0.7,
    reportedBy: null,
    paragraph: sentence.paragraph,
    fragments: [[s, e]],
  };
}
