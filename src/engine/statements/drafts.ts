import { CYRILLIC } from './script';
import { calledStart } from './called-cyrillic';
import { namesTopicOnly, statesPosition } from './topic-verbs';
import { findVerbs } from './attribution';
import type { Speaker, Verb } from './attribution';
import type { Quote, Sentence } from './layout';
import type { Mention } from './mentions';
import { trimSpan } from './spans';

/**
 * From an attribution (verb, speaker, slot) to the words it attributes: the quote next to the
 * verb (direct), or the clause after "said (that)" / "заявил, что" / "saying", or the sentence
 * before a closing "…, X said." (reported).
 */

export interface Draft {
  start: number;
  end: number;
  speaker: Speaker;
  mode: 'direct' | 'reported';
  verb: string | null;
  context: string;
  confidence: number;
  reportedBy: string | null;
  paragraph: number;
  fragments: [number, number][];
  /** Index of the sentence the statement starts in (its neighbours tell what it is about). */
  sentence?: number;
}

export interface Attribution {
  readonly verb: Verb;
  readonly speaker: Speaker;
  readonly slot: Mention;
  readonly reportedBy: string | null;
}

// "said Europe should be consulted and that …": the words start after the verb, not at the
// second clause's "that"; so the skipped lead-in ("reporters", "on Sunday") holds no "and". A
// short quoted name may stand in it ("говорил «Коммерсанту», что").
const THAT_RE =
  /^(?:(?:(?!\band\b|(?<![\p{L}])(?:и|і|та)(?![\p{L}]))[^,.;:“”«»"]|«[^«»]{1,30}»|“[^“”]{1,30}”){0,60}?)(?:\bthat\b|,?\s*что(?![\p{L}])|,?\s*що(?![\p{L}])|:)\s*/iu;
const CHAIN_RE =
  /^[^.;“”«»"]{0,80}?(?:,\s*(?:saying|adding|noting|warning|stressing|arguing|insisting)|\bas\s+(?:saying|calling|describing|telling|stating))\b\s*(?:that\b)?\s*/iu;
/** A second verb of the same speaker: "…, and warned that", "but cautioned:", "и дал понять". */
export const SECONDARY_RE = /(?:\band|\bbut|\bwhile|(?<![\p{L}])(?:и|і|й|та))\s+$/u;
export const SECONDARY_PARTICIPLE = /^(?:adding|saying|noting|warning|insisting|stressing)$/u;
const STOP_RE = /,\s*(?:although he|although she|while he|while she|but he|but she)\b/iu;
/**
 * "responded to the reports", "высказался о плане", "відповів на": the verb takes an object, not
 * reported words; what follows is narrative.
 */
const OBJECT_RE =
  /^\s*(?:(?:reporters|journalists|журналистам|журналістам|репортерам|СМИ|ЗМІ)\s+)?(?:to|about|(?:на|о|об|про)(?![\p{L}]))\s/iu;

/** Verbs whose object is a label: "called it …", "described the talks as …", "назвал …". */
const CALLED_RE =
  /^(?:called|calls|calling|described|describes|describing|назвал|назвала|назвали|назвав|назвала|назвали)$/u;

const DESCRIBED_RE = /^(?:described|describes|describing|describe)$/u;
const AS_RE = /(?<![\p{L}])as(?![\p{L}])/u;
const TOPIC_VERB_RE = /^(?:signalled|signaled|repeated|reiterated)$/u;

/**
 * "Russia will give no ground, Ryabkov said in an interview with ABC News broadcast on Tuesday":
 * after the verb only where and when it was said; the words are the clause before ", X said".
 * Only when that clause is a clause (four words or more, ending in a comma) and the tail short.
 */
const CIRCUMSTANCE =
  /^(?:in|on|at|during|after|before|via|in an?|at an?|в|во|у|на|під час|во время|после|після|по)\s/iu;

/**
 * The clause before the speaker ends in a comma, maybe followed by the speaker's title ("…,
 * Vice President JD Vance said on Wednesday during a visit"): up to six words, no clause break.
 */
const TITLED_LEAD = /,(?:\s+[^\s,.;:!?]+){0,6}\s*$/u;

function circumstance(text: string, rest: string, from: number, to: number): boolean {
  const lead = text.slice(from, to);
  return (
    CIRCUMSTANCE.test(rest) &&
    rest.split(/\s+/u).length <= 10 &&
    TITLED_LEAD.test(lead) &&
    lead.trim().split(/\s+/u).length >= 4
  );
}

/** Where reported words begin after their verb: after "that"/"что"/"що"/":" or a chained "saying". */
function contentStart(text: string, from: number, to: number): number {
  const rest = text.slice(from, to);
  const chain = CHAIN_RE.exec(rest);
  if (chain) return from + chain[0].length;
  const that = THAT_RE.exec(rest);
  // "said the first version had contained elements that were …": a verb before the "that" makes
  // it a relative pronoun; the words start right after the speech verb (English).
  if (that && /\b(?:is|was|are|were|had|has|have|will|would|could|can|did|does)\b/u.test(that[0])) {
    return from;
  }
  return that ? from + that[0].length : from;
}

/**
 * "According to two officials familiar with the talks, the cap was raised": in English the source
 * phrase runs on past its noun ("familiar with …", "close to …", "in the Kremlin") up to a comma;
 * the words start after it. Only a short run without a quote, verb of speech or clause break.
 */
const SOURCE_TAIL =
  /^\s+(?:familiar with|close to|briefed on|involved in|with knowledge of|speaking on condition of|who (?:spoke|asked|requested|declined)|in|at|from|of|inside|within|on)\s[^,.;:!?"“”«»—–]{2,80},\s*/u;

function skipSourceTail(text: string, a: Attribution, from: number, end: number): number {
  if (!a.verb.according || CYRILLIC.test(a.verb.word)) return from;
  const m = SOURCE_TAIL.exec(text.slice(from, end));
  return m && from + m[0].length < end - 12 ? from + m[0].length : from;
}

/**
 * "told Fox News the Russians had been constructive", "told reporters on Sunday the text was
 * final": without "that", the words start after the one told (an outlet, an audience, a
 * person) and a short circumstance, where a subject begins. English only.
 */
const TELL_RE = /^(?:told|tells|tell|telling)$/u;
const TOLD_OBJECT =
  /^\s+(?:reporters|journalists|correspondents|lawmakers|legislators|senators|parliament|him|her|them|us|me|the\s+(?:[\p{L}-]+\s+){0,2}?(?:press|media|parliament|bundestag|senate|congress|rada|duma|summit|conference|audience|newspaper|broadcaster|channel|agency|radio|television|briefing|committee|assembly|forum|hearing)|(?:\p{Lu}[\p{L}.'’&-]*\s+){0,2}\p{Lu}[\p{L}.'’&-]*|[\p{L}-]+\s+(?:radio|television|tv|media|press|broadcaster|newspaper|daily|channel|agency))(?:\s+(?:on|in|at|during|this|last|late|earlier|after)\s+[^,;:"“”«»—–]{1,40}?)?\s+(?=(?:the|a|an|he|she|it|they|we|i|his|its|their|our|this|these|those|there|no|any|all|ukraine|russia|moscow|kyiv|europe|washington)\s|\p{Lu})/u;

function afterToldObject(text: string, from: number, end: number): number {
  const m = TOLD_OBJECT.exec(text.slice(from, end));
  return m && from + m[0].length < end - 12 ? from + m[0].length : from;
}

export function makeDraft(
  text: string,
  sentence: Sentence,
  a: Attribution,
  qs: readonly Quote[],
  previous?: Sentence,
): Draft | null {
  const { verb, speaker } = a;
  const confidence = speaker.indirect ? 0.75 : speaker.role === 'unknown' ? 0.7 : 0.9;
  const base = {
    speaker,
    verb: verb.word,
    confidence,
    reportedBy: a.reportedBy,
    paragraph: sentence.paragraph,
  };
  const quotesBefore = qs.filter((q) => q.close <= verb.start);
  const quotesAfter = qs.filter((q) => q.open >= verb.end);
  if (quotesBefore.length > 0 && (quotesAfter.length === 0 || a.slot.start < verb.start)) {
    // "“…,” Ushakov said, “…”": the quote before the verb, joined with one right after it.
    const first = quotesBefore[0]!;
    const last =
      quotesAfter.length > 0 && quotesAfter[0]!.open - a.slot.end < 40
        ? quotesAfter[quotesAfter.length - 1]!
        : quotesBefore[quotesBefore.length - 1]!;
    return {
      ...base,
      start: first.start,
      end: last.end,
      mode: 'direct',
      context: text.slice(verb.start, sentence.end),
      fragments: qs
        .filter((q) => q.start >= first.start && q.end <= last.end)
        .map((q) => [q.start, q.end]),
    };
  }
  const from = skipSourceTail(
    text,
    a,
    a.slot.start > verb.end ? a.slot.end : verb.end,
    sentence.end,
  );
  let start =
    calledStart(text, verb.word, sentence.start, a.slot.start, from) ??
    contentStart(text, from, sentence.end);
  if (start === from && TELL_RE.test(verb.word)) start = afterToldObject(text, from, sentence.end);
  if (
    start === from &&
    quotesAfter.length === 0 &&
    OBJECT_RE.test(text.slice(from, from + 24)) &&
    !statesPosition(text.slice(from, from + 40))
  ) {
    return null;
  }
  let end = sentence.end;
  const stop = STOP_RE.exec(text.slice(start, end));
  if (stop) end = start + stop.index;
  [start, end] = trimSpan(text, start, end);
  if (quotesAfter.length > 0) {
    const q0 = quotesAfter[0]!;
    const qn = quotesAfter[quotesAfter.length - 1]!;
    // The reported words are exactly the quote, or a lead-in ending in a colon and then the
    // quote ("explained why a vote may be needed: «…»"): keep the quote alone, as direct speech.
    const colonLead = qn.close >= end - 1 && /:\s*$/u.test(text.slice(start, q0.open));
    // "called the session “a productive continuation …”": the quoted label is the statement.
    const label = CALLED_RE.test(verb.word) && q0.open - start < 40;
    if ((q0.open <= start + 1 && qn.close >= end - 1) || colonLead || label) {
      const last = label ? q0 : qn;
      return {
        ...base,
        start: q0.start,
        end: last.end,
        mode: 'direct',
        context: text.slice(sentence.start, q0.open),
        fragments: [[q0.start, last.end]],
      };
    }
  }
  // "described the round in glowing terms": a description verb with neither a label after "as"
  // nor a quote reports no words of the speaker.
  if (
    DESCRIBED_RE.test(verb.word) &&
    quotesAfter.length === 0 &&
    !AS_RE.test(text.slice(from, end))
  ) {
    return null;
  }
  // "signalled the swap on Wednesday night", "repeated the Kremlin's standing offer": a noun
  // phrase after these verbs names a topic, it reports no words (unlike "repeated that …").
  if (
    TOPIC_VERB_RE.test(verb.word) &&
    quotesAfter.length === 0 &&
    /^\s*(?:the|a|an|his|her|its|their)\s/iu.test(text.slice(from, end))
  ) {
    return null;
  }
  const before = text.slice(Math.max(sentence.start, verb.start - 25), verb.start);
  if (quotesAfter.length === 0 && namesTopicOnly(verb.word, before, text.slice(from, end))) {
    return null;
  }
  const rest = text.slice(start, end);
  // "…, an official told NBC News this week.": the verb's object ends the sentence; the words
  // are the clause before the speaker. "according to analysts who …": a relative clause, too.
  const objectOnly =
    start ===
      from + (text.slice(from, start).length - text.slice(from, start).trimStart().length) &&
    (/^(?:who|which|why|how|почему|зачем|чому|навіщо)(?![\p{L}])/iu.test(rest) ||
      (/^tell|^told/u.test(verb.word) &&
        rest.split(/\s+/u).length <= 6 &&
        /,\s*$/u.test(text.slice(sentence.start, a.slot.start))) ||
      circumstance(text, rest, sentence.start, Math.min(a.slot.start, verb.start)) ||
      // "has posted on X ahead of the talks": only where it was said, no words (English).
      (quotesAfter.length === 0 &&
        /^(?:on|in|at|during|ahead of|after|before|via)\s/u.test(rest) &&
        rest.split(/\s+/u).length <= 10 &&
        !/\b(?:is|was|are|were|will|would|has|have|had|can|could|should|must)\b/iu.test(rest)));
  // "Об этом заявил Песков.", "Про це заявив Зеленський.", "This was stated by …": the words
  // are the sentence before.
  const aboutThis = /^\s*(?:об этом|о том|про це|this was|that was)\s*$/iu.test(
    text.slice(sentence.start, Math.min(a.slot.start, verb.start)),
  );
  if (aboutThis && previous !== undefined && previous.end - previous.start >= 12) {
    const [s, e] = trimSpan(text, previous.start, previous.end);
    return { ...base, start: s, end: e, mode: 'reported', context: '', fragments: [[s, e]] };
  }
  if (end - start < 12 || objectOnly) {
    // "…, Ushakov said." at the end: the words are the sentence before the attribution.
    const leadEnd = Math.min(a.slot.start, verb.start);
    const lead = trimSpan(text, sentence.start, leadEnd);
    if (lead[1] - lead[0] < 12) return null;
    // "U.S. special envoy Steve Witkoff … posted on X", "Neither the White House nor the
    // Kremlin had confirmed it": with no break at all before the speaker (", Deputy Foreign
    // Minister X said" has one), the words are part of the subject, not what was said.
    if (!/[,;:—–"”»]/u.test(text.slice(sentence.start, leadEnd))) return null;
    [start, end] = lead;
  }
  const lead = interposedLead(text, sentence, a);
  return {
    ...base,
    start: lead?.[0] ?? start,
    end,
    mode: 'reported',
    context: text.slice(sentence.start, lead?.[0] ?? start),
    fragments: lead ? [lead, [start, end]] : [[start, end]],
  };
}

/**
 * "Остальные пункты, напомнил он, требуют обсуждения", "Україна і Європа, за словами глави МЗС,
 * намагаються …": a Russian or Ukrainian attribution set between commas inside the words; the
 * clause before it is the first part of the statement. Only a plain clause of three words or
 * more (no comma, quote, dash or speech verb of its own): "В четверг, заявил он, …" keeps its
 * lead out.
 */
function interposedLead(text: string, sentence: Sentence, a: Attribution): [number, number] | null {
  if (!CYRILLIC.test(a.verb.word)) return null;
  const at = Math.min(a.slot.start, a.verb.start);
  const lead = text.slice(sentence.start, at);
  if (!/^[^,;:«»“”"—–]+,\s*$/u.test(lead) || lead.trim().split(/\s+/u).length < 3) return null;
  // "Как передает ТАСС, Песков заявил …": a lead with a speech verb or "как" is a source.
  if (findVerbs(lead).length > 0 || /^\s*(?:как|як)\s/iu.test(lead)) return null;
  const span = trimSpan(text, sentence.start, sentence.start + lead.lastIndexOf(','));
  return span[1] - span[0] >= 12 ? span : null;
}
