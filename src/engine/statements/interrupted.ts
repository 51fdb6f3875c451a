import { resolve } from './attribution';
import type { Salience } from './attribution';
import type { Draft } from './drafts';
import type { Quote, Sentence } from './layout';
import { SPEECH_STEMS_CYR } from './lexicon';
import type { MentionIndex } from './mentions';

/**
 * Russian and Ukrainian typography interrupts a quote inside one pair of guillemets: «Вы
 * предлагаете …? — с иронией поинтересовался Песков. — В данном случае …» (issue #15, dev/062).
 * The attribution between the two dashes is masked with the rest of the quote, so the sentence
 * pass finds no verb; here such a quote becomes one statement of the person named between the
 * dashes, its two halves as fragments. A quote another rule already attributed is left alone.
 */
const INNER = /([,.!?…])\s+[—–]\s+(\p{Ll}[^—–«»“”„]{2,100}?)[.,:]\s+[—–]\s+(?=[\p{L}\p{N}])/u;
const SPEECH = new RegExp(
  `(?<![\\p{L}])(?:${SPEECH_STEMS_CYR.join('|')})\\p{L}{0,4}(?![\\p{L}])`,
  'iu',
);

export function interruptedQuotes(
  text: string,
  quotes: readonly Quote[],
  sentences: readonly Sentence[],
  index: MentionIndex,
  parties: readonly string[],
  salience: Salience,
  drafts: Draft[],
): void {
  const found: Draft[] = [];
  for (const q of quotes) {
    if (drafts.some((d) => d.start < q.end && d.end > q.start)) continue;
    const inner = INNER.exec(text.slice(q.start, q.end));
    if (!inner || !SPEECH.test(inner[2]!)) continue;
    const middleStart = q.start + inner.index + inner[0].indexOf(inner[2]!);
    const middle = inner[2]!;
    const named = index
      .all(middle, parties)
      .find((m) => m.kind !== 'descriptive' || m.descriptive?.definite === false);
    const speaker = named
      ? resolve({ ...named, start: named.start + middleStart }, salience)
      : null;
    if (speaker === null) continue;
    const firstEnd = q.start + inner.index + 1;
    const restStart = q.start + inner.index + inner[0].length;
    const sentence = sentences.findIndex((s) => s.end > q.start);
    found.push({
      start: q.start,
      end: q.end,
      speaker,
      mode: 'direct',
      verb: SPEECH.exec(middle)?.[0].toLowerCase() ?? null,
      context: text.slice(sentences[sentence]?.start ?? q.open, q.open),
      confidence: 0.8,
      reportedBy: null,
      paragraph: q.paragraph,
      fragments: [
        [q.start, firstEnd],
        [restStart, q.end],
      ],
      sentence,
    });
    salience.push(speaker);
  }
  if (found.length === 0) return;
  drafts.splice(0, drafts.length, ...[...drafts, ...found].sort((a, b) => a.start - b.start));
}
