/**
 * English evaluations of the text by predicate (ninth session): an evaluative adjective said of
 * the plan or of a pronoun standing for it ("the plan is deeply flawed", "it's a very good deal",
 * "this is not a serious proposal"), or given to it as a label ("called the draft unrealistic",
 * "described it as a solid basis"). One mechanism in place of phrase lists: the lexicon's
 * 'good plan' misses "a very good plan", and no list holds every adjective. Each regex is fixed and
 * anchored on the subject word, so the bounded runs after it are tried only there.
 */

/** What the speakers evaluate: the plan and its synonyms. "deal of" (a great deal of) is no text. */
const TEXT =
  '(?:plan|plans|proposal|proposals|draft|drafts|deal(?!\\s+of)|framework|document|text|initiative|blueprint|roadmap|agreement|settlement|package|offer|terms|version|memorandum|accord|points|idea|ideas|compromise|solution|approach)';
/** Nouns an adjective may qualify after a pronoun subject: "it's a good one", "a solid basis". */
const TEXT_AFTER = `(?:${TEXT}|one|basis|foundation|start|starting point)`;

/** Adjectives that approve a text when said of it. Bare "important", "interesting" judge nothing. */
const GOOD =
  'good|great|excellent|positive|promising|sensible|reasonable|serious|solid|sound|strong|useful|valuable|viable|workable|balanced|fair|realistic|pragmatic|decent|acceptable|credible|constructive|wise|smart|beautiful|fantastic|terrific|tremendous|wonderful|brilliant|helpful|substantive|meaningful|remarkable|impressive|better|best|improved|the best|the right';

/** Adjectives that fault a text when said of it. */
const BAD =
  'bad|terrible|horrible|awful|poor|weak|flawed|one-sided|unfair|unjust|unrealistic|unworkable|unacceptable|dangerous|misguided|disastrous|shameful|absurd|ridiculous|unbalanced|lopsided|half-baked|vague|hollow|empty|worthless|meaningless|pro-russian|pro-kremlin|kremlin-friendly|rotten|toxic|bogus|fake|phony|phoney|wrong|incomplete|inadequate|insufficient|unserious|deficient|problematic|troubling|humiliating|dishonest|illegitimate|useless|pointless|defective|nonsensical|silly|stupid|crazy|insane|outrageous|disgraceful|naive|naïve|premature|irresponsible|reckless|the wrong|the worst|worse|worst';

/** Degree words between the copula and the adjective ("a very, very good", "deeply"). */
const DEGREE =
  '(?:(?:very|really|quite|truly|deeply|fundamentally|completely|totally|entirely|utterly|extremely|so|too|rather|pretty|largely|clearly|simply|absolutely|highly|basically|essentially|frankly|still|also|just|incredibly|seriously|profoundly|overall|potentially|actually|certainly|definitely|obviously|a|an|very,)\\s+){0,4}';

/** Words that deny the predicate: "is not a good plan", "isn't serious", "is far from fair". */
const DENY = "(?:not|n't|never|hardly|far from|by no means|no longer|in no way|nowhere near)";

const COPULA =
  "(?:is|was|are|were|'s|'re|remains|remain|seems|seem|seemed|looks|look|looked|appears|appear|sounds|sound|would be|will be|could be|has been|have been|would remain|feels|becomes|became)";

/**
 * "[subject] [copula] [not] [degree] [adjective]", the subject no preposition's object and no
 * indirect question's ("which points are acceptable"; GOVERNED, checked in evaluation()). With
 * the plan as subject the adjective may end the clause ("the plan is deeply flawed."); with a
 * pronoun ("it", "this", "that", "which") a text noun must follow ("it's a very good deal"),
 * since "this is serious" or "it is good that they met" judge something else. Either way nothing
 * may make the adjective someone else's. One regex for both polarities (it is tried at every word
 * start): group 1 the denial, 2 an approving adjective, 3 a faulting one, 4 a clause end after it.
 */
const PREDICATE = new RegExp(
  `(?<![\\p{L}])(?:${TEXT}(?:\\s+as\\s+(?:it|they)\\s+(?:stands?|is|are))?|it|this|that|which)\\s*${COPULA}\\s+(${DENY}\\s+)?${DEGREE}(?:(${GOOD})|(${BAD}))(?:\\s+(?:and|but)\\s+[\\p{L}-]+)?(?=(\\s*(?:[,.;:!?—–)"”]|$)|\\s(?:and|but)(?![\\p{L}])|\\s+for\\s+(?:ukraine|us|everyone|both|all|peace|europe|russia)(?![\\p{L}]))|\\s+(?:[\\p{L}-]+\\s+)?${TEXT_AFTER}(?![\\p{L}]))`,
  'gu',
);

/**
 * "called the draft unrealistic", "described it as a solid basis", "deemed the terms
 * unacceptable": a label given to the text in a reporting verb's frame. A pronoun object must be
 * followed by a text noun ("called it a good basis"), as in PREDICATE: "called it positive" may
 * be the meeting. Groups: 1 the denial, 2 approving, 3 faulting, 4 whether a text noun follows.
 */
const LABEL = new RegExp(
  `(?<![\\p{L}])(?:called|calls|calling|described|describes|describing|branded|brands|labelled|labeled|termed|deemed|deems|considers|considered|regards|regarded|judged|judges|views|viewed)\\s+(?:(?:the|this|that|their|our|his|her|its|washington's|moscow's|trump's|the\\s+us|the\\s+american|the\\s+russian)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${TEXT}|it|this|that|them)\\s+(?:as\\s+)?(${DENY}\\s+)?${DEGREE}(?:(${GOOD})|(${BAD}))(?![\\p{L}])(\\s+(?:[\\p{L}-]+\\s+)?${TEXT_AFTER}(?![\\p{L}]))?`,
  'gu',
);

/**
 * "we view the American ideas positively", "Moscow assessed the draft favourably", "we see the
 * plan critically": a manner adverb on a verb of judging (the lexicon's cues skip adverbs made of
 * a cue, "positively" included), with the text or a pronoun as its object ("contacts can be
 * assessed positively" judges the talks). Group 1 holds an approving adverb.
 */
const JUDGED_AS = new RegExp(
  `(?<![\\p{L}])(?:view|views|viewed|viewing|see|sees|saw|seeing|assess|assesses|assessed|assessing|regard|regards|regarded|evaluate|evaluates|evaluated|perceive|perceives|perceived|received|receive|receives|look\\s+(?:at|upon))\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:it|this|them|these|${TEXT})\\s+(?:[\\p{L}'’-]+\\s+)?(?:(positively|favou?rably|with\\s+(?:interest|optimism|approval|satisfaction))|negatively|unfavou?rably|critically|sceptically|skeptically|with\\s+(?:scepticism|skepticism|concern|alarm|suspicion))(?![\\p{L}])`,
  'gu',
);

export /**
 * The text as a preposition's object or an indirect question's subject, a few words back ("any
 * deviation from the original plan would be", "which points are acceptable"): not the subject
 * judged.
 */
const GOVERNED =
  /(?:^|[^\p{L}])(?:from|of|than|to|with|about|on|against|under|by|which|what|whether|how many|how much|if)\s+(?:[\p{L}0-9'’-]+\s+){0,3}$/u;
const PRONOUN = /^(?:it|this|that|which)(?![\p{L}])/u;

/**
 * "the Russians have hinted that any deviation would be unacceptable": an evaluation inside what a
 * third party said is a report of its view (the speaker's own "I think that" keeps it).
 */
const REPORTED =
  /(?:^|[^\p{L}])(?!(?:i|we)\s)\p{L}+\s+(?:have\s+|has\s+|had\s+)?(?:said|hinted|signalled|signaled|claimed|argued|insisted|suggested|warned|stated|declared|believes?|think|thinks)\s+(?:that\s+)?[^.;!?]*$/u;

/** Approvals and faults said of the text; a denial in the frame turns one into the other. */
export function evaluation(text: string): { positive: number; negative: number } {
  let positive = 0;
  let negative = 0;
  const add = (m: RegExpMatchArray): void => {
    const good = m[2] !== undefined;
    if (Boolean(m[1]) === good) negative++;
    else positive++;
  };
  for (const m of text.matchAll(PREDICATE)) {
    const before = text.slice(Math.max(0, m.index - 120), m.index);
    if (REPORTED.test(before)) continue;
    const pronoun = PRONOUN.test(m[0]);
    // A pronoun needs a text noun after the adjective; the plan as subject may not be governed.
    if (pronoun ? m[4] !== undefined : GOVERNED.test(before)) continue;
    add(m);
  }
  for (const m of text.matchAll(LABEL)) {
    if (REPORTED.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    if (/^\S+\s+(?:it|this|that|them)\s/u.test(m[0]) && m[4] === undefined) continue;
    add(m);
  }
  for (const m of text.matchAll(JUDGED_AS)) {
    if (m[1]) positive++;
    else negative++;
  }
  return { positive, negative };
}
