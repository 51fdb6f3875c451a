import { CYRILLIC } from './script';
import { SPEECH_STEMS_CYR } from './lexicon';
import type { Quote } from './layout';

/**
 * "ответил одной фразой: «Там все чудесно»", "оставил одно слово: «Фейк»", "«Ніколи», — відрізав
 * Сибіга": a quote of one to three words is a statement when the text says it was spoken, by a
 * speech verb (or "одной фразой", "одним словом") right before a colon that opens it, or by the
 * dash attribution right after it. Elsewhere such short quotes are scare quotes and titles, and
 * stay out (extract.ts). Cyrillic quotes only.
 */
const SPOKEN_WORD = `(?:${SPEECH_STEMS_CYR.join('|')})\\p{L}{0,4}|одн(?:ой|ою|им|ним)\\s+(?:фраз|слов)\\p{L}*|одно\\s+слово|коротко|кратко|лаконично|лаконічно`;
const COLON_BEFORE = new RegExp(`(?<![\\p{L}])(?:${SPOKEN_WORD})\\s*:\\s*$`, 'iu');
const DASH_AFTER = new RegExp(`^\\s*[,.!?]?\\s*[—–]\\s*(?:${SPOKEN_WORD})(?![\\p{L}])`, 'iu');

export function spokenShort(text: string, q: Quote, sentenceStart: number): boolean {
  if (q.words < 1 || q.words > 3 || !CYRILLIC.test(text.slice(q.start, q.end))) return false;
  return (
    COLON_BEFORE.test(text.slice(Math.max(sentenceStart, q.open - 60), q.open)) ||
    DASH_AFTER.test(text.slice(q.close, q.close + 40))
  );
}
