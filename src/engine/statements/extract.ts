import { EngineError } from '../errors';
import { actorSpeaker, findVerbs, resolve, Salience } from './attribution';
import type { Speaker, Verb } from './attribution';
import { isIsoDate, leadingDate } from './dates';
import { apposedPerson } from './apposition';
import { assemble } from './assemble';
import { attribute, earlier, ownSubject } from './attribute';
import { cachedIndex, cachedTargeter } from './registry-cache';
import { makeDraft, SECONDARY_PARTICIPLE, SECONDARY_RE } from './drafts';
import type { Attribution, Draft } from './drafts';
import { bulletDraft } from './bullet-draft';
import { bulletUnderLeadIn, colonAbove, SECTION_REACH } from './colon-above';
import { headingSpeakers } from './heading-speakers';
import { layout } from './layout';
import { joinLeadIns } from './lead-in';
import { withSectionParty } from './section-party';
import { spokenShort } from './short-quotes';
import { withFraming } from './stance-framing';
import { laterForms } from './qa';
import type { Quote, Sentence } from './layout';
import type { Mention } from './mentions';
import { inRange, isTitle, languageOf, outside, trimSpan } from './spans';
import { answerDraft, bulletSpeaker, colonSpeaker as colonOf, transcript } from './layout-speakers';
import {
  definiteBackReference,
  opensWithQuote,
  opensWithQuoteOrTopic,
  sentenceSubject,
} from './subject';
import { STATEMENTS_SCHEMA } from './types';
import type { ExtractionInput, StatementsResult } from './types';

/**
 * Extracts the statements an article reports: direct quotes and reported speech with their
 * speaker, party, stance, target and date. Pure and bounded: one pass over sentences, each
 * looking only at its own mentions and verbs, so the cost grows linearly with the article.
 */

export const MAX_ARTICLE_CHARS = 2_000_000;
/** Quotes shorter than this are scare quotes, titles or single words, never statements alone. */
const MIN_QUOTE_WORDS = 4;

export function extractStatements(input: ExtractionInput): StatementsResult {
  const { text } = input;
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new EngineError(
      'input-too-large',
      `article has ${text.length} characters; the limit is ${MAX_ARTICLE_CHARS}`,
    );
  }
  if (input.date != null && !isIsoDate(input.date)) {
    throw new EngineError(
      'invalid-option',
      `article date "${input.date}" is not a YYYY-MM-DD date`,
    );
  }
  const dateLine = leadingDate(text);
  const date = input.date ?? dateLine?.date ?? null;
  const { paragraphs, quotes, sentences } = layout(text);
  const mentions = outside(cachedIndex(input.actors).all(text, input.parties), quotes);
  const verbs = outside(findVerbs(text), quotes);
  const target = cachedTargeter(input);
  const salience = new Salience();
  const drafts: Draft[] = [];
  const firstLine = paragraphs.find((p) => !(dateLine && p.end <= dateLine.end + 1));
  const title =
    firstLine?.heading === true ? text.slice(firstLine.start, firstLine.end).trim() || null : null;
  const { answers, questions } = transcript(text, paragraphs, mentions);

  let lastAttributed: { speaker: Speaker; paragraph: number; sentence: number } | null = null;
  /** Paragraph where a speaker was last named or attributed: a digest item's section. */
  let recentParagraph = -1;
  let current = 0;
  const section = (): Speaker | null =>
    recentParagraph >= 0 && current - recentParagraph <= SECTION_REACH
      ? salience.pronoun(undefined)
      : null;
  /** The person a narrative sentence was about ("Rubio would not commit to the deadline."). */
  let subjectOf: { speaker: Speaker; sentence: number } | null = null;
  sentences.forEach((sentence, index) => {
    const para = paragraphs[sentence.paragraph]!;
    current = sentence.paragraph;
    if (para.heading) headingSpeakers(text, sentence, mentions, salience);
    if (para.heading || questions.has(sentence.paragraph)) return;
    const answer = answers.get(sentence.paragraph);
    if (answer !== undefined) {
      const draft =
        sentence.start <= answer.start ? answerDraft(answer, salience, para.index) : null;
      if (draft !== null) drafts.push({ ...draft, sentence: index });
      return;
    }
    const longQuotes = inRange(quotes, sentence.start, sentence.end).filter(
      (q) =>
        (q.words >= MIN_QUOTE_WORDS && !isTitle(text.slice(q.start, q.end))) ||
        spokenShort(text, q, sentence.start),
    );
    const sentenceMentions = inRange(mentions, sentence.start, sentence.end);
    const sentenceVerbs = inRange(verbs, sentence.start, sentence.end);
    const attribution = attribute(
      text,
      salience,
      sentence,
      sentenceVerbs,
      sentenceMentions,
      longQuotes,
    );
    if (attribution !== null) {
      const draft = makeDraft(text, sentence, attribution, longQuotes, sentences[index - 1]);
      if (draft !== null) {
        draft.sentence = index;
        const before = earlier(
          text,
          salience,
          sentence,
          attribution,
          sentenceVerbs,
          sentenceMentions,
        );
        if (before !== null) drafts.push({ ...before, sentence: index });
        drafts.push(draft);
        secondary(sentence, attribution, draft, sentenceVerbs, sentenceMentions, longQuotes, index);
      }
      lastAttributed = {
        speaker: attribution.speaker,
        paragraph: sentence.paragraph,
        sentence: index,
      };
      salience.push(attribution.speaker);
      recentParagraph = sentence.paragraph;
      return;
    }
    const colonSpeaker =
      longQuotes.length > 0
        ? (colonOf(text, salience, sentence, sentenceMentions, longQuotes[0]!) ??
          colonAbove(text, salience, sentences, index, mentions, longQuotes[0]!, section()))
        : null;
    if (colonSpeaker !== null) {
      const q = longQuotes;
      drafts.push({
        start: q[0]!.start,
        end: q[q.length - 1]!.end,
        speaker: colonSpeaker,
        mode: 'direct',
        verb: null,
        context: text.slice(sentence.start, q[0]!.open),
        confidence: 0.7,
        reportedBy: null,
        paragraph: sentence.paragraph,
        fragments: [[q[0]!.start, q[q.length - 1]!.end]],
        sentence: index,
      });
      lastAttributed = { speaker: colonSpeaker, paragraph: sentence.paragraph, sentence: index };
      salience.push(colonSpeaker);
      recentParagraph = sentence.paragraph;
      return;
    }
    // "“…,” he said. “…”": an interrupted quote's second half (even "Not yet.") joins its first.
    const opening = inRange(quotes, sentence.start, sentence.end).filter(
      (q) => q.words >= 2 && text.slice(sentence.start, q.open).trim() === '',
    );
    const prev = drafts[drafts.length - 1];
    const joinable = longQuotes.length > 0 ? longQuotes : opening;
    if (
      joinable.length > 0 &&
      opensWithQuote(text, sentence, joinable[0]!) &&
      sentenceVerbs.length === 0 &&
      prev?.mode === 'direct' &&
      prev.paragraph === sentence.paragraph &&
      lastAttributed?.sentence === index - 1 &&
      (/,\s*$/u.test(text.slice(prev.start, prev.end)) ||
        /^[”"»’“]\s*,/u.test(text.slice(prev.end, prev.end + 3)))
    ) {
      prev.fragments.push([joinable[0]!.start, joinable[joinable.length - 1]!.end]);
      prev.end = joinable[joinable.length - 1]!.end;
      return;
    }
    // A quote with no verb continues the last speaker, or the subject of the sentence just
    // before when it opens the sentence ("Rubio would not commit. “We just need more time.”").
    const carried = continues(sentence, index)
      ? lastAttributed!.speaker
      : subjectOf?.sentence === index - 1 &&
          sentences[index - 1]!.paragraph === sentence.paragraph &&
          /^\s*[“"]/u.test(text.slice(sentence.start, sentence.end))
        ? subjectOf.speaker
        : null;
    if (longQuotes.length > 0 && sentenceVerbs.length === 0 && carried !== null) {
      const q = longQuotes;
      const speaker = carried;
      drafts.push({
        start: q[0]!.start,
        end: q[q.length - 1]!.end,
        speaker,
        mode: 'direct',
        verb: null,
        context: '',
        confidence: lastAttributed?.paragraph === sentence.paragraph ? 0.75 : 0.6,
        reportedBy: null,
        paragraph: sentence.paragraph,
        fragments: [[q[0]!.start, q[q.length - 1]!.end]],
        sentence: index,
      });
      lastAttributed = { speaker, paragraph: sentence.paragraph, sentence: index };
      return;
    }
    if (para.bulletStart >= 0) {
      const speaker =
        bulletSpeaker(text, paragraphs, mentions, salience, sentence.paragraph) ??
        bulletUnderLeadIn(text, paragraphs, sentence.paragraph, section());
      if (speaker) {
        const first = sentences[index - 1]?.paragraph !== sentence.paragraph;
        const draft = bulletDraft(text, para, sentence, first, longQuotes, speaker);
        if (draft !== null) drafts.push(draft);
        return;
      }
    }
    // The sentence's subject becomes salient: a name, or an office ("the EU's top diplomat").
    const subject = sentenceSubject(text, sentence, sentenceMentions);
    const resolved = subject
      ? definiteBackReference(
          text,
          sentence,
          subject,
          resolve(apposedPerson(text, sentenceMentions, subject), salience),
          salience,
        )
      : null;
    if (resolved) salience.push(resolved);
    if (resolved) recentParagraph = sentence.paragraph;
    subjectOf = resolved ? { speaker: resolved, sentence: index } : null;
  });

  /** Further verbs of the same speaker in the sentence each report their own words. */
  function secondary(
    sentence: Sentence,
    a: Attribution,
    first: Draft,
    vs: readonly Verb[],
    ms: readonly Mention[],
    qs: readonly Quote[],
    index: number,
  ): void {
    const floor = first.mode === 'reported' ? first.start : a.verb.end;
    for (const v of vs) {
      const lead = text.slice(Math.max(sentence.start, v.start - 8), v.start);
      // "…,” Trump said, while Zelensky said …": a second speaker with a verb of their own.
      const own = v.start > floor ? ownSubject(text, salience, sentence, a, v, ms) : null;
      const chained =
        own !== null ||
        SECONDARY_RE.test(lead) ||
        (SECONDARY_PARTICIPLE.test(v.word) && /,\s*$/u.test(lead));
      if (v.start <= floor || v.according || !chained) continue;
      const next = makeDraft(
        text,
        sentence,
        own ?? { ...a, verb: v, slot: a.slot },
        qs.filter((q) => q.open > v.end),
      );
      if (next === null || next.start <= first.start) continue;
      if (first.mode === 'reported' && first.end > v.start) {
        const cut = trimSpan(
          text,
          first.start,
          text.slice(0, v.start).search(/(?:,|\s)(?:\s*(?:and|while|и|і|й|та))?\s*$/u),
        );
        first.end = Math.max(first.start + 1, cut[1]);
        first.fragments = [[first.start, first.end]];
      }
      drafts.push({ ...next, sentence: index });
      return;
    }
  }

  /** A quote paragraph with no attribution continues the speaker of the sentence just before. */
  function continues(sentence: Sentence, index: number): boolean {
    if (lastAttributed === null) return false;
    if (lastAttributed.paragraph === sentence.paragraph) return true;
    const para = paragraphs[sentence.paragraph]!;
    const gapOk = lastAttributed.paragraph === sentence.paragraph - 1;
    // The new paragraph must open with the quote, as continued quotes do.
    return (
      gapOk &&
      opensWithQuoteOrTopic(text.slice(para.start, para.end)) &&
      sentences[index - 1]!.paragraph === lastAttributed.paragraph
    );
  }

  laterForms(text, input, { paragraphs, quotes, sentences }, mentions, salience, drafts);
  withSectionParty(text, paragraphs, drafts, input.parties);
  // The lead-in joins first, so that a quote opening its own paragraph is framed by the
  // sentence that led into it.
  const assembled = joinLeadIns(text, assemble(text, drafts, sentences, target, date));
  const statements = withFraming(text, assembled, { sentences, quotes, mentions });
  return {
    schema: STATEMENTS_SCHEMA,
    article: { title, date, language: languageOf(text) },
    statements,
  };
}

export { actorSpeaker, languageOf };
