import { list } from './lexicon/list';

/**
 * Verdict families, second round (issue #15): wordings of clear verdicts that the newest writers
 * use (dev-s12) and the cue lists lacked, each checked against every dev round for the same
 * wording read otherwise. Grouped by what the words do to the plan, per the annotation policy.
 */

/**
 * The text or its author ridiculed: "scandalous", "needs to see a psychiatrist", "шпаргалка",
 * "нісенітниця" (the attack on the text the policy reads as opposition). Cue entries are read
 * like the lexicon's (word start, any ending; a negator up to three words before flips them).
 * Tried and dropped: "I see no point in", "не бачу сенсу", "не можу це уявити" (dev-s12 +1, but
 * a blind round lost one: the words more often judge the war or a step than the plan).
 */
export const RIDICULE_NEGATIVE: readonly string[] = list(
  'scandalous|скандальн|psychiatrist|психиатр|психіатр|шпаргалк|cheat sheet|нісенітниц',
);

/**
 * "Никаких серых зон … быть не может", "жодних поступок бути не може", "there can be no …": a
 * point excluded outright. Counted as one negative verdict (the negator is part of the form).
 */
const EXCLUDED_OUTRIGHT =
  /(?<![\p{L}])(?:никаких|никакой|никакого|жодних|жодної|жодного|ніяких|ніякої|ніякого)\s+(?:[\p{L}-]+\s+){1,8}?(?:быть не может|быть не могут|бути не може|бути не можуть)(?![\p{L}])|(?<![\p{L}])there\s+can(?:not|'t)?\s+be\s+no(?![\p{L}])/u;

/**
 * "an offer they will find very hard to refuse", "трудно отклонить", "важко відмовитися":
 * confidence that the other side will take the text, and no refusal (the bare "refuse" is a
 * negative cue, so the phrase is blanked and counted as approval).
 */
const HARD_TO_REFUSE =
  /(?<![\p{L}])(?<!(?:not|не|ні)\s+)(?:hard|difficult|tough|трудно|сложно|тяжело|важко|складно)\s+(?:to\s+)?(?:refuse|reject|turn down|say no to|отклонить|отказаться|відхилити|відмовитися|відмовитись)(?![\p{L}])/gu;

/**
 * "it is not hard to refuse", "it wouldn't be difficult to reject", "не трудно отказаться": the
 * refusal called easy, a verdict against the text (without this the negator flipped the bare
 * "refuse" cue into approval).
 */
const EASY_TO_REFUSE =
  /(?<![\p{L}])(?:not|\p{L}*n't|не|ні)\s+(?:(?:be|so|that|very|too|так|уж|настолько|дуже|так вже)\s+){0,2}(?:hard|difficult|tough|трудно|сложно|тяжело|важко|складно)\s+(?:to\s+)?(?:refuse|reject|turn down|say no to|отклонить|отказаться|відхилити|відмовитися|відмовитись)(?![\p{L}])/gu;

/**
 * "Ukraine must not withdraw from Donbas", "Киев не должен отдавать территории", "Україна не
 * повинна виходити з Донбасу": the concession the text asks for refused, a verdict against it,
 * not a condition (the strong-condition cue "must not" is blanked with the phrase). The object,
 * land or troops, must follow within three words: "we must not give up on peace" or "не должна
 * выходить из переговоров" refuse nothing the text asks for.
 */
const CONCESSION_REFUSED =
  /(?<![\p{L}])(?:must not|mustn't|should not|shouldn't|не\s+(?:должен|должна|должно|должны|повинен|повинна|повинно|повинні))\s+(?:[\p{L}-]+\s+){0,1}?(?:withdraw|pull\s+(?:out|back)|cede|give up|hand over|surrender|abandon|выводить|вывести|выходить|выйти|уходить|уйти|отдавать|отдать|уступать|уступить|сдавать|сдать|виводити|вивести|виходити|вийти|відходити|піти|віддавати|віддати|поступатися|поступитися|здавати|здати)(?![\p{L}])(?=(?:\s+[\p{L}'-]+){0,3}?\s+(?:territor|land|donbas|donetsk|luhansk|zaporizh|kherson|troops|forces|region|территори|земл|донбас|донецк|луганск|запорож|херсон|войск|регион|територі|донеччин|луганщин|запоріж|військ|регіон))/giu;

/**
 * "Обязательным условием … это не является", "не є обов'язковою умовою", "is not a
 * precondition": a condition denied is none (blanked, so that the condition cue reads nothing).
 * The gap stops at a comma or an affirming "является" / "є": in "условием является вывод войск,
 * что не является уступкой" the condition stands and only the afterthought is negated.
 */
const CONDITION_DENIED =
  /(?<![\p{L}])(?:(?:обязательн|необходим|непременн|обов'язков|необхідн|неодмінн)\p{L}*\s+(?:услови|умов)\p{L}*(?:(?!(?:является|являются|є)(?![\p{L}]))[^.;!?,]){0,60}?(?<![\p{L}])(?:не является|не являются|не есть|не є)|(?:не является|не являются|не є)\s+(?:[\p{L}-]+\s+){0,1}?(?:обязательн|необходим|непременн|обов'язков|необхідн|неодмінн)\p{L}*\s+(?:услови|умов)\p{L}*|(?:(?:is|are|was|were)\s+not|isn't|aren't|wasn't|weren't)\s+(?:a\s+|an\s+)?(?:precondition|prerequisite|(?:necessary|essential|mandatory)\s+condition))(?![\p{L}])/gu;

/**
 * Credit said as a counterfactual: "если бы он сейчас не был президентом, мы даже не имели бы
 * шанса положить конец войне", "if he weren't president, we wouldn't have a chance": praise of
 * the broker, not a condition (the "if" is blanked so that it reads as none).
 */
const COUNTERFACTUAL_CREDIT =
  /(?<![\p{L}])(?:(?:если бы|якби|if)\s[^.;!?]{0,60}?(?:не был|не была|не было|не были|не були|не был бы|не був|не була|не було|weren't|were not|hadn't been|had not been)|если бы не|якби не|if not for|were it not for)(?![\p{L}])[^.;!?]{0,80}?(?<![\p{L}])(?:не имели бы|не было бы|не мали б|не мали би|не було б|не було би|would not have|wouldn't have|would never have)(?![\p{L}])/gu;

/**
 * The aggressor set against the victim: "the pressure must be on the aggressor, not on the
 * victim", "обмеження … не на жертву, а на агресора": the text attacked as one-sided (the
 * policy's opposition), however much "must" it has. Both words, and a negator right before one
 * of them ("the aggressor must not be rewarded and the victim protected" contrasts nothing).
 */
const AGGRESSOR = /(?<![\p{L}])(?:aggressors?|агрессор\p{L}*|агресор\p{L}*)(?![\p{L}])/u;
const VICTIM = /(?<![\p{L}])(?:victims?|жертв\p{L}*)(?![\p{L}])/u;
const CONTRASTED =
  /(?<![\p{L}])(?:not|не|rather than|instead of)\s+(?:(?:on|upon|to|at|for|на|до|к|для)\s+)?(?:the\s+)?(?:victim|жертв|aggressor|агрессор|агресор)/u;

/**
 * A share of the post-settlement guarantee pledged: "we will be part of a broader effort after a
 * peace settlement", "deploying forces … after a ceasefire", "ми долучимося … після припинення
 * вогню". Taking part in securing the deal is on its side. Not negated ("we will not deploy …
 * after a ceasefire"); a commentator's description of who would deploy is left out.
 */
const CONTRIBUTION_PLEDGED =
  /(?<![\p{L}])(?:be part of|take part in|contribut\p{L}*|deploy\p{L}*|participat\p{L}*|долучи\p{L}*|участ\p{L}*|розгорн\p{L}*|развернуть|размест\p{L}*|розмісти\p{L}*)[^]{0,160}?(?<![\p{L}])(?:after|після|после)\s+(?:a\s+|the\s+)?(?:[\p{L}-]+\s+)?(?:ceasefire|settlement|peace agreement|peace deal|припинення вогню|прекращения огня|перемир\p{L}*|мирн\p{L}*\s+угод\p{L}*|мирного соглашения|урегулю\p{L}*|урегулир\p{L}*)(?![\p{L}])/u;
const CONTRIBUTION_NEGATED =
  /(?<![\p{L}])(?:not|never|no|won't|не|ні|ни|никогда|ніколи)\s+(?:[\p{L}']+\s+){0,2}?(?:be part of|take part in|contribut|deploy|participat|долучи|участ|розгорн|развернуть|размест|розмісти)/u;

/**
 * The text with the family phrases blanked, the verdicts they carry counted, and whether a
 * condition family is met (read here, before stance-cyrillic-scope.ts blanks "должны" + verb).
 */
export function secondFamilies(
  text: string,
  /** The speaker's party: a commentator's pledge is a description of who would deploy. */
  party?: string | null,
): {
  text: string;
  positive: number;
  negative: number;
  condition: boolean;
  oneSided: boolean;
} {
  let positive = 0;
  const count = (): string => {
    positive++;
    return ' ';
  };
  let negative = 0;
  const against = (): string => {
    negative++;
    return ' ';
  };
  const out = text
    .replace(EASY_TO_REFUSE, against)
    .replace(CONCESSION_REFUSED, against)
    .replace(CONDITION_DENIED, ' ')
    .replace(HARD_TO_REFUSE, count)
    .replace(COUNTERFACTUAL_CREDIT, count);
  if (EXCLUDED_OUTRIGHT.test(out)) negative++;
  if (party !== null && CONTRIBUTION_PLEDGED.test(out) && !CONTRIBUTION_NEGATED.test(out)) {
    positive++;
  }
  const oneSided = AGGRESSOR.test(out) && VICTIM.test(out) && CONTRASTED.test(out);
  return { text: out, positive, negative, condition: secondCondition(out), oneSided };
}

/**
 * A party or the guarantee obliged: "the United States has to spell out its guarantee", "the
 * Ukrainians, backed by …, had to have the decisive voice", "any guarantee had to be ratified",
 * "США должны прописать гарантию": a party's demand set as a requirement of the deal. Only "has
 * to" / "had to" in English ("we have to get it ended" is an aim, "would have to" a forecast),
 * and not an exhortation to seek peace ("must pursue peace", dev reads that as unclear) or to
 * back the text ("Europe has to get behind this plan" is advocacy, a unit case). Not
 * "Україна має вирішувати" in Cyrillic: a Ukrainian's own side deciding is sovereignty, and dev
 * reads it with the speaker's verdict. "Має" is "has to" only before an infinitive ("Європа має
 * величезний вплив" is "has"), and a negated modal ("Росія не має …") sets no demand.
 */
const OBLIGED_PARTY =
  /(?<![\p{L}])(?:russia|moscow|the kremlin|ukraine|kyiv|the ukrainians|the united states|washington|america|the americans|europe|the europeans|the eu|(?:the\s+)?partners|(?:the\s+)?allies|(?:any|every|each|the)\s+(?:security\s+)?(?:guarantee|guarantees|deal|agreement|settlement))(?:,[^,.;!?]{1,60},)?\s+(?:has|had)\s+to\s+(?!(?:pursue|seek|try|work|be\s+(?:a\s+)?part|get behind|back|support|endorse|accept|sign|embrace)(?![\p{L}]))|(?<![\p{L}])(?:россия|москва|кремль|сша|вашингтон|америка|американцы|европа|европейцы|партнеры|союзники|гарантии|гарантия|росія|москва|американці|європа|європейці|партнери|гарантії|гарантія)\s+(?:(?!(?:не|ні)\s)\p{L}+\s+)?(?:должн\p{L}*|обязан\p{L}*|повинн\p{L}*|повинен|зобов'язан\p{L}*|(?:мають|має)(?=\s+\p{L}+(?:ти|ть|тися|тись)(?![\p{L}])))\s+(?!(?:стремиться|прагнути|искать|шукати|поддержать|підтримати|принять|прийняти|подписать|підписати)(?![\p{L}]))/u;

/**
 * Reciprocity: "mirror steps", "on a reciprocal basis", "якщо і російська сторона вчинить так
 * само", "if Russia does the same": the speaker's side acts only as the other does, acceptance
 * tied to a condition. Not a bare "дзеркально" ("we always act in a mirror way – we defend our
 * state", dev reads that as unclear).
 */
const RECIPROCITY =
  /(?<![\p{L}])(?:mirror|reciprocal|дзеркальн\p{L}*|зеркальн\p{L}*|взаємн\p{L}*|взаимн\p{L}*)\s+(?:steps|moves|measures|basis|кроків|кроки|крокам|заходів|заходи|основі|шаг\p{L}*|мер|меры|основе)(?![\p{L}])|(?<![\p{L}])(?:if|якщо|если)\s[^.;!?]{0,60}?(?:does the same|do the same|does likewise|do likewise|так само|то же самое)(?![\p{L}])/u;

/**
 * "Slovakia could take part, but only in non-military roles", "но только в качестве
 * наблюдателей", "але лише як спостерігачі": a part accepted on restrictive terms. Not "but only
 * when the deal is final" (a timing, dev reads it unclear).
 */
const BUT_ONLY =
  /(?<![\p{L}])(?:but only|но только|но лишь|але лише|але тільки)\s+(?:in|as|on|under|within|в|как|на|при|як|у|за)(?![\p{L}])/u;

/**
 * "Обязательным для Киева остаётся присутствие контингента", "обов'язковою залишається …", "the
 * monitoring mission is non-negotiable": a point named as required, the policy's demand set as a
 * requirement of the deal.
 */
const REQUIRED_POINT =
  /(?<![\p{L}])(?:обязательн(?:ым|ой|ыми)|непременн(?:ым|ой|ыми)|обов'язков(?:им|ою|ими)|неодмінн(?:им|ою|ими))(?![\p{L}])[^.;!?]{0,60}?(?<![\p{L}])(?<!(?<![\p{L}])(?:не|ні)\s+)(?:оста[её]тся|остаются|является|являются|будет|будут|залишається|залишаються|є|буде|будуть)(?![\p{L}])|(?<![\p{L}])(?:is|are|remains?)\s+(?:non-negotiable|mandatory|indispensable)(?![\p{L}])/u;

/** Whether one of the second-round condition families is met. */
function secondCondition(text: string): boolean {
  return (
    OBLIGED_PARTY.test(text) ||
    RECIPROCITY.test(text) ||
    BUT_ONLY.test(text) ||
    REQUIRED_POINT.test(text)
  );
}
