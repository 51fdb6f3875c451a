import { CYRILLIC } from './script';
import type { Quote, Sentence } from './layout';
import type { Mention } from './mentions';
import { firstFrom, inRange } from './spans';
import { stanceOf } from './stance';
import {
  EN_CONDITION,
  EN_LABEL,
  EN_NEGATED,
  EN_NEGATIVE,
  EN_OBJECT_END,
  EN_PASSIVE_AFTER,
  EN_POSITIVE,
  PLAN_OBJECT,
  PROSPECTS,
} from './stance-framing-cues';
import {
  CYR_CONDITION,
  CYR_EVALUATED,
  CYR_EVALUATION_NEGATIVE,
  CYR_EVALUATION_POSITIVE,
  CYR_NEGATED,
  CYR_NEGATIVE,
  CYR_POSITIVE,
} from './stance-framing-cyrillic';
import type { RegistryActor, Statement, StatementStance } from './types';

/**
 * The reporter's framing gives the stance a neutral quote lacks: "Rutte welcomed the plan,
 * saying …", "Ушаков раскритиковал европейские поправки: «…»". Read only where the quote itself
 * gave no verdict (`unclear`), from the words outside quotes in the statement's sentence and, else,
 * the narrative sentence just before it; the framing verb's subject must be the speaker and its
 * object the plan, a version, a point of it or the mediation.
 */

export interface FramingLayout {
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly Quote[];
  /** Mentions outside quotes, sorted by start. */
  readonly mentions: readonly Mention[];
}

interface Context extends FramingLayout {
  readonly actors: ReadonlyMap<string, RegistryActor>;
}

/** 'label': "described the 28 points as a surrender document": the label's own stance. */
type Polarity = 'positive' | 'negative' | 'label';

export function withFraming(
  text: string,
  statements: readonly Statement[],
  layout: FramingLayout,
): Statement[] {
  // The registry entry of each speaker named in the article: a pronoun's gender must fit it.
  const actors = new Map<string, RegistryActor>();
  for (const m of layout.mentions) if (m.actor) actors.set(m.actor.name, m.actor);
  return statements.map((s) => {
    // A party-less official's verdict stays unclear (assemble.ts): framing gives no party either.
    if (s.stance !== 'unclear' || s.speaker === null) return s;
    if (s.party === null && (s.role === 'official' || s.role === 'institution')) return s;
    const framed = framing(text, s, { ...layout, actors });
    return framed === null ? s : { ...s, stance: framed };
  });
}

function framing(text: string, s: Statement, l: Context): StatementStance | null {
  const at = sentenceAt(l.sentences, s.span[0]);
  if (at < 0) return null;
  const own = l.sentences[at]!;
  const verdict = framedIn(text, own, s, l);
  if (verdict !== null) return verdict;
  // The lead-in: a narrative sentence (no quote of its own) just before, in the same paragraph
  // or closing the one before a quote paragraph.
  const prev = l.sentences[at - 1];
  if (prev === undefined || prev.paragraph < own.paragraph - 1) return null;
  if (inRange(l.quotes, prev.start, prev.end).some((q) => q.words >= 4)) return null;
  return framedIn(text, prev, s, l);
}

/** Index of the sentence holding offset `at` (the last one starting at or before it), or -1. */
const sentenceAt = (sentences: readonly Sentence[], at: number): number =>
  firstFrom(sentences, at + 1) - 1;

/**
 * The sentence with quoted words and the statement's own words blanked (offsets kept): only the
 * reporter's. A verb inside reported words ("ISW notes that Kremlin officials reject the plan")
 * is someone else's act, and stanceOf has read those words already. An interrupted quote's span
 * holds its attribution: only its fragments are blanked.
 */
function reporterWords(
  text: string,
  sentence: Sentence,
  quotes: readonly Quote[],
  own: readonly (readonly [number, number])[],
): string {
  const chars = text.slice(sentence.start, sentence.end).split('');
  const blank = (start: number, end: number): void => {
    const from = Math.max(start, sentence.start) - sentence.start;
    const to = Math.min(end, sentence.end) - sentence.start;
    for (let i = from; i < to; i++) chars[i] = ' ';
  };
  for (const q of inRange(quotes, sentence.start - 2_000, sentence.end)) {
    if (q.words >= 4) blank(q.open, q.close);
  }
  for (const [start, end] of own) blank(start, end);
  return chars.join('');
}

const PATTERNS: readonly (readonly [RegExp, Polarity | null])[] = [
  [EN_POSITIVE, 'positive'],
  [EN_NEGATIVE, 'negative'],
  [CYR_POSITIVE, 'positive'],
  [CYR_NEGATIVE, 'negative'],
  [CYR_EVALUATED, null],
  [EN_LABEL, 'label'],
];

function framedIn(
  text: string,
  sentence: Sentence,
  s: Statement,
  l: Context,
): StatementStance | null {
  const words = reporterWords(text, sentence, l.quotes, s.fragments ?? [s.span]);
  const mentions = inRange(l.mentions, sentence.start, sentence.end);
  const hits: { at: number; end: number; polarity: Polarity | null }[] = [];
  for (const [re, polarity] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(words); m !== null; m = re.exec(words)) {
      hits.push({ at: m.index, end: m.index + m[0].length, polarity });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  for (const hit of hits) {
    const verdict = verdictOf(words, hit, mentions, sentence.start, s, l.actors.get(s.speaker!));
    if (verdict !== null) return verdict;
  }
  return null;
}

function verdictOf(
  words: string,
  hit: { at: number; end: number; polarity: Polarity | null },
  mentions: readonly Mention[],
  offset: number,
  s: Statement,
  actor: RegistryActor | undefined,
): StatementStance | null {
  const cyrillic = CYRILLIC.test(words.slice(hit.at, hit.end));
  const before = words.slice(Math.max(0, hit.at - 40), hit.at);
  const after = words.slice(hit.end);
  // "was welcomed by Kyiv", "backed by pressure": the subject is not the one who framed it.
  if (
    EN_PASSIVE_AFTER.test(after) ||
    /(?<![\p{L}])(?:was|were|been|being|is|are)\s+$/iu.test(before)
  ) {
    return null;
  }
  if (!spokenBy(words, hit.at, mentions, offset, s, actor)) return null;
  const whole = objectOf(words, hit, mentions, offset, cyrillic);
  const as = hit.polarity === 'label' ? whole.search(/\sas\s/u) : whole.length;
  if (as < 0) return null;
  const object = whole.slice(0, as);
  if (!PLAN_OBJECT.test(object) || PROSPECTS.test(object)) return null;
  // "did not reject the text outright": no verdict either way from the reporter.
  if ((cyrillic ? CYR_NEGATED : EN_NEGATED).test(before)) return null;
  if (hit.polarity === 'label') {
    const label = stanceOf(whole.slice(as + 4).split(/\s(?:and|but|while)\s/u)[0]!, null, s.party);
    return label === 'unclear' ? null : label;
  }
  const polarity = hit.polarity ?? evaluation(object);
  if (polarity === null) return null;
  if (polarity === 'negative') return 'opposes';
  const rest = words.slice(hit.end);
  if (EN_CONDITION.test(rest) || CYR_CONDITION.test(rest)) return 'conditional';
  return 'supports';
}

/** "оценил высоко", "оцінив прихильніше": the adverb in the clause gives the polarity. */
function evaluation(clause: string): Polarity | null {
  if (CYR_EVALUATION_NEGATIVE.test(clause)) return 'negative';
  if (CYR_EVALUATION_POSITIVE.test(clause)) return 'positive';
  return null;
}

/** Who did it: the nearest mention before the verb (a possessor, "Trump's", is no subject). */
function spokenBy(
  words: string,
  at: number,
  mentions: readonly Mention[],
  offset: number,
  s: Statement,
  actor: RegistryActor | undefined,
): boolean {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    const end = m.end - offset;
    if (end > at) continue;
    if (/^(?:'s|’s)/u.test(words.slice(end, end + 2))) continue;
    const gap = words.slice(end, at);
    // "Ushakov said that Kyiv rejected …": a clause of its own, with a subject not a mention.
    if (
      gap.length > 80 ||
      /(?<![\p{L}])(?:(?:that|said|says|who|which|что|що)(?![\p{L}])|котор|яки|які)/iu.test(gap)
    ) {
      return false;
    }
    return sameSpeaker(m, s, actor);
  }
  return false;
}

/** The mention names the speaker: the same actor, a pronoun of their kind and gender, a title. */
function sameSpeaker(m: Mention, s: Statement, actor: RegistryActor | undefined): boolean {
  if (m.kind === 'actor') return m.actor?.name === s.speaker;
  if (m.kind === 'pronoun') {
    if (actor === undefined) return m.institution !== true;
    if (m.institution === true) return actor.kind === 'institution';
    return (
      actor.kind === 'person' &&
      (m.gender === undefined || actor.gender === undefined || m.gender === actor.gender)
    );
  }
  if (m.kind === 'nominal') return true;
  const name = s.speaker ?? '';
  return name !== '' && (name.includes(m.text) || m.text.includes(name));
}

/**
 * What the verb is done to: the words after it up to the next clause break; in Russian and
 * Ukrainian also the clause before it, where the object often stands ("Саму ініціативу глава
 * ОП оцінив високо"). Mentions are blanked, so a subject "глава делегации" is no object.
 */
function objectOf(
  words: string,
  hit: { at: number; end: number },
  mentions: readonly Mention[],
  offset: number,
  cyrillic: boolean,
): string {
  const after = words.slice(hit.end, hit.end + 160);
  const stop = after.search(EN_OBJECT_END);
  let from = hit.end;
  const to = hit.end + (stop < 0 ? after.length : stop);
  if (cyrillic) {
    const lead = words.slice(Math.max(0, hit.at - 120), hit.at);
    const cut = Math.max(...[...'.;:!?—–,'].map((c) => lead.lastIndexOf(c)));
    from = hit.at - lead.length + cut + 1;
  }
  const chars = words.slice(from, to).split('');
  for (const m of mentions) {
    for (let i = Math.max(m.start - offset, from); i < Math.min(m.end - offset, to); i++) {
      chars[i - from] = ' ';
    }
  }
  return chars.join('');
}
