import { resolve, speakerSlot } from './attribution';
import type { Salience, Verb } from './attribution';
import type { Attribution } from './drafts';
import type { Quote, Sentence } from './layout';
import type { Mention } from './mentions';
import { distance } from './spans';

/**
 * Who said the words of a sentence: the speech verb nearest its quote (or its first verb with a
 * speaker), that verb's speaker slot resolved through the recently salient speakers, and
 * second-hand reports ("ISW assessed that Putin claimed …": Putin's words, relayed by ISW).
 */
export function attribute(
  text: string,
  salience: Salience,
  sentence: Sentence,
  vs: readonly Verb[],
  ms: readonly Mention[],
  qs: readonly Quote[],
): Attribution | null {
  // With a quote, the verb nearest to it attributes it; else the first verb with a speaker.
  const ordered = qs.length === 0 ? vs : [...vs].sort((a, b) => distance(a, qs) - distance(b, qs));
  for (const verb of ordered) {
    const slot = speakerSlot(text, verb, ms, sentence.start, sentence.end);
    if (slot === null) continue;
    // "Dmitriev, the envoy, sounded pleased: “…,” he said": the sentence's subject (its first
    // name) is the nearest antecedent of its pronoun.
    const subject = ms.find((m) => m.kind === 'actor' || m.kind === 'unknown');
    if (slot.kind === 'pronoun' && subject && subject.end <= slot.start) {
      salience.push(resolve(subject, salience)!);
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
