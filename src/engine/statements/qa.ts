import { resolve } from './attribution';
import type { Salience } from './attribution';
import type { Draft } from './drafts';
import { interruptedQuotes } from './interrupted';
import type { Layout, Paragraph, Sentence } from './layout';
import type { Mention } from './mentions';
import { cachedIndex } from './registry-cache';
import { inRange, trimSpan } from './spans';
import type { ExtractionInput } from './types';

/**
 * Quote forms read after the sentence pass, once every sentence's own attribution is known:
 * answer lines of an interview and quotes interrupted by their attribution inside the marks.
 */
export function laterForms(
  text: string,
  input: ExtractionInput,
  { paragraphs, quotes, sentences }: Layout,
  mentions: readonly Mention[],
  salience: Salience,
  drafts: Draft[],
): void {
  qaAnswers(text, paragraphs, sentences, mentions, salience, drafts);
  const index = cachedIndex(input.actors);
  interruptedQuotes(text, quotes, sentences, index, input.parties, salience, drafts);
}

/**
 * Interviews printed as questions and answers (issue #15, dev/071): "Вопрос: …" lines, then
 * "Лавров: …" lines whose words carry neither quotation marks nor a speech verb. Each answer line
 * is one statement of the person named before its colon. Only in an article that has a question
 * line, so a "Name: words" line elsewhere (a headline, a caption) is left alone; an answer that
 * opens with a quote is already read as a colon quote.
 */
const QUESTION = /^\s*(?:вопрос|питання|запитання)\s*[:—–-]/iu;
const LABEL_MAX = 40;

export function qaAnswers(
  text: string,
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  salience: Salience,
  drafts: Draft[],
): void {
  if (!paragraphs.some((p) => QUESTION.test(text.slice(p.start, p.end)))) return;
  let question = '';
  const answers: Draft[] = [];
  for (const p of paragraphs) {
    const line = text.slice(p.start, p.end);
    if (QUESTION.test(line)) {
      question = line;
      continue;
    }
    const colon = line.indexOf(':');
    if (p.heading || colon < 0 || colon > LABEL_MAX || /^\s*[«“"„]/u.test(line.slice(colon + 1))) {
      continue;
    }
    // The label is a name and nothing else ("Лавров:", "С. Лавров:").
    const label = inRange(mentions, p.start, p.start + colon).find(
      (m) => m.kind === 'actor' || m.kind === 'unknown',
    );
    if (!label || !/^[\s\p{Lu}.]*$/u.test(text.slice(p.start, label.start))) continue;
    if (text.slice(label.end, p.start + colon).trim() !== '') continue;
    const speaker = resolve(label, salience);
    const [start, end] = trimSpan(text, p.start + colon + 1, p.end);
    if (speaker === null || end - start < 12) continue;
    answers.push({
      start,
      end,
      speaker,
      mode: 'direct',
      verb: null,
      context: question,
      confidence: 0.7,
      reportedBy: null,
      paragraph: p.index,
      fragments: [[start, end]],
      sentence: sentences.findIndex((s) => s.end > start),
    });
  }
  if (answers.length === 0) return;
  // An answer line is read whole: anything else found inside it gives way.
  const inside = (d: Draft): boolean => answers.some((a) => d.start >= a.start && d.start < a.end);
  const kept = drafts.filter((d) => !inside(d));
  drafts.splice(0, drafts.length, ...[...kept, ...answers].sort((a, b) => a.start - b.start));
}
