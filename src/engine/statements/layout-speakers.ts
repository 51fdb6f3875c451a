import { CYRILLIC } from './script';
import { resolve } from './attribution';
import { dashTranscript } from './dash-qa';
import type { Salience, Speaker } from './attribution';
import type { Draft } from './drafts';
import type { Paragraph, Quote, Sentence } from './layout';
import type { Mention } from './mentions';
import { inRange, trimSpan } from './spans';
import { oblique } from './subject';

/**
 * Speakers named by the layout rather than by a verb: a name before a colon that opens a quote,
 * the lead-in above a bullet list, and interview transcripts: "Q: …" paragraphs, then answers
 * under the speaker's name as a label ("Zelensky: Donbas is an important issue for me. …"), with
 * no speech verb and no quotation marks. Each answer paragraph is one statement of the labelled speaker; questions are none.
 * Only read when the article has a question label, so an ordinary "Name: «…»" colon lead-in is
 * left to the colon rule.
 */

const QUESTION = /^[ \t]*(?:Q|Question)[ \t]*(?:\([^)\n]{0,40}\))?[ \t]*:/mu;
const QUESTION_PARA = /^\s*(?:Q|Question)\s*(?:\([^)\n]{0,40}\))?\s*:/u;
/** After the name: an optional parenthesis ("(via interpreter)") and the colon. */
const LABEL_END = /^\s*(?:\([^)\n]{0,40}\))?\s*:\s+(?=\S)/u;

export interface Answer {
  readonly start: number;
  readonly end: number;
  readonly label: Mention;
}

/** Answer paragraphs by index, and the question paragraphs (skipped: no statements). */
export function transcript(
  text: string,
  paragraphs: readonly Paragraph[],
  mentions: readonly Mention[],
): { answers: Map<number, Answer>; questions: Set<number> } {
  const answers = new Map<number, Answer>();
  const questions = new Set<number>();
  if (!QUESTION.test(text)) return dashTranscript(text, paragraphs, mentions);
  for (const p of paragraphs) {
    const line = text.slice(p.start, p.end);
    if (QUESTION_PARA.test(line)) {
      questions.add(p.index);
      continue;
    }
    const lead = p.start + (line.length - line.trimStart().length);
    // "THE PRESIDENT:", "The minister:": a title label resolves like "the president said".
    const label = mentions.find(
      (m) =>
        m.start === lead && (m.kind === 'actor' || m.kind === 'unknown' || m.kind === 'nominal'),
    );
    const end = label && LABEL_END.exec(text.slice(label.end, p.end));
    if (!label || !end) continue;
    const [s, e] = trimSpan(text, label.end + end[0].length, p.end);
    if (e > s) answers.set(p.index, { start: s, end: e, label });
  }
  return { answers, questions };
}

export function answerDraft(answer: Answer, salience: Salience, paragraph: number): Draft | null {
  const speaker = resolve(answer.label, salience);
  if (speaker === null) return null;
  salience.push(speaker);
  return {
    start: answer.start,
    end: answer.end,
    speaker,
    mode: 'direct',
    verb: null,
    context: '',
    confidence: 0.7,
    reportedBy: null,
    paragraph,
    fragments: [[answer.start, answer.end]],
  };
}

/** The speaker a bulleted line belongs to: a name in the heading or lead-in above the list. */
export function bulletSpeaker(
  text: string,
  paragraphs: readonly Paragraph[],
  mentions: readonly Mention[],
  salience: Salience,
  paragraph: number,
): Speaker | null {
  for (let p = paragraph - 1; p >= 0 && p >= paragraph - 30; p--) {
    const para = paragraphs[p]!;
    if (para.bulletStart >= 0) continue;
    const line = text.slice(para.start, para.end);
    if (!para.heading && !/:\s*$/u.test(line)) return null;
    const named = inRange(mentions, para.start, para.end).find(
      (m) => m.kind === 'actor' || m.kind === 'unknown',
    );
    return named ? resolve(named, salience) : null;
  }
  return null;
}

/** "Zelensky was more cautious: «…»": a name before a colon that introduces a quote. */
const NOMINATIVE_CYR = /^(?:он|она|він|вона)$/iu;
const isPerson = (m: Mention): boolean =>
  (m.kind === 'actor' && m.actor?.kind === 'person') ||
  m.kind === 'unknown' ||
  m.kind === 'nominal';

const PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|at|on|from|near|inside|outside)\s+(?:the\s+)?$/iu;

/**
 * "На запитання, чи готова фракція ухвалити план Трампа, відповідь була коротка: «…»": a name in
 * the genitive after the text it owns (план, пропозиції, адміністрація …) is not who speaks.
 * Titles ("президент Трамп") are apposition, so they are not on this list.
 */
const OWNER_BEFORE =
  /(?<![\p{L}])(?:план|пропозиц|предложен|инициатив|ініціатив|документ|проект|проєкт|требован|вимог|услови|умов|администрац|адміністрац|команд|ультиматум)\p{L}*\s+$/u;
const ownedName = (text: string, start: number): boolean =>
  CYRILLIC.test(text[start] ?? '') && OWNER_BEFORE.test(text.slice(Math.max(0, start - 30), start));

export function colonSpeaker(
  text: string,
  salience: Salience,
  sentence: Sentence,
  ms: readonly Mention[],
  quote: Quote,
): Speaker | null {
  const lead = text.slice(sentence.start, quote.open);
  const colon = lead.lastIndexOf(':');
  if (colon < 0) return null;
  // "On Capitol Hill, Don Bacon …:", "in the Rose Garden, he …:": an unknown name after a
  // preposition is a place, not the subject.
  const named = ms.find(
    (m) =>
      m.end <= sentence.start + colon &&
      m.kind !== 'pronoun' &&
      !ownedName(text, m.start) &&
      // "после встречи с Путиным в Ашхабаде, Эрдоган был настроен бодрее:": an object.
      !oblique(text, sentence.start, m) &&
      !(m.kind === 'unknown' && PLACE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))),
  );
  // "Комментировать встречу представителей США он не стал: «…»": Russian and Ukrainian put the
  // object first; a nominative "он/она/він/вона" is the subject, whatever country or
  // institution the object names (a person named before it still wins).
  const nominative = ms.find(
    (m) => m.kind === 'pronoun' && m.end <= sentence.start + colon && NOMINATIVE_CYR.test(m.text),
  );
  const subject =
    (nominative !== undefined && (named === undefined || !isPerson(named)) ? nominative : named) ??
    // "His warning was blunt: “…”", "Asked whether …, he was blunt: “…”", "Тоді ж він описав
    // …: «…»": a pronoun opening its clause (at most two words before it).
    ms.find(
      (m) =>
        m.kind === 'pronoun' &&
        m.end <= sentence.start + colon &&
        (
          text
            .slice(sentence.start, m.start)
            .split(/[,;—–]/u)
            .pop() ?? ''
        )
          .trim()
          .split(/\s+/u)
          .filter(Boolean).length <= 2,
    );
  return subject ? resolve(subject, salience) : null;
}
