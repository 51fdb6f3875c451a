import { apposedPerson } from './apposition';
import { resolve, speakerSlot } from './attribution';
import type { Salience, Verb } from './attribution';
import { makeDraft, SECONDARY_RE } from './drafts';
import type { Attribution, Draft } from './drafts';
import type { Quote, Sentence } from './layout';
import type { Mention } from './mentions';
import { distance, trimSpan } from './spans';
import { mainClause, oblique } from './subject';

/**
 * Who said the words of a sentence: the speech verb nearest its quote (or its first verb with a
 * speaker), that verb's speaker slot resolved through the recently salient speakers, and
 * second-hand reports ("ISW assessed that Putin claimed …": Putin's words, relayed by ISW).
 */
const JOINED_RE =
  /^[”"»’“]?\s*(?:but|and|while|но|и|але|та|і)\s+(?:(?:also|then|later|он|вона|він|она)\s+)?$/u;

export function attribute(
  text: string,
  salience: Salience,
  sentence: Sentence,
  vs: readonly Verb[],
  ms: readonly Mention[],
  qs: readonly Quote[],
): Attribution | null {
  // With a quote, the verb nearest to it attributes it; else the first verb with a speaker.
  // A verb after "but"/"and" that follows a quote ("called it “…” but said …") opens a clause of
  // its own; the quote belongs to the verb before it.
  const near = (v: Verb): number =>
    qs.some((q) => q.close <= v.start && JOINED_RE.test(text.slice(q.close, v.start)))
      ? Number.MAX_SAFE_INTEGER
      : distance(v, qs);
  const ordered = qs.length === 0 ? vs : [...vs].sort((a, b) => near(a) - near(b));
  for (const verb of ordered) {
    const slot = speakerSlot(text, verb, ms, sentence.start, sentence.end);
    if (slot === null) continue;
    // "Dmitriev, the envoy, sounded pleased: “…,” he said": the sentence's subject (its first
    // name) is the nearest antecedent of its pronoun.
    // "В разговоре с Трампом Токаев, по данным его пресс-службы, указал": not after a preposition.
    const subject = mainClause(text, sentence.start, ms).find(
      (m) => (m.kind === 'actor' || m.kind === 'unknown') && !oblique(text, sentence.start, m),
    );
    // "…, the head of his administration said": likewise the antecedent of a possessive.
    if (
      (slot.kind === 'pronoun' || slot.role?.possessive) &&
      subject &&
      subject.end <= slot.start
    ) {
      salience.push(resolve(apposedPerson(text, ms, subject), salience)!);
    }
    const speaker = resolve(slot, salience);
    if (speaker === null) continue;
    // "ISW assessed that Putin claimed …": the words are Putin's, relayed by ISW.
    const inner = vs.find((v) => v.start > verb.end && v.start - verb.end < 90 && !v.according);
    if (inner && speaker.role !== 'official') {
      const innerSlot = speakerSlot(
        text,
        inner,
        ms.filter((m) => m.start >= verb.end),
        verb.end,
        sentence.end,
      );
      const innerSpeaker =
        innerSlot && innerSlot.start > verb.end ? resolve(innerSlot, salience) : null;
      if (innerSlot && innerSpeaker && innerSpeaker.name !== speaker.name) {
        return { verb: inner, speaker: innerSpeaker, slot: innerSlot, reportedBy: speaker.name };
      }
    }
    const reportedBy = verb.word === 'quoted' ? reporterBefore(ms, verb) : null;
    return { verb, speaker, slot, reportedBy };
  }
  return null;
}

function reporterBefore(ms: readonly Mention[], verb: Verb): string | null {
  const m = [...ms].reverse().find((x) => x.end <= verb.start);
  return m ? (m.actor?.name ?? m.text) : null;
}

/** The subject of a later verb, after "while", "and", "but" or a comma, if it is someone else. */
export function ownSubject(
  text: string,
  salience: Salience,
  sentence: Sentence,
  a: Attribution,
  v: Verb,
  ms: readonly Mention[],
): Attribution | null {
  const slot = speakerSlot(text, v, ms, a.verb.end, sentence.end);
  if (slot === null || slot.start < a.verb.end || slot.start > v.start) return null;
  if (slot.kind === 'pronoun' || slot.kind === 'nominal') return null;
  const before = text.slice(Math.max(sentence.start, slot.start - 8), slot.start);
  if (!/(?:\band|\bbut|\bwhile|,|(?<![\p{L}])(?:а|и|но|і|але|та))\s+$/u.test(before)) return null;
  const speaker = resolve(slot, salience);
  return speaker && speaker.name !== a.speaker.name
    ? { verb: v, speaker, slot, reportedBy: null }
    : null;
}

/**
 * "Officials told reporters the offer was final, and warned that “…”": the quote's verb is not
 * the sentence's first; the clause of the first verb, same speaker, is a statement too.
 */
export function earlier(
  text: string,
  salience: Salience,
  sentence: Sentence,
  a: Attribution,
  vs: readonly Verb[],
  ms: readonly Mention[],
): Draft | null {
  const lead = text.slice(Math.max(sentence.start, a.verb.start - 8), a.verb.start);
  if (a.reportedBy !== null || !SECONDARY_RE.test(lead)) return null;
  const first = vs.find((v) => v.end < a.verb.start && !v.according);
  const slot = first ? speakerSlot(text, first, ms, sentence.start, a.verb.start) : null;
  if (!first || !slot || slot.start > first.start) return null;
  if (resolve(slot, salience)?.name !== a.speaker.name) return null;
  const d = makeDraft(text, { ...sentence, end: a.verb.start }, { ...a, verb: first, slot }, []);
  if (d === null || d.mode !== 'reported') return null;
  const cut = text.slice(0, a.verb.start).search(/(?:,|\s)(?:\s*(?:and|while|и|і|й|та))?\s*$/u);
  const [start, end] = trimSpan(text, d.start, Math.max(d.start, cut));
  return end - start < 12 ? null : { ...d, start, end, fragments: [[start, end]] };
}
