import { evaluative } from './stance-cyrillic-phrase';
import { EVALUATIVE_NEGATIVE, EVALUATIVE_POSITIVE } from './stance-cyrillic-idiom';

/**
 * Russian and Ukrainian scope (issue #15): what is blanked out of a statement before its stance
 * cues are read, because it carries no verdict of the speaker's on the plan. Each is one fixed
 * regex over the lower-cased statement: linear and bounded.
 */

/** Words for the text itself, and words for the talks and meetings on it. */
const PLAN_NOUN =
  /(?<![\p{L}])(?:план|документ|предложени|пропозиц|инициатив|ініціатив|проект|проєкт|вариант|варіант|текст|пункт|положени|положен|услови|умов|рамк|соглашени|угод|договоренност|домовленост|формул|концепц|схем|идея|идеи|идею|ідея|ідеї|ідею|урегулирован|врегулюван|компромисс|компроміс|решени|рішенн|сделк)\p{L}*|(?<![\p{L}])мир(?:а|у|ом|е)?(?![\p{L}])/gu;
const PROCESS_NOUN =
  /(?<![\p{L}])(?:переговор|перемовин|встреч|зустріч|диалог|діалог|бесед|розмов|разговор|контакт|обсужден|обговорен|консультац|консультаці|визит|візит|саммит|самміт|процесс|процес|атмосфер|тон|раунд|работ|робот|заседан|засідан|сотрудничеств|співпрац|общени|спілкуван|коммуникац|комунікац|усили|зусил|сигнал|взаимодейств|взаємоді|настро|налаштов|сторон|позици|позиці|подход|підхід|підход|темп|формат|делегац|делегаці|партнер)\p{L}*/gu;

const EVALUATIVE_RE = new RegExp(
  `${evaluative(EVALUATIVE_POSITIVE)}|${evaluative(EVALUATIVE_NEGATIVE)}`,
  'gu',
);

function nearest(re: RegExp, text: string, at: number, reach: number): number {
  let best = Infinity;
  for (const m of text.matchAll(re)) {
    const d = m.index < at ? at - (m.index + m[0].length) : m.index - at;
    if (d <= reach && d < best) best = d;
  }
  return best;
}

/**
 * "переговоры прошли конструктивно", "настроены конструктивно", "позитивная атмосфера": an
 * evaluative word rates the text only when the nearest of these nouns in its sentence names the
 * text; nearer the talks, a side's conduct, or none at all, it is about the process, which the
 * annotation policy reads as `unclear`, and is blanked. After "про"/"о" ("говорить о реалистичных
 * предложениях") it names a topic, not a verdict.
 */
function processVerdicts(text: string): string {
  return text.replace(EVALUATIVE_RE, (w: string, at: number) => {
    const start = Math.max(
      text.lastIndexOf('.', at),
      text.lastIndexOf('!', at),
      text.lastIndexOf('?', at),
    );
    const rest = text.slice(at).search(/[.!?]/u);
    const sentence = text.slice(start + 1, rest < 0 ? text.length : at + rest);
    const here = at - start - 1;
    const plan = nearest(PLAN_NOUN, sentence, here, 60);
    const topic = /(?<![\p{L}])(?:про|о|об|обо)\s+$/u.test(sentence.slice(0, here));
    return plan === Infinity || topic || nearest(PROCESS_NOUN, sentence, here, 60) < plan
      ? ' '.repeat(w.length)
      : w;
  });
}

/**
 * "те, кто называет это капитуляцией", "критики говорят о …", "якобы выгодный", "нібито
 * компроміс": words the speaker puts in others' mouths (to answer them) are no verdict of his;
 * the rest of their sentence is blanked, up to the speaker's "but" ("они называют это миром, но
 * это капитуляция").
 */
const OTHERS_WORDS =
  /(?<![\p{L}])(?:(?:кто|хто|некоторые|кое-кто|критики|противники|оппоненты|дехто|деякі|опоненти|они|вони)\s+(?:\p{L}+\s+)?(?:называ|назива|говор|кажут|кажуть|твердят|стверджу|кричат|кричать|считают|вважають)\p{L}*|якобы|нібито|мовляв)(?:(?!,\s*(?:но|а|але|однако|однак|проте|втім)(?![\p{L}]))[^;.!?])*/gu;

/**
 * "не видим в этом плане ничего позитивного", "нічого конструктивного": "nothing" before an
 * approving adjective negates it as "не" would (the negator list has no "ничего": "ничего
 * общего", "ничего, кроме" are refusals or lists of their own).
 */
const NOTHING_GOOD =
  /(?<![\p{L}])(?:ничего|нічого)(?=\s+(?:позитивн|положительн|конструктивн|хорош|гарн|добр|разумн|розумн|реалистичн|реалістичн|приемлем|прийнятн|полезн|корисн)\p{L}*(?:ого|его)(?![\p{L}]))/gu;

/**
 * "Разве это не капитуляция?", "Хіба це не диктат?": a rhetorical question's "не" asserts, it
 * does not negate, so it is dropped before the cues are read.
 */
const RHETORICAL_NOT =
  /(?<![\p{L}])(?:разве|неужели|хіба|невже)(?![\p{L}])[^.!?]*?(?<![\p{L}])(?:не|ні)(?![\p{L}])(?=[^.!?]*\?)/gu;

/**
 * "Как можно согласиться на такой план?", "Як можна таке підписати?": asked, "how can one" means
 * one cannot; it is read as "нельзя"/"не можна", so the verb after it counts as negated.
 */
const HOW_CAN_ONE =
  /(?<![\p{L}])(?:как|як)\s+(?:можно|можна)(?=\s+(?:\p{L}+\s+){0,2}?(?:согласиться|соглашаться|принять|принимать|подписать|подписывать|погодитися|погоджуватися|прийняти|приймати|підписати|підписувати)[^.!?]*\?)/gu;

/**
 * "Дмитриев должен сработать на прием", "ми не повинні створювати паралельні треки": a "must"
 * before an action tells someone what to do, which the policy does not read as a condition on the
 * plan. A "must" about what the plan is or contains ("должен учитывать", "повинні бути дієвими",
 * "должны стать пунктами") stays a condition, and "никто не должен рассчитывать" stays for
 * NO_ONE_SHOULD_EXPECT. Adverbs between the two are skipped (all of them: the lookahead and
 * back-reference keep the regex from backtracking into one and reading it as the action).
 */
const DEONTIC_ACTION =
  /(?<![\p{L}])(?:должен|должна|должно|должны|повинен|повинна|повинно|повинні)\s+(?=((?:(?:полностью|обязательно|также|тоже|прежде всего|в первую очередь|повністю|обов'язково|також|насамперед)\s+)*))\1(?!(?:быть|бути|стать|стати|начинат|починат|учитыв|врахов|включа|включат|содерж|містит|предусм|передбач|гарант|основыв|базуват|отража|відобража|соответств|відповіда|рассчитыв|розрахов|сподіва|надеят|ожида|очікув)\p{L}*)\p{L}+/gu;

/**
 * "Вести обсуждения через СМИ мы считаем невозможным": a verdict on the channel of the talks
 * (the media, "megaphone diplomacy") is procedure; its clause carries no stance on the plan.
 */
// The lookbehind starts a match only at a clause's start (where the leftmost match begins anyway):
// unanchored, the leading run was retried from every position, quadratic in a long quote.
const MEDIA_CHANNEL =
  /(?<=^|[,;:.!?—–])[^,;:.!?—–]*(?:через\s+(?:сми|змі|медиа|медіа|средства массовой|засоби масової)|мегафонн)[^,;:.!?—–]*/gu;

/**
 * "не перша спроба нав'язати", "не раз комментировал", "не только …": a "не" before "first",
 * "once", "only", "just" negates nothing after it (it would flip the next cue or open a list).
 */
const NOT_NEGATION =
  /(?<![\p{L}])(?:не|ні)\s+(?=(?:перш|перв|єдин|единствен|лише|только|тільки|просто|раз)(?![\p{L}])|(?:перш|перв|єдин|единствен)\p{L})/gu;

/**
 * "назвал неправильной формулировку о том, что Путин отверг план", "повідомлення про те, що …":
 * a claim the speaker reports (often to deny it) holds no verdict of the speaker's. The comma
 * before "что"/"що" hides it from REPORTED_CLAIM, which reads one clause.
 */
const CLAIM_ABOUT =
  /(?<![\p{L}])(?:формулировк|сообщени|утверждени|слух|повідомлен|твердженн|чутк|заяв)\p{L}*\s+(?:о том|про те),?\s+(?:что|що)[^.;!?]*/gu;

/**
 * "вважаємо критично необхідною", "критически важно": "critically" there intensifies a need; it
 * is no critique (the "критич" cue would read one).
 */
const CRITICALLY_INTENSIFIER =
  /(?<![\p{L}])(?:критично|критически)\s+(?=(?:важн|важлив|необход|необхідн|значим|значущ))/gu;

/**
 * "Он четко обозначил мне свои красные линии": a third person setting out his own red lines is a
 * report of his position, not the speaker's refusal (the "красные линии" cue would read one).
 */
const OTHERS_RED_LINES =
  /(?<![\p{L}])(?:он|она|они|він|вона|вони)\s+(?:\p{L}+\s+){0,2}?(?:обозначил|озвучил|назвал|изложил|окреслив|окреслила|озвучив|назвав|виклав)\p{L}*\s+(?:мне|нам|мені)?\s*(?:свои|свої)\s+(?:красн|червон)\p{L}*\s+\p{L}+/gu;

/**
 * Cues a stance is read from after these are blanked out: a "не" that negates nothing, a
 * reported claim, the "must" before an action and a verdict on the media channel.
 */
export function cyrillicNeutral(text: string): string {
  return processVerdicts(
    text
      .replace(OTHERS_WORDS, ' ')
      .replace(RHETORICAL_NOT, (m: string) => m.slice(0, -2))
      .replace(HOW_CAN_ONE, (m: string) => (m.startsWith('как') ? 'нельзя' : 'не можна')),
  )
    .replace(NOTHING_GOOD, 'не')
    .replace(NOT_NEGATION, '')
    .replace(CRITICALLY_INTENSIFIER, '')
    .replace(OTHERS_RED_LINES, ' ')
    .replace(CLAIM_ABOUT, ' ')
    .replace(DEONTIC_ACTION, ' ')
    .replace(MEDIA_CHANNEL, ' ');
}
