import {
  cyrillicIdiomCondition,
  cyrillicIdiomNeutral,
  cyrillicIdiomVerdict,
} from './stance-cyrillic-idiom';

/**
 * Russian and Ukrainian stance rules that a cue list cannot express (issue #15). Each is one
 * fixed regex over the lower-cased statement: linear and bounded. English is left to stance.ts.
 */

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
  return cyrillicIdiomNeutral(text)
    .replace(NOT_NEGATION, '')
    .replace(CRITICALLY_INTENSIFIER, '')
    .replace(OTHERS_RED_LINES, ' ')
    .replace(CLAIM_ABOUT, ' ')
    .replace(DEONTIC_ACTION, ' ')
    .replace(MEDIA_CHANNEL, ' ');
}

/**
 * "США доведеться внести серйозні зміни", "знадобиться припинення вогню", "потрібний достойний
 * мир": what the plan needs (changes, a ceasefire, guarantees, a just peace) is a condition. A
 * need for work or talks ("треба допрацювати", "нужно исходить из …") is not.
 */
const NEED_TERMS =
  /(?<![\p{L}])(?:потрібн|потрібен|необхідн|необходим|нужн|знадоб|понадоб|доведеться|придется|придеться)\p{L}*\s+[^.;:!?]{0,50}?(?:змін|изменени|правк|поправк|гаранти|гарантій|припинення вогню|прекращени\p{L}* огня|перемир|достойн\p{L}* мир|справедлив\p{L}* мир)/u;

/**
 * "Україна не підтримує такий варіант без гарантій", "не согласимся без гарантий": a refusal
 * that names what is missing would accept it with that (conditional, not opposes).
 */
const REFUSED_WITHOUT =
  /(?<![\p{L}])(?:не|ні)\s+(?:\p{L}+\s+){0,2}?(?:поддерж|підтрим|соглас|погод|прийм|прим[еиу]|подпиш|підпиш)\p{L}*\s+[^.;:!?]{0,60}?(?<![\p{L}])без\s+(?:гарант|услови|умов|учет|урахуван)/u;

/**
 * "без гарантій жодна мирна угода не спрацює", "без США это не будет работать": a deal that
 * cannot work without something requires it, as English "impossible without". Only verbs of
 * working and coming about: "без него не обойдется", "без Росії підписувати не можна" say no more
 * than that a party must be there.
 */
const NOT_WITHOUT =
  /(?<![\p{L}])без\s+[^.;:!?]{0,60}?(?<![\p{L}])(?:не|ні)\s+(?:\p{L}+\s+)?(?:спрацю|сработа|працюва|работа|буде\s+працю|будет\s+работ|запрацю|заработа)/u;

/**
 * "аби будь-який план працював, він має …", "чтобы любое соглашение было прочным": what every
 * plan needs, as English "for any plan to"; and peace "not at the price of" something (no deal
 * "ціною нашої територіальної цілісності") names the price it must not cost.
 */
const ANY_PLAN =
  /(?<![\p{L}])(?:аби|щоб|чтобы)\s+(?:будь-як|любой|любая|любое|любые)\p{L}*\s|(?<![\p{L}])(?:жодн|никак)\p{L}*\s+[^.;:!?]{0,40}?(?<![\p{L}])(?:ціною|ценой)\s/u;

/**
 * "ідею не відкидає, але наполягає, що …", "не отвергаем, однако …": a text not rejected, with a
 * "but", is accepted on the terms that follow. "не исключил, что …, но" is left out: a forecast.
 */
const NOT_REJECTED_BUT =
  /(?<![\p{L}])(?:не|ни)\s+(?:отверга|отвергл|відкида|відкину)\p{L}*[^.;!?]{0,100}?(?<![\p{L}])(?:но|однако|але|проте|однак|втім)(?![\p{L}])/u;

/**
 * "готовність працювати над планом, попри деякі застереження", "согласились с оговорками":
 * readiness with reservations is conditional ("без оговорок" is not).
 */
const RESERVATIONS =
  /(?<![\p{L}])(?:попри|незважаючи на|несмотря на|з|із|зі|с|со)\s+(?:\p{L}+\s+){0,2}?(?:застережен|оговорк|оговорок)\p{L}*/u;

/**
 * "Ми готові рухатися до миру … Але дозвольте окреслити наші принципи": readiness followed by a
 * "but" names what it depends on. And a text that "требует корректировки" or "потребує змін"
 * needs changes (a need for work or talks alone stays unclear, as NEED_TERMS), also past an aside
 * ("требует, на мой взгляд, еще определенной корректировки"). Only the speaker's
 * own readiness ("мы готовы"): "Киев говорит, что готов …, но" reports another's.
 */
const READY_BUT =
  /(?<![\p{L}])(?:мы|ми|я)\s+(?:\p{L}+\s+)?(?:готов|готова|готовы|готові|готовий)(?![\p{L}])[^.!?]{0,120}?[.!?]?\s*(?<![\p{L}])(?:но|однако|але|проте|втім)(?![\p{L}])/u;
const NEEDS_CHANGES =
  /(?<![\p{L}])(?:требу|потребу|вимага)\p{L}*,?\s+(?:[\p{L},]+\s+){0,6}?(?:корректировк|коригуван|изменени|змін|правок|поправок)/u;

/**
 * "Россия исходит из базиса договоренностей, достигнутых в Анкоридже", "следовать договоренностям,
 * которых … достигли на Аляске": holding to the Alaska summit's understandings sets them as the
 * terms any plan must meet (conditional), whichever side says it.
 */
const ALASKA_BASIS =
  /(?<![\p{L}])(?:исход|придержива|следова|платформ|базис|основ|дотримув|дотримуват|спира|виход)\p{L}*[^.;!?]{0,80}?(?:анкоридж|анкорідж|аляск)/u;

/**
 * "Россия готова обсуждать временную администрацию ООН", "ми готові розглянути": the speaker's
 * side ready to discuss a proposal is open to it on terms still to be set (conditional). Only a
 * first person or Russia/Ukraine as subject: "Зеленский говорит, что готов обсуждать" reports
 * another's readiness.
 */
const READY_TO_DISCUSS =
  /(?<![\p{L}])(?:мы|ми|я|россия|україна|украина)\s+(?:\p{L}+\s+)?(?:готов|готова|готовы|готові|готовий)\s+(?:обсуд|обсужд|обговор|розгляну|розглядат|рассмотр)/u;

/**
 * "для ее требований этого все еще недостаточно", "поки що недостатньо": an offer "still not
 * enough" is short of terms the speaker would accept (conditional). A bare "недостаточно" is left
 * out: "недостаточно информации" is no verdict.
 */
const NOT_YET_ENOUGH =
  /(?<![\p{L}])(?:все еще|всё ещё|все ещё|еще|ещё|пока|пока что|ще|досі|поки що|поки)\s+(?:недостаточн|недостатн|не\s+достаточн|не\s+достатн)\p{L}*/u;

/**
 * "якщо Україна не буде в межах захищених кордонів …, ми будемо сіяти зерно наступної війни": a
 * deal warned to bring another war unless something holds names that thing as its condition.
 */
const IF_NOT_WAR =
  /(?<![\p{L}])(?:якщо|если)\s+[^.;!?]{0,80}?(?<![\p{L}])(?:не|ні)\s+[^.;!?]{0,120}?(?:війн|войн)/u;

export function cyrillicCondition(text: string): boolean {
  return (
    cyrillicIdiomCondition(text) ||
    IF_NOT_WAR.test(text) ||
    NOT_YET_ENOUGH.test(text) ||
    READY_TO_DISCUSS.test(text) ||
    ALASKA_BASIS.test(text) ||
    READY_BUT.test(text) ||
    NEEDS_CHANGES.test(text) ||
    NOT_REJECTED_BUT.test(text) ||
    RESERVATIONS.test(text) ||
    NEED_TERMS.test(text) ||
    REFUSED_WITHOUT.test(text) ||
    NOT_WITHOUT.test(text) ||
    ANY_PLAN.test(text)
  );
}

/**
 * "мирный план США неприемлем", "пропозиції США не влаштовують Київ": an indeclinable party name
 * (США, ЕС, ЄС) right after a noun is its genitive owner, not the subject of the clause, so it
 * must not make the speaker's verdict a report of another party's position. Nominative "США
 * предложили" and "для США" are untouched. A lookbehind source for stance.ts's party subjects.
 */
export const CYRILLIC_OWNER_NOUN =
  '(?:план|пропозиц|предложен|позици|позиці|инициатив|ініціатив|документ|верси|версі|проект|проєкт|требован|вимог|услови|умов|президент|администрац|адміністрац|представител|представник|делегац|посланник|посланц|посланец|спецпосланник|госсекретар|держсекретар|гаранти|гарантій|роль|рол|участи|участ|интерес|інтерес|команд|ультиматум|сторон)\\p{L}*\\s+';

/**
 * "Донбас – російський", "Крым — это Россия", "Крим – це Україна": a claim to the land the plan
 * trades is a refusal of any text that gives it away, in either side's mouth.
 */
const LAND_CLAIM =
  /(?<![\p{L}])(?:донбасс?|крым|крим|луганщин|донеччин|новороссия)\p{L}*\s*(?:[–—-]\s*)?(?:это\s+|це\s+)?(?:российск|російськ|русск|россия|росія|украинск|українськ|украина|україна|наш)\p{L}*/u;

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
 * to set a precedent is refused. Past precedents ("прецеденты имели место") are not.
 */
const SETS_PRECEDENT =
  /(?<![\p{L}])(?:стане|станет|створить|создаст|буде|будет)\s+(?:\p{L}+\s+)?прецедент/u;

/** Verdicts no single cue word carries: +1 positive or negative each. */
export function cyrillicVerdict(text: string): { positive: number; negative: number } {
  const idiom = cyrillicIdiomVerdict(text);
  return {
    positive:
      idiom.positive +
      (SABOTAGED_BY_OTHERS.test(text) ? 1 : 0) +
      (DEAL_POSSIBLE.test(text) ? 1 : 0) +
      (THANKS_FOR_EFFORTS.test(text) ? 1 : 0) +
      (PLAN_RIGHT.test(text) ? 1 : 0),
    negative:
      idiom.negative +
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
