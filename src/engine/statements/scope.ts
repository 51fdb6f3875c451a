import { concessionsJudged } from './stance-en-frames';

/**
 * Stance cues out of scope: words that read like a verdict but are about something other than
 * the plan or a point of it ("critical infrastructure", "agreed to meet", "welcomed Zelensky",
 * "impossible to say when"). The annotation policy reads such statements as `unclear` unless
 * another cue bears on the plan, so these phrases are blanked before the cues are counted.
 * Every pattern is a fixed regex run once over the statement: linear, no backtracking blow-up.
 */

/**
 * Run on the original text: a greeting to a person or a delegation is no endorsement. Not a
 * person's or a country's text ("welcomed Trump's initiative", "welcome the US peace plan").
 */
const GREETING =
  /\bwelcom(?:e|ed|es|ing)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+|guests?|visitors?|him|her|them|delegations?)(?![\p{L}])(?!['’]s\s|\s+(?:\p{Lu}[\p{L}-]+(?:['’]s)?\s+|[\p{Ll}-]+\s+){0,2}(?:plan|proposals?|draft|framework|initiative|deal|document|text|peace\s+plan|points)(?![\p{L}]))|\b(?:very\s+)?welcome\s+(?:to|in)\s+\p{Lu}\p{L}+/gu;

/** Run on the lower-cased text. */
const OUT_OF_SCOPE: readonly RegExp[] = [
  // "critical infrastructure", "a critical moment", "критически важный": urgency, not criticism.
  /(?<![\p{L}])critical(?:ly)?\s+(?:infrastructure|moment|juncture|stage|period|point|phase|time|importance|important|minerals|mass|role|issue|question)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:критическ|критичн)\p{L}*\s+(?:важн|инфраструктур|інфраструктур|момент|этап|етап|период|період)\p{L}*/gu,
  // "impossible to say when", "невозможно предсказать": prospects, not rejection.
  /(?<![\p{L}])(?:impossible|not possible)\s+to\s+(?:say|predict|tell|know|forecast|guess)(?![\p{L}])/gu,
  /(?<![\p{L}])(?:невозможно|неможливо)\s+(?:сказать|сказати|предсказать|передбачити|прогнозировать|прогнозувати|спрогнозувати)(?![\p{L}])/gu,
  // "accepted the invitation", "принял приглашение": a visit, not the plan.
  /(?<![\p{L}])(?:accept\p{L}*|прин\p{L}*|прийня\p{L}*)\s+(?:(?:an|the|his|her|their|this)\s+)?(?:invitation|приглашени\p{L}*|запрошення)/gu,
  // "agreed to meet", "согласились встретиться", "погодилися зустрітися": procedure.
  /(?<![\p{L}])(?:agreed|agree|согласил\p{L}*|договорил\p{L}*|погодил\p{L}*|погодж\p{L}*)\s+(?:to\s+)?(?:meet|continue|talk|speak|встретиться|продолжить|поговорить|зустрітися|продовжити|поговорити)(?![\p{L}])/gu,
  // "welcomed the talks", "supports the peace efforts": about the process going on.
  // Any adjectives between ("all meaningful efforts"), and steps of the talks ("this step forward").
  // A named side's effort welcomed ("welcome the efforts of the United States", "welcome
  // President Trump's efforts") is praise of the broker, read in stance-en-frames.ts; "support
  // the peace efforts of the United States" stays process (an earlier session's unit case).
  /(?<![\p{L}])(?:welcom\p{L}*|support\p{L}*|приветству\p{L}*|поддерж\p{L}*|вітає|вітаю|підтриму\p{L}*)\s+(?!(?<=welcom\p{L}*\s+)(?:(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+['’]s\s|(?:[\p{L}-]+\s+){0,2}?(?:efforts?|engagement|mediation)\s+(?:of|by)\s+(?:the\s+)?(?:united states|us|u\.s\.|america|americans|washington|white house|trump|president|administration)(?![\p{L}])))(?:[\p{L}'-]+\s+){0,3}(?:efforts?|process|talks|dialogue|negotiations|diplomacy|mediation|contacts|meetings?|steps? forward|progress|momentum|усили\p{L}*|процесс\p{L}*|переговор\p{L}*|диалог\p{L}*|контакт\p{L}*|зусилл\p{L}*|процес\p{L}*|перемовин\p{L}*|діалог\p{L}*|прогресс\p{L}*|прогрес\p{L}*)/gu,
  // "at some point", "some time": when, not which points (no hedge).
  /(?<![\p{L}])(?:at some point|some time|some day|for some time|в какой-то момент|в якийсь момент)(?![\p{L}])/gu,
  // "fair to say", "on a regular basis", "on the basis of": idioms, not "a fair deal".
  /(?<![\p{L}])(?:fair to say|it is fair|it's fair|on (?:a|the)\s+(?:\p{L}+\s+)?basis)(?![\p{L}])/gu,
];

/**
 * "rejected any mediating role for France": a refusal whose object (the next words of its clause)
 * names nothing of a plan is about something else. The object must hold a plan word, a pronoun
 * standing for one, or be absent ("the plan was rejected"). "refuses to withdraw" refuses an
 * action the plan asks for, so a verb object always counts.
 */
const REFUSAL =
  /(?<![\p{L}])(?:reject(?:s|ed)?|refuse[sd]?|oppose[sd]?|dismissed|отверг\p{L}*|отвергает|відкинув|відкинула|відкидає)\s+(?!to\s)((?:[\p{L}'’-]+\s*){1,6})/gu;
const PLAN_OBJECT =
  /(?<![\p{L}])(?:it|this|that|them|these|those|its|план\p{L}*|plan\p{L}*|propos\p{L}*|point\p{L}*|demand\p{L}*|draft\p{L}*|term\p{L}*|deal|idea\p{L}*|offer\p{L}*|document\p{L}*|framework|agreement|ceasefire|truce|concession\p{L}*|territor\p{L}*|compromise\p{L}*|version\p{L}*|provision\p{L}*|clause\p{L}*|guarantee\p{L}*|settlement|peace|предлож\p{L}*|пункт\p{L}*|требован\p{L}*|иде\p{L}*|документ\p{L}*|проект\p{L}*|услови\p{L}*|соглашен\p{L}*|перемири\p{L}*|уступк\p{L}*|компромисс\p{L}*|его|ее|их|пропозиц\p{L}*|вимог\p{L}*|умов\p{L}*|угод\p{L}*|його|її|мир\p{L}*)(?![\p{L}])/u;

function refusalsInScope(text: string): string {
  return text.replace(REFUSAL, (whole: string, object: string) =>
    PLAN_OBJECT.test(object) ? whole : ` ${object}`,
  );
}

export function outOfScope(original: string, lower: (s: string) => string): string {
  let text = lower(original.replace(GREETING, ' '));
  for (const re of OUT_OF_SCOPE) text = text.replace(re, ' ');
  return refusalsInScope(concessionsJudged(text));
}
