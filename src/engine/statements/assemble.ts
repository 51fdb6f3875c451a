import { CYRILLIC } from './script';
import { resolveDate } from './dates';
import type { Draft } from './drafts';
import type { Sentence } from './layout';
import { questionFrames } from './question-frame';
import { speechAct } from './speech-acts';
import { topicAbove } from './topic-above';
import { frameOf } from './spans';
import { aboutPlan, stanceOf } from './stance';
import type { Targeter } from './target';
import type { Statement } from './types';

/**
 * From drafts to statements: only those about the plan or the talks on it, each with its stance,
 * target, topics and date.
 */

/**
 * Words about the plan or the talks on it: cues in the quote, in the words framing it, or in
 * the narrative sentence just before (a reply to a question about the plan names it there).
 */
function relevant(
  text: string,
  drafted: ReadonlyMap<number | undefined, ReadonlySet<string>>,
  sentences: readonly Sentence[],
  d: Draft,
  quote: string,
): boolean {
  if (aboutPlan(quote) || aboutPlan(frameOf(d.context))) return true;
  if (questionFrames(d.context, aboutPlan)) return true;
  // A quote after a colon with no speech verb ("Комментировать встречу он не стал: «…»"), or
  // after a colon that ends the lead-in ("Про територіальні поступки він висловився ще
  // категоричніше: «…»"): the whole lead-in frames it, the words before its verb too.
  if ((d.verb === null || /:\s*$/u.test(d.context)) && aboutPlan(d.context)) return true;
  if (d.sentence !== undefined && topicAbove(text, sentences, d.sentence, d.paragraph, aboutPlan)) {
    return true;
  }
  const prev = d.sentence === undefined ? undefined : sentences[d.sentence - 1];
  if (prev === undefined || prev.paragraph < d.paragraph - 1) return false;
  // A statement before it has its own subject; only narrative sets the scene for a quote. The
  // same speaker's reported lead-in does too ("Після зустрічі з американською делегацією
  // Зеленський пообіцяв обійтися без гучних слів. «…», – сказав президент").
  const before = drafted.get(d.sentence! - 1);
  if (before !== undefined && (before.size > 1 || !before.has(d.speaker.name))) return false;
  return aboutPlan(text.slice(prev.start, Math.min(prev.end, d.start)));
}

export function assemble(
  text: string,
  drafts: readonly Draft[],
  sentences: readonly Sentence[],
  target: Targeter,
  date: string | null,
): Statement[] {
  const statements: Statement[] = [];
  /** Paragraph of each speaker's last statement kept: a speaker stays on topic in a passage. */
  const keptIn = new Map<string, number>();
  // Speakers of the drafts in each sentence, looked up per draft (a scan of all was quadratic).
  const drafted = new Map<number | undefined, Set<string>>();
  for (const x of drafts) {
    const names = drafted.get(x.sentence) ?? new Set<string>();
    drafted.set(x.sentence, names.add(x.speaker.name));
  }
  for (const d of drafts) {
    const quote = text.slice(d.start, d.end);
    const frame = d.context;
    const { target: t, topics } = target.target(quote, frame, date);
    const last = keptIn.get(d.speaker.name);
    // In English wire copy a speaker already quoted on the plan stays on it later in the article
    // ("Peskov said on Friday the two days of work had been difficult"), however far apart; in
    // Russian and Ukrainian reporting the one-paragraph reach stays for reported words (tuned
    // there separately), but a speaker's own quoted words stay on the plan however far apart (a
    // chronicle quoting Trump on the truce one day and again days later).
    const onTopic =
      relevant(text, drafted, sentences, d, quote) ||
      topics.length > 0 ||
      t.kind !== 'plan' ||
      (last !== undefined &&
        (d.paragraph - last <= 1 || !CYRILLIC.test(quote) || d.mode === 'direct'));
    if (!onTopic) continue;
    keptIn.set(d.speaker.name, d.paragraph);
    // An appeal, promise or refusal keeps its speaker on the topic but is no statement itself.
    const act = speechAct(text, d);
    if (act === 'refusal' || (act === 'act' && !aboutPlan(quote))) continue;
    statements.push({
      id: `st-${d.start}-${d.end}`,
      speaker: d.speaker.name,
      party: d.speaker.role === 'commentator' ? null : d.speaker.party,
      role: d.speaker.role,
      quote,
      span: [d.start, d.end],
      mode: d.mode,
      // An official of none of the parties (a third state's minister or spokeswoman) gives no
      // party's verdict: their praise of dialogue or of a "fair peace" read as `supports` was
      // wrong 4 times in 5 on dev. A speaker the registry does not know (role unknown) keeps
      // the reading of their words: they may well be a party's deputy or official.
      stance:
        d.speaker.party === null &&
        (d.speaker.role === 'official' || d.speaker.role === 'institution')
          ? 'unclear'
          : stanceOf(
              d.mode === 'reported' && d.verb ? `${d.verb} ${quote}` : quote,
              d.verb,
              d.speaker.role === 'commentator' ? null : d.speaker.party,
            ),
      target: t,
      topics,
      date: resolveDate(frame, date),
      confidence: d.confidence,
      ...(d.reportedBy ? { reportedBy: d.reportedBy } : {}),
      ...(d.fragments.length > 1
        ? { fragments: d.fragments.map(([s, e]) => [s, e] as const) }
        : {}),
    });
  }
  return statements;
}
