/**
 * Russian and Ukrainian verdicts that a cue list cannot express (issue #15): refusals that carry
 * their own "не", claims to the land, readiness denied, thanks and belief on the plan's side. Each
 * is one fixed regex over the lower-cased statement: linear and bounded. English is left to
 * stance.ts; what is blanked first is stance-cyrillic-scope.ts, the conditions
 * stance-cyrillic-condition.ts.
 */

import { frameVerdict } from './stance-cyrillic-frames';

export { cyrillicCondition } from './stance-cyrillic-condition';
export { cyrillicNeutral } from './stance-cyrillic-scope';

/**
 * "мирный план США неприемлем", "пропозиції США не влаштовують Київ": an indeclinable party name
 * (США, ЕС, ЄС) right after a noun is its genitive owner, not the subject of the clause, so it
 * must not make the speaker's verdict a report of another party's position. Nominative "США
 * предложили" and "для США" are untouched. A lookbehind source for stance.ts's party subjects.
 */
export const CYRILLIC_OWNER_NOUN =
  '(?:план|пропозиц|предложен|позици|позиці|инициатив|ініціатив|документ|верси|версі|проект|проєкт|требован|вимог|услови|умов|президент|администрац|адміністрац|представител|представник|делегац|посланник|посланц|посланец|спецпосланник|госсекретар|держсекретар|гаранти|гарантій|роль|рол|участи|участ|интерес|інтерес|команд|ультиматум|сторон)\\p{L}*\\s+';

/**
 * "Донбас – російський", "Крым — это Россия", "Крим – це Україна", "це наша земля", "наші
 * території — це наше": a claim to the land the plan trades is a refusal of any text that gives
 * it away, in either side's mouth.
 */
const LAND_CLAIM =
  /(?<![\p{L}])(?:донбасс?|крым|крим|луганщин|донеччин|новороссия)\p{L}*\s*(?:[–—-]\s*)?(?:это\s+|це\s+)?(?:российск|російськ|русск|россия|росія|украинск|українськ|украина|україна|наш)\p{L}*|(?<![\p{L}])(?:(?:это|це)\s+(?:наша|наші|наши)\s+(?:земл|территор|територ)|(?:наша|наші|наши)\s+(?:земл|территор|територ)\p{L}*\s*(?:[–—-]\s*)?(?:это\s+|це\s+)?наш)\p{L}*/u;

/**
 * "сторонники эскалации стремятся сорвать мирный план", "мирным условиям сопротивляются
 * глобалисты": accusing others of sabotaging the plan or its terms puts the speaker on its side.
 * Not the talks alone ("сорвать переговоры" can be a complaint about procedure).
 */
const SABOTAGED_BY_OTHERS =
  /(?<![\p{L}])(?:пыта|стрем|хот|намерен|намага|прагн|хоч)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:сорвать|подорвать|торпедировать|саботировать|зірвати|підірвати|торпедувати|саботувати)\s+(?:[\p{L}"«-]+\s+){0,2}?["«]?(?:мирн|план|урегулирован|врегулюван|соглашени|угод|договоренност|домовленост)|(?<![\p{L}])(?:мирн\p{L}*\s+(?:план|услови|умов|пропозиц|предложени)\p{L}*)\s+(?:\p{L}+\s+)?(?:сопротивля|опира|противя|протидіют|чинять опір)/u;

/**
 * Refusals that open with "не", kept out of the cue lists (a "не …, не …" list before a cue
 * would read them as negated): disowning the text ("это не наш мирный план") and what will not
 * happen or be negotiated ("не пойдем на уступки", "не подлежит обсуждению", "не є предметом
 * торгу", "наш суверенитет не продается"), and no recognition ("жодного правового визнання"). A bare "не обсуждается" is left out: "пока не обсуждается" says only not yet.
 */
const NOT_OURS_OR_NEGOTIABLE =
  /(?<![\p{L}])не\s+(?:(?:наш|наша|наше)\s+(?:мирн\p{L}*\s+)?(?:план|документ|пропозиц|предложени)|(?:пойдем|пойдет|пойдут|підемо|піде|підуть)\s+на(?![\p{L}])|подлежит обсуждению|підлягає обговоренню|(?:є\s+|является\s+)?предмет(?:ом)?\s+(?:торга|торгу)|(?:продается|продаются|продається|продаються|торгуем|торгуємо)(?![\p{L}]))|(?<![\p{L}])(?:жодного|никакого|ніякого)\s+(?:\p{L}+\s+)?(?:визнання|признания)/u;

/**
 * "Наша фракція не готова", "Парламент не готовий йти на ті поступки", "мы не готовы": the
 * speaker's side not ready is a refusal. Only with a first person or a body of the speaker's
 * side as subject: "документ еще не готов" says the text is unfinished.
 */
const NOT_READY =
  /(?<![\p{L}])(?:мы|ми|я|фракці\p{L}*|фракци\p{L}*|парламент|рада|дума)\s+(?:\p{L}+\s+)?не\s+(?:готов|готова|готовы|готові|готовий)(?![\p{L}])/u;

/**
 * "зробить усе, щоб регіон утримати", "Донбас тримається": holding the land the plan would
 * cede refuses it, as a claim to it does (LAND_CLAIM).
 */
const LAND_HOLD =
  /(?<![\p{L}])(?:(?:утримати|утримувати|втримати|удержать|удерживать)\s+(?:\p{L}+\s+)?(?:регіон|донбас|донеччин|донбасс|територ|область|землю)|(?:регіон|донбас|донеччин|донбасс|область)\p{L}*\s+(?:\p{L}+\s+)?(?:утримати|удержать|тримається|держится))/u;

/**
 * "Я не испытываю каких-то иллюзий", "жодних ілюзій", "не дає підстав для оптимізму": no hope for
 * the text is a verdict on it.
 */
const NO_ILLUSIONS =
  /(?<![\p{L}])(?:не|нет|немає|никаких|жодних|ніяких)\s+(?:[\p{L}-]+\s+){0,3}?(?:иллюзи|ілюзі|(?:для\s+)?оптиміз|(?:для\s+)?оптимизм)/u;

/**
 * "Это абсолютно исключено": ruled out. Not after "не" ("не исключено, что …" says maybe), which
 * is why it is no cue word (a negated cue would count as support).
 */
const RULED_OUT =
  /(?<!(?:^|[^\p{L}])(?:не|ні)\s+(?:\p{L}+\s+)?)(?<![\p{L}])(?:исключено|виключено)(?![\p{L}])/u;

/**
 * "Я лично верю и в то, что договоренности по Украине возможны": belief that a deal can be
 * reached is on its side (a bare "возможны" is not: "возможны изменения").
 */
const DEAL_POSSIBLE =
  /(?<![\p{L}])(?:верю|вірю|уверен|уверена|впевнений|впевнена|переконаний|переконана)(?![\p{L}])[^.!?]{0,40}?(?:договоренност|домовленост|соглашени|угод)\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:возможн|можлив|достижим|досяжн)/u;

/**
 * "Спроби тиску на Україну і примушування її погодитися на умови росії": pressing a side to accept
 * the terms names them as imposed, a refusal. Not "вынуждены": a side forced to agree reports its
 * own grudging consent.
 */
const PRESSURE_TO_ACCEPT =
  /(?<![\p{L}])(?:тиск|давлени|давят|давит|примуш|змуш|змусит|принужд|заставл|заставит)\p{L}*[^.;!?]{0,60}?(?<![\p{L}])(?:погодит|погодж|согласит|соглаша|прийня|приймат|принять|принима|капітулю|капитулир)/u;

/**
 * "Я пока не увидел ни одного плана, который … соответствовал бы нашим интересам", "не отвечает
 * национальным интересам": a text that fails the speaker's interests is refused.
 */
const INTERESTS_UNMET =
  /(?<![\p{L}])(?:не|ни одного|жодного)\s+[^.;!?]{0,60}?(?:соответств|отвеча|відповіда)\p{L}*\s+(?:бы\s+|би\s+)?(?:наш|национальн|національн|российск|українськ)\p{L}*\s+(?:\p{L}+\s+)?(?:интерес|інтерес)/u;

/**
 * "выразить благодарность за недавние мирные усилия", "вдячні за зусилля": thanks for the peace
 * efforts are on the side of the plan they produced.
 */
const THANKS_FOR_EFFORTS =
  /(?<![\p{L}])(?:благодар|вдячн|подяк|дяку)\p{L}*\s+(?:\p{L}+\s+){0,2}?за\s+(?:\p{L}+\s+){0,3}?(?:мирн\p{L}*\s+)?(?:усили|зусил|работ|роботу|посредничеств|посередництв)/u;

/** "план - это правильно", "цей план правильний": the plan called right is backed. */
const PLAN_RIGHT =
  /(?<![\p{L}])(?:план|документ|пропозиці\p{L}*|предложени\p{L}*)\s*(?:[–—-]\s*)?(?:это\s+|це\s+|є\s+)?правильн\p{L}*/u;

/**
 * "Це стане прецедентом, що військовою силою можна …", "создаст опасный прецедент": a text warned
 * to set a precedent ("стала б небезпечним прецедентом") is refused. Past precedents
 * ("прецеденты имели место", "Косово стало прецедентом") are not.
 */
const SETS_PRECEDENT =
  /(?<![\p{L}])(?:(?:стане|станет|станут|стануть|створить|создаст|буде|будет)\s+|(?:стал|стала|стало|стали)\s+(?:б|бы|би)\s+)(?:\p{L}+\s+)?прецедент|(?<![\p{L}])(?:опасн|небезпечн)\p{L}*\s+прецедент/u;

/**
 * Refusals that carry their own "не" (so no negator may flip them): "это не вариант", "не
 * допустим", "не уступим", "не отдадим", "не может быть речи", "ні за яких умов", "не имеет
 * ничего общего с миром", "це не мир, а …", "ни к чему не приведет", "не отступим", and a text
 * or peace "нам не нужен".
 */
const FIXED_REFUSAL =
  /(?<![\p{L}])(?:(?:это|це)\s+не\s+(?:вариант|варіант|выход|вихід)|не\s+(?:допустим|допустимо|дозволимо|позволим|смиримся|змиримося|змиримось|уступим|поступимося|поступимось|поступимся|отдадим|віддамо|выдерживает критики|витримує критики)|не\s+может\s+быть\s+речи|речи\s+(?:быть\s+)?не\s+может|не\s+може\s+бути\s+(?:й\s+|і\s+)?мови|мови\s+(?:бути\s+)?не\s+може|ни\s+при\s+каких\s+(?:условиях|обстоятельствах)|ні\s+за\s+яких\s+(?:умов|обставин)|за\s+жодних\s+(?:умов|обставин)|ни\s+в\s+коем\s+случае|в\s+жодному\s+разі|ні\s+в\s+якому\s+разі|не\s+имеет\s+ничего\s+общего\s+с|не\s+має\s+нічого\s+спільного\s+з|(?:это|це)\s+не\s+мир,?\s+а|ни\s+к\s+чему\s+не\s+привед\p{L}*|ні\s+до\s+чого\s+не\s+призвед\p{L}*|не\s+(?:отступим|відступимо|сдадимся|здамося))(?![\p{L}])|(?<![\p{L}])(?:мир|план|документ|сделк|угод|соглашени|договор)\p{L}*\s+(?:\p{L}+\s+){0,2}?не\s+(?:нужен|нужна|нужно|нужны|потрібен|потрібна|потрібно|потрібні)(?![\p{L}])/u;

/**
 * Calling on someone to accept or sign ("призываем Киев принять план", "радимо підписати"), and
 * "мы не против" (a negated "против" the phrase classes cannot see: no negator inside a phrase).
 */
const NOT_AGAINST = /(?<![\p{L}])(?:мы|ми|я)\s+не\s+(?:против|проти)(?![\p{L}])/u;
const URGED_TO_ACCEPT =
  /(?<![\p{L}])(?:призыва|призва|заклика|советую|советуем|советовал|посовет|порад|рекоменд)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:принять|прийняти|подписать|підписати|согласиться|погодитися)(?![\p{L}])/u;

/** Verdicts no single cue word carries: +1 positive or negative each. */
export function cyrillicVerdict(text: string): { positive: number; negative: number } {
  const frame = frameVerdict(text);
  return {
    positive:
      frame.positive +
      (URGED_TO_ACCEPT.test(text) ? 1 : 0) +
      (NOT_AGAINST.test(text) ? 1 : 0) +
      (SABOTAGED_BY_OTHERS.test(text) ? 1 : 0) +
      (DEAL_POSSIBLE.test(text) ? 1 : 0) +
      (THANKS_FOR_EFFORTS.test(text) ? 1 : 0) +
      (PLAN_RIGHT.test(text) ? 1 : 0),
    negative:
      frame.negative +
      (FIXED_REFUSAL.test(text) ? 1 : 0) +
      (LAND_CLAIM.test(text) ? 1 : 0) +
      (NOT_OURS_OR_NEGOTIABLE.test(text) ? 1 : 0) +
      (NOT_READY.test(text) ? 1 : 0) +
      (LAND_HOLD.test(text) ? 1 : 0) +
      (NO_ILLUSIONS.test(text) ? 1 : 0) +
      (RULED_OUT.test(text) ? 1 : 0) +
      (PRESSURE_TO_ACCEPT.test(text) ? 1 : 0) +
      (INTERESTS_UNMET.test(text) ? 1 : 0) +
      (SETS_PRECEDENT.test(text) ? 1 : 0),
  };
}
