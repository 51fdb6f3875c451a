import { CYRILLIC } from './script';

/**
 * Russian and Ukrainian verdict frames (issue #15, session 10): refusals and approvals whose
 * polarity is fixed by the construction, so no negator may flip them, written from how officials
 * and spokespeople say them, not from any article. Each is one regex over the lower-cased
 * statement: linear and bounded.
 */

/**
 * "обсуждению не подлежит", "торгу не підлягає": the object before the verb (the cue list has
 * "не подлежит обсуждению" only).
 */
const NOT_NEGOTIABLE =
  /(?<![\p{L}])(?:обсуждению|обговоренню|обговорення|торгу|торга|пересмотру|перегляду)\s+не\s+(?:подлежит|подлежат|підлягає|підлягають)(?![\p{L}])/u;

/**
 * "На это мы не пойдем", "на такое не пойдём", "на це ми не підемо": "не пойдем на" after its
 * object. Only a pronoun as object: "на переговоры не пойдем" is about the talks.
 */
const WONT_GO =
  /(?<![\p{L}])на\s+(?:это|такое|такие|эти|него|нее|них|це|таке|такі|ці|нього|неї|них)\s+(?:\p{L}+\s+){0,2}?не\s+(?:пойдем|пойдет|пойдут|підемо|піде|підуть)(?![\p{L}])/u;

/**
 * "Такой план не сработает", "цей документ не спрацює", "это не будет работать": a text said not
 * to work is refused ("без гарантий не сработает" stays a condition: conditions are read first).
 */
const WONT_WORK =
  /(?<![\p{L}])(?:план|документ|схем|предложени|пропозиці|сделк|угод|соглашени|это|це)\p{L}*\s+(?:\p{L}+\s+){0,2}?не\s+(?:сработа|спрацю|заработа|запрацю|будет\s+работать|буде\s+працювати)\p{L}*/u;

/**
 * "Подписывать такое мы не будем", "ми не будемо підписувати", "не можем принять эти условия",
 * "не можемо погодитися": the speaker's side will not or cannot sign, accept or agree.
 */
const WONT_SIGN =
  /(?<![\p{L}])не\s+(?:будем|будемо|станем|станемо|можем|можемо|сможем|зможемо|собираемся|збираємося|збираємось)\s+(?:\p{L}+\s+)?(?:подписыва|подписат|принима|принять|соглаша|согласит|підписува|підписат|прийма|прийнят|погоджува|погодит|признава|признат|визнава|визнат)\p{L}*|(?<![\p{L}])(?:подписывать|принимать|соглашаться|признавать|підписувати|приймати|погоджуватися|визнавати)\s+(?:\p{L}+\s+){0,2}?не\s+(?:будем|будемо|станем|станемо)(?![\p{L}])/u;

/**
 * Asked, not meant: "Разве это мир?", "Хіба це компроміс?", "О каком компромиссе может идти
 * речь?", "Про який мир може йтися?", "Какой может быть компромисс с агрессором?", "Кто в
 * здравом уме это подпишет?": each says the text is no such thing. ("здравом" may already be
 * blanked as an evaluative with no plan noun near it, so it is optional.)
 */
const RHETORICAL_REFUSAL =
  /(?<![\p{L}])(?:(?:разве|неужели|хіба|невже)\s+(?:это|це|такое|таке)\s+(?:\p{L}+\s+)?(?:мир|план|компромисс|компроміс|справедлив|выход|вихід|решени|рішенн|гаранти|гарантії)|(?:о|об|про)\s+(?:каком|какой|каких|якому|який|яку|які|яких)\s+(?:\p{L}+\s+)?(?:мир|компромисс|компроміс|довери|довір|соглашени|угод|гаранти|гарантій)\p{L}*\s+(?:может|можно|можна|може|могут|можуть)\s+(?:\p{L}+\s+)?(?:идти|йтися|говорить|говорити|быть|бути)|(?:какой|какие|який|які)\s+(?:может|могут|може|можуть)\s+(?:быть|бути)\s+(?:\p{L}+\s+)?(?:мир|компромисс|компроміс|уступк|поступк))[^.!?]*\?|(?<![\p{L}])(?:кто|хто)\s+(?:(?:в|у)\s+(?:здравом)?\s*уме|при\s+здоровому\s+глузді|(?:у|в)\s+здоровому\s+глузді)/u;

/** "Это шаг назад", "це крок назад"; not "ни шагу назад", "ні кроку назад" (no retreat). */
const STEP_BACK = /(?<!(?:ни|ні)\s+)(?<![\p{L}])(?:шаг|крок)(?:ом|и|ами)?\s+назад(?![\p{L}])/u;

/**
 * "Он не приводит ни к миру", "не веде до миру", "это тупик", "веде в глухий кут": a text that
 * brings no peace or leads nowhere. The talks stuck ("переговоры зашли в тупик") are not: only
 * "this is" or a verb of leading.
 */
const NO_PEACE_OR_DEADLOCK =
  /(?<![\p{L}])не\s+(?:привод|привед|призвод|призвед|веде|ведет|наближа|приближа)\p{L}*\s+(?:ни\s+|ні\s+)?(?:к|до)\s+миру|(?<![\p{L}])(?:(?:это|це)\s+(?:\p{L}+\s+)?(?:тупик|глухий\s+кут)|(?:ведет|веде|заведет|заведе|заводит|заводить|заганя)\p{L}*\s+(?:в|у)\s+(?:тупик|глухий\s+кут))(?![\p{L}])/u;

/** "принуждение к миру жертвы агрессии", "примус до миру": peace forced on a side. */
const COERCED_PEACE =
  /(?<![\p{L}])(?:принуждени|принужда|примушуванн|примус)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:к|до)\s+миру/u;

/**
 * "призываем не подрывать мирный план", "закликаємо не зривати мирні зусилля": urging others not
 * to wreck the plan puts the speaker on its side (as SABOTAGED_BY_OTHERS in stance-cyrillic.ts).
 */
const DONT_UNDERMINE =
  /(?<![\p{L}])не\s+(?:подрывать|срывать|торпедировать|саботировать|підривати|зривати|торпедувати|саботувати)\s+(?:[\p{L}"«-]+\s+){0,2}?["«]?(?:мирн|план|усили|зусил|урегулирован|врегулюван|соглашени|угод|договоренност|домовленост)/u;

/** "формула выхода из тупика", "вихід з глухого кута": the text as the way out is approval. */
const WAY_OUT =
  /(?<![\p{L}])(?:выход|вихід|виходу|виходом)\p{L}*\s+(?:из|з|із)\s+(?:тупик|глух\p{L}*\s+кут)/u;

export function frameVerdict(text: string): { positive: number; negative: number } {
  // Every frame is Cyrillic words: English statements skip them.
  if (!CYRILLIC.test(text)) return { positive: 0, negative: 0 };
  const way = WAY_OUT.test(text);
  return {
    positive: (DONT_UNDERMINE.test(text) ? 1 : 0) + (way ? 1 : 0),
    negative:
      (NOT_NEGOTIABLE.test(text) ? 1 : 0) +
      (WONT_GO.test(text) ? 1 : 0) +
      (WONT_WORK.test(text) ? 1 : 0) +
      (WONT_SIGN.test(text) ? 1 : 0) +
      (RHETORICAL_REFUSAL.test(text) ? 1 : 0) +
      (STEP_BACK.test(text) ? 1 : 0) +
      (!way && NO_PEACE_OR_DEADLOCK.test(text) ? 1 : 0) +
      (COERCED_PEACE.test(text) ? 1 : 0),
  };
}
