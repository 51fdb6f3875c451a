import { CLAUSE_BREAK, CLAUSE_BREAK_WITH_END, clauseBefore } from './stance-rules';
import { NEAR_NEGATOR } from './stance-en';
import { EN_NEGATIVE, EN_POSITIVE } from './stance-en-cues';
import { evaluation } from './stance-en-evaluation';
import { advocacy } from './stance-en-advocacy';
import { outcomes, rhetoricalFaults } from './stance-en-outcome';
import { refusedConcessions } from './stance-en-terms';
import { frames } from './stance-en-frames';

/**
 * English evaluations implied rather than stated (eighth session): a text faulted for what it
 * lacks, a refusal said as "cannot go along with". Unseen English reporting lost most stance on
 * verdicts like these read as `unclear`. Fixed regexes, each linear over the lower-cased text.
 */

/**
 * A text faulted for what it leaves out: "the draft asks nothing of Moscow", "it fails to
 * address deterrence", "the plan is silent on guarantees", "none of which appear in the text".
 * Critics describe a plan this way far more often than they say "reject"; each is a refusal.
 */
const LACKS =
  /(?<![\p{L}])(?:asks?|asked|demands?|demanded|requires?|required|expects?|expected)\s+nothing\s+(?:of|from)(?![\p{L}])|(?<![\p{L}])(?:fails?|failed)\s+to\s+(?:address|mention|include|provide|offer|guarantee|deter|stop|protect)(?![\p{L}])|(?<![\p{L}])(?:is|was|remains|are|were)\s+(?:largely\s+|completely\s+|entirely\s+)?silent\s+(?:on|about)(?![\p{L}])|(?<![\p{L}])none\s+of\s+(?:which|them|these|this)\s+(?:[\p{L}]+\s+)?(?:appears?|is|are|features?|figures?)\s+in\s+(?:the|this)\s+(?:[\p{L}-]+\s+)?(?:draft|plan|text|document|proposal|framework)(?![\p{L}])/gu;

/**
 * "not a single point imposes any obligations on Russia", "there are no demands on Moscow": a
 * burden on the other side named only to say it is missing. Without a negator in the clause
 * ("the plan imposes obligations on Russia") it is a description and counts nothing.
 */
const BURDEN_ON_RUSSIA =
  /(?<![\p{L}])(?:obligations?|demands?|requirements?|concessions?|restrictions?|limits|limitations|burdens?)\s+(?:on|of|from)\s+(?:russia|moscow|the kremlin|the aggressor|putin)(?![\p{L}])/gu;

export function lacks(text: string): number {
  let n = [...text.matchAll(LACKS)].length;
  for (const m of text.matchAll(BURDEN_ON_RUSSIA)) {
    if (NEAR_NEGATOR.test(clauseBefore(text, m.index, 80, CLAUSE_BREAK_WITH_END))) n++;
  }
  return n;
}

/**
 * English cues the lexicon lacked, read like its own (a negator flips them): "cannot go along
 * with", "would not back the plan" refuse; "the plan is unconstitutional", "a deal imposed on
 * Kyiv", "blocking points" fault the text.
 */
export const MORE_POSITIVE: readonly string[] = [
  'go along with|goes along with',
  // A verdict by comparison or by chance of success: "much better than the first draft", "a
  // real improvement", "the best chance for peace in years".
  'much better|far better|a lot better|significantly better|better than the|an improvement',
  'big improvement|real improvement|significant improvement|best chance',
  // "things that are not implementable as they stand": read with its negator, a refusal.
  'implementable',
  // Welcomes without "welcome" (eighth session): "hailed the new momentum behind the initiative",
  // "the peace initiative has gained new momentum", "called the text ambitious", "sensational".
  // Bare "momentum in the talks" is progress, which the policy reads as unclear: left out.
  'momentum behind|initiative has gained new momentum|plan has gained new momentum',
  'ambitious|sensational',
  ...EN_POSITIVE,
].flatMap((l) => l.split('|'));
export const MORE_NEGATIVE: readonly string[] = [
  // Outside the law the speaker's side lives by.
  'unconstitutional|against the constitution|against our constitution|against the ukrainian constitution',
  'violates the constitution|violate the constitution|contrary to the constitution',
  'against international law|violates international law|violation of international law',
  'breach of international law',
  // Terms forced on a side rather than agreed with it.
  'imposed on|imposed upon|forced on|forced upon',
  // Refusals without "reject": "would never trade its land for promises".
  'never trade|never hand over|never exchange',
  'blocking point|deal-breaker|dealbreaker|deal breaker',
  'dictated peace|diktat|dead in the water',
  // Doubt and derision: "highly skeptical it will achieve peace", "has real problems", "this
  // so-called peace plan". Bare "scepticism about any imminent deal" is about prospects: left out.
  'skeptical it|sceptical it|skeptical that|sceptical that|great skepticism|great scepticism',
  'real problems|serious problems|major problems|big problems|so-called',
  // Appeasement said as a verb or an analogy, the way senators fault a deal: "appeasing the
  // aggressor", "rewarding Russian butchery", "this sounds like 1938 Munich", "written in
  // Russian". A bare "Munich" is the security conference: only the dated analogy counts.
  // (Appeasing and appease, once listed by object here, are the stem 'appeas' in stance-en-cues.ts.)
  'rewarding aggression|rewarding russia|rewarding putin|rewarding the aggressor',
  '1938 munich|munich 1938|another munich|munich agreement|written in russian|written in moscow',
  ...EN_NEGATIVE,
].flatMap((l) => l.split('|'));

/**
 * "it is hard to imagine that Kyiv could go along with this", "I can't see how anyone accepts
 * it": doubt that the cue could happen denies it, like a negator (which three words before the
 * cue would not reach through "that Kyiv could").
 */
const DOUBT_FRAME =
  /(?:hard|difficult|impossible|can't|cannot|could not|couldn't)\s+(?:to\s+)?(?:imagine|see|believe)\s+(?:how\s+|that\s+|why\s+)?(?:[\p{L}'’-]+\s+){0,4}$/u;

export function doubtNegated(text: string, at: number): boolean {
  // A wider window than the negator look-back: the frame sits a clause-start away from the cue.
  return DOUBT_FRAME.test(clauseBefore(text, at, 90, CLAUSE_BREAK));
}

/**
 * "praised the framework as …", "criticised the draft's army cap", "dismissed the European
 * counter-proposal": a reporting verb that is itself the verdict, on the text as its object. The
 * verb is read only with such an object: "criticised Europe for stalling" judges no text.
 */
const TEXT_OBJECT =
  "\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:plan|plans|proposal|proposals|draft|drafts|deal|framework|document|text|initiative|blueprint|roadmap|points?|terms|provisions?|clauses?|counter-proposal|peace effort|peace efforts)(?![\\p{L}])";
const PRAISED = new RegExp(
  `(?<![\\p{L}])(?:praised|praises|praising|hailed|hails|hailing|lauded|lauds|applauded|applauds|backed|backs|backing|endorsed|endorses|defended|defends|defending)${TEXT_OBJECT}`,
  'u',
);
const FAULTED = new RegExp(
  `(?<![\\p{L}])(?:criticised|criticized|criticises|criticizes|criticising|criticizing|dismissed|dismisses|dismissing|slammed|slams|blasted|lambasted|denounced|denounces|condemned|condemns|attacked|ridiculed|derided|panned|trashed)${TEXT_OBJECT}`,
  'u',
);

/**
 * Verdicts read from a frame, not a cue word: a verdict verb, an evaluative predicate or label
 * given to the text (stance-en-evaluation.ts), a push to take it (stance-en-advocacy.ts).
 */
export function verdictVerb(text: string): { positive: number; negative: number } {
  const judged = evaluation(text);
  const pushed = advocacy(text);
  const done = outcomes(text);
  const framed = frames(text);
  return {
    positive:
      (PRAISED.test(text) ? 1 : 0) +
      judged.positive +
      pushed.positive +
      done.positive +
      framed.positive,
    negative:
      (FAULTED.test(text) ? 1 : 0) +
      judged.negative +
      pushed.negative +
      done.negative +
      rhetoricalFaults(text) +
      refusedConcessions(text) +
      framed.negative,
  };
}

/**
 * "If this plan is signed, Russia will emerge the winner", "If we get those two issues settled, I
 * think the rest will work out", "If Ukraine can make a deal, that would be good": an "if" whose
 * main clause forecasts an outcome (not the speaker's side acting: "we will sign") sets no terms.
 * The "if" clause is blanked before conditions are looked for; cues in the rest still count.
 * Anchored at a sentence start, so the lazy run is tried only there.
 */
const IF_FORECAST =
  /(?:^|(?<=[.!?;]\s))\s*if\s[^.!?;,]{1,120},\s+(?=(?:i think\s+|then\s+)?(?:there|that|it|the rest(?:\s+of\s+(?:the\s+)?[\p{L}]+)?|russia|moscow|ukraine|kyiv|they|everything|everyone)\s+(?:will|would|could|'ll|is going to)\s)/giu;

export function unforecast(text: string): string {
  return text.replace(IF_FORECAST, ' ');
}
