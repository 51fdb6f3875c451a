import { CYRILLIC } from './script';
import type { Paragraph } from './layout-types';
import type { Mention } from './mentions';
import { trimSpan } from './spans';

/**
 * Russian and Ukrainian Q&A write-ups without name labels: the interviewee is named in the lead,
 * then each question is a dash line ending in "?" (maybe with its source: "(«Звезда», 27
 * ноября)") and each answer the dash line after it ("— «Если мы посмотрим …»"). The answers are
 * the interviewee's; the questions are no one's statements. Read only when the article has two
 * such question lines or more and a person is named before the first.
 */

const DASH = /^\s*[—–-]\s+/u;
/** A question line: dash, text, "?", then at most a parenthesised source. */
const DASH_QUESTION = /^\s*[—–-]\s+[^\n]*\?\s*(?:\([^()\n]{0,60}\))?\s*$/u;

export interface DashAnswer {
  readonly start: number;
  readonly end: number;
  readonly label: Mention;
}

export function dashTranscript(
  text: string,
  paragraphs: readonly Paragraph[],
  mentions: readonly Mention[],
): { answers: Map<number, DashAnswer>; questions: Set<number> } {
  const answers = new Map<number, DashAnswer>();
  const questions = new Set<number>();
  const lines = paragraphs.map((p) => text.slice(p.start, p.end));
  const asked = paragraphs.filter((_, i) => DASH_QUESTION.test(lines[i]!));
  if (asked.length < 2 || !CYRILLIC.test(lines[asked[0]!.index] ?? '')) {
    return { answers, questions };
  }
  const label = mentions.find(
    (m) =>
      m.end <= asked[0]!.start &&
      ((m.kind === 'actor' && m.actor?.kind === 'person') || m.kind === 'unknown'),
  );
  if (label === undefined) return { answers, questions };
  for (const q of asked) {
    questions.add(q.index);
    const next = paragraphs[q.index + 1];
    if (next === undefined || questions.has(next.index)) continue;
    const line = lines[next.index]!;
    const dash = DASH.exec(line);
    if (!dash || DASH_QUESTION.test(line)) continue;
    const [s, e] = trimSpan(text, next.start + dash[0].length, next.end);
    if (e > s) answers.set(next.index, { start: s, end: e, label });
  }
  return { answers, questions };
}
