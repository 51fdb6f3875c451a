import type { Mention } from './mention-types';

/** The part of attribution.ts's Verb read here (a structural type: importing it made a cycle). */
interface SpeechVerb {
  readonly start: number;
  readonly word: string;
  readonly according: boolean;
}

/**
 * "И добавил: «…»", "А потім додала, що …": Russian and Ukrainian drop the subject of a verb that
 * continues the person just quoted; the verb's past-tense ending gives the gender, and the
 * subject is read as "он"/"вона" would be. Only when nothing but a conjunction or a sequencing
 * adverb stands before the verb in its sentence.
 */
const DROPPED_LEAD =
  /^\s*(?:(?:и|а|но|і|й|та|але)\s+)?(?:(?:также|потом|затем|далее|позже|тогда|ещё|еще|також|потім|далі|пізніше|тоді|ще)\s+)?$/iu;
export function droppedSubject(text: string, verb: SpeechVerb, from: number): Mention | null {
  if (!/[\u0400-\u04ff]/u.test(verb.word) || verb.according) return null;
  if (!DROPPED_LEAD.test(text.slice(from, verb.start))) return null;
  // A past-tense form only ("добавил", "додала"): a present "считает" may have a plural subject.
  const female = /ла$/u.test(verb.word);
  if (!female && !/(?:л|в)$/u.test(verb.word)) return null;
  return {
    start: verb.start,
    end: verb.start,
    kind: 'pronoun',
    text: female ? 'она' : 'он',
    gender: female ? 'female' : 'male',
  };
}
