import { escapeRegExp } from '../text/regexp';
import type { RegistryActor } from './types';
import {
  ACCORDING_EN,
  ACCORDING_TO_CYR,
  REFUSED_BEFORE,
  SPEECH_STEMS_CYR,
  SPEECH_VERBS_EN,
} from './lexicon';
import { possessiveAccording } from './according';
import { trailingSubject } from './inversion';
import { named, titledName } from './titled-name';
import { droppedSubject } from './dropped-subject';
import { outsideRelative } from './relative';
import type { Mention } from './mentions';
import { office, Salience } from './salience';
import type { Speaker } from './salience';

/**
 * Attribution: speech verbs in the text, the speaker slot each one has (subject before it, the
 * name after it in inversions such as "said Peskov" or "сказал … Песков", the object of "according
 * to" / "по словам"), and how a mention becomes a speaker (pronouns and "the aide" through the
 * recently salient people).
 */

export interface Verb {
  readonly start: number;
  readonly end: number;
  /** Lower-case verb as written ("said", "заявил", "according to"). */
  readonly word: string;
  /** "according to X" / "по словам X": the speaker follows the phrase. */
  readonly according: boolean;
}

export { Salience };
export type { Speaker };

const VERB_RE = new RegExp(
  `(?<![\\p{L}-])(?:(${SPEECH_VERBS_EN.map(escapeRegExp).join('|')})|((?:${ACCORDING_TO_CYR.join('|')}))|((?:${SPEECH_STEMS_CYR.join('|')})\\p{L}{0,4}))(?![\\p{L}])`,
  'giu',
);

const CALL_RE =
  /^\s+(?:him|her|them|me|us|(?:several|some|each|both|all|one|two|three) of them|(?:\p{Lu}\p{Ll}+\s){1,3}?)\s*(?:while|on|from|after|before|during|late|early|last|this|again|back|twice|overnight)(?![\p{L}])/u;

export function findVerbs(text: string): Verb[] {
  const verbs: Verb[] = [];
  for (const m of text.matchAll(VERB_RE)) {
    const word = m[0].toLowerCase();
    // "agreed wording", "the proposed text": a participle before its noun, not a speech act.
    if (
      /^(?:agreed|proposed|stated|declared|announced|confirmed)$/u.test(word) &&
      /^\s+(?!(?:to|that|on|upon|with|in|at|by|the|a|an|this|it|he|she|they|we)\b)[a-z]/u.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 12),
      ) &&
      /\b(?:and|the|an?|of|for|on)\s+$/iu.test(text.slice(Math.max(0, m.index - 6), m.index))
    ) {
      continue;
    }
    // "those calling for a separate plan", "critics who say …": a generic subject, no speaker.
    if (
      /\b(?:those|anyone|others|critics|people)(?:\s+who)?\s+$/iu.test(
        text.slice(Math.max(0, m.index - 16), m.index),
      )
    ) {
      continue;
    }
    // "negotiators reported progress", "the reported plan": "reported" relays words only with
    // a clause or a quote after it ("reported that …", "reported, citing …").
    if (
      (word === 'reported' || word === 'reports') &&
      !/^\s*(?:that\b|[,:“"«])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))
    ) {
      continue;
    }
    // "Rubio called several of them while flying to Geneva", "called Putin on Tuesday": a
    // telephone call, not words (a person called, then a time, place or circumstance).
    if (
      (word === 'called' || word === 'calls') &&
      CALL_RE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))
    ) {
      continue;
    }
    // "отказался даже называть стадию", "refused to say when": a speech act declined.
    if (REFUSED_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "the envoy said to have shaped the draft", "is said to be": hearsay, not a speech act.
    if (
      /^\s+to\s+(?:be|have)\b/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 9))
    ) {
      continue;
    }
    verbs.push({
      start: m.index,
      end: m.index + m[0].length,
      word,
      according: ACCORDING_EN.includes(word) || m[2] !== undefined,
    });
  }
  // "in Macron's telling": the possessor is the speaker (the pronoun forms are in the lexicon).
  const known = new Set(verbs.map((v) => v.start));
  for (const p of possessiveAccording(text)) {
    if (!known.has(p.start)) verbs.push({ ...p, according: true });
  }
  return verbs.sort((a, b) => a.start - b.start);
}

export function actorSpeaker(actor: RegistryActor, indirect = false): Speaker {
  return {
    name: actor.name,
    party: actor.party,
    role: actor.role,
    person: actor.kind === 'person',
    ...(actor.gender ? { gender: actor.gender } : {}),
    ...(actor.title ? { title: actor.title } : {}),
    indirect,
  };
}

export function resolve(mention: Mention, salience: Salience): Speaker | null {
  switch (mention.kind) {
    case 'actor':
      return actorSpeaker(mention.actor!);
    case 'pronoun':
      return mention.institution ? salience.institution() : salience.pronoun(mention.gender);
    case 'descriptive':
    case 'nominal': {
      if (mention.role) return office(mention.role, salience);
      const d = mention.descriptive;
      // "the official said", "the envoy said": whoever last spoke with that title, if anyone;
      // else the description is a speaker of its own ("a senior US official").
      const back =
        mention.kind === 'nominal'
          ? salience.nominal(mention.text.split('|'))
          : d?.definite
            ? salience.nominal(d.title)
            : null;
      // "the aide" with nobody to refer to names no one: dropped, as a pronoun would be.
      if (back || !d || (d.definite && d.role !== 'commentator')) return back;
      return {
        name: d.text,
        party: d.party,
        role: d.role,
        person: !/^(?:delegation|side|government|делегаци|делегаці|сторон)/u.test(d.title),
        title: d.title,
        indirect: false,
        unnamed: true,
      };
    }
    case 'unknown':
      return {
        name: mention.text.replace(/[’']s$/u, ''),
        party: mention.title?.party ?? null,
        role: mention.title?.role ?? 'unknown',
        person: true,
        indirect: false,
        ...(mention.title?.office ? { title: mention.title.office } : {}),
      };
  }
}

const PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:with|to|for|from|by|against|between|than|с|со|з|із|зі|к|до|для|от|від|между|між|против|проти)\s+$/iu;

/** Possessive and object pronouns cannot be the subject of "said" ("his", "him", "її"). */
const NOT_SUBJECT = new Set([
  'his',
  'him',
  'her',
  'его',
  'него',
  'ее',
  'её',
  'нее',
  'його',
  'нього',
  'її',
  'неї',
]);

/**
 * The mention that is the speaker of `verb` inside [from, to) (a sentence with quotes masked):
 * the object of "according to" / "quoted him as saying"; the name between a closing quote and
 * the verb, or after the verb in an inversion; else the subject before the verb, skipping an
 * appositive ("Michael Froman, president of the Council on Foreign Relations, said").
 */
/** "Алексей Чепа в беседе с «Лентой.ру» назвал …": an outlet in guillemets, not a quote. */
const OUTLET_BEFORE = /(?<![\p{L}])(?:с|со|з|із|зі|в|у|на|для)\s+«[^«»]{1,30}»\s*$/u;

export function speakerSlot(
  text: string,
  verb: Verb,
  mentions: readonly Mention[],
  from: number,
  to: number,
): Mention | null {
  // "По его словам": the pronoun sits inside the phrase itself.
  const after = mentions.filter(
    (m) => m.start >= (verb.according ? verb.start : verb.end) && m.start < to,
  );
  const before = mentions.filter((m) => m.end <= verb.start && m.start >= from);
  if (verb.according) {
    // "Witkoff – who, according to officials, was meeting …" describes, it reports no words.
    if (/\b(?:who|which),?\s*$/iu.test(text.slice(Math.max(from, verb.start - 12), verb.start))) {
      return null;
    }
    const next = after[0];
    // "according to analysts who follow the Kremlin": the Kremlin is not who speaks.
    if (next && /\b(?:who|which|that)\b/iu.test(text.slice(verb.end, next.start))) return null;
    return next && next.start - verb.end < (verb.word === 'per' ? 6 : 40) ? next : null;
  }
  // "— цитирует Пескова ТАСС", "— цитує його РБК-Україна", "приводит слова Ушакова": the
  // object, not the outlet after it, is who spoke.
  if (/^(?:цитиру|цитує|цитува|процитир|привод\p{L}* слова|навод\p{L}* слова)/u.test(verb.word)) {
    return after[0] ?? null;
  }
  if (verb.word === 'quoted') {
    // "quoted him as saying", "quoted Leonid Slutsky, the LDPR leader, as calling …"
    const object = after[0];
    return object &&
      /^[^.;]{0,60}?\bas\s+\p{L}+ing\b/u.test(text.slice(object.end, object.end + 80))
      ? object
      : null;
  }
  const lead = text.slice(from, verb.start);
  const subjects = outsideRelative(text, from, verb.start, before).filter(
    (m) =>
      (m.kind !== 'pronoun' || !NOT_SUBJECT.has(m.text.toLowerCase())) &&
      // "Putin’s warning that …" is a noun phrase, not Putin warning.
      !/^[’']s\s+$/u.test(text.slice(m.end, verb.start)) &&
      // "after meeting with Trump, Zelensky said", "після зустрічі з Трампом": an object.
      !PREPOSITION_BEFORE.test(text.slice(Math.max(from, m.start - 8), m.start)),
  );
  // Inversion: the verb opens the sentence or follows a quote ("…,” said X", "», — сказал X").
  const afterQuote = /[”"»’][\s,—–-]*$/u.test(lead) && !OUTLET_BEFORE.test(lead);
  // "Как заявил Ушаков, …", "As Rubio put it, …", "Про це заявив Зеленський": the speaker follows.
  // Mid-sentence too: "Вместе с тем, как отмечают в ISW, …".
  const opener =
    /^\s*(?:как|як|as|об этом|о том|про це|this was|that was)?\s*$/iu.test(lead) ||
    /[,—–]\s*(?:как|як)\s*$/iu.test(lead);
  if (
    afterQuote ||
    opener ||
    trailingSubject(text, lead, verb, after) ||
    (subjects.length === 0 && /[,—–-]\s*$/u.test(lead))
  ) {
    const candidates = after.filter(
      (m) =>
        (m.kind !== 'pronoun' || !NOT_SUBJECT.has(m.text.toLowerCase())) &&
        m.start - verb.end < 120,
    );
    // "– сказал пресс-секретарь президента Дмитрий Песков": the name, not the title before it;
    // "said Kremlin aide Yuri Ushakov": the person, not the institution in his title.
    const first = candidates[0];
    const name = first === undefined ? undefined : titledName(text, first, candidates);
    const inverted = name ?? first;
    if (inverted && inverted.start - verb.end < 120) return inverted;
    if (afterQuote) return null;
  }
  if (subjects.length === 0) return droppedSubject(text, verb, from);
  const trimmed = lead.trimEnd();
  let chosen = subjects[subjects.length - 1]!;
  if (trimmed.endsWith(',')) {
    // An appositive ", …," between the subject and its verb: the subject precedes its first comma.
    const open = text.lastIndexOf(',', from + trimmed.length - 2);
    if (open >= from) {
      const subject = [...subjects].reverse().find((m) => m.end <= open);
      const inner = text.slice(open, from + trimmed.length);
      if (subject && !findVerbs(inner).length) chosen = subject;
    }
  }
  return named(text, chosen, subjects);
}
