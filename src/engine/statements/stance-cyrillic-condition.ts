import { list } from './lexicon/list';
import { phrases } from './stance-cyrillic-phrase';

/**
 * Russian and Ukrainian conditions (issue #15): terms stated as terms, needs, refusals that name
 * what is missing, readiness with a "but". Any one makes a party's statement conditional. Each is
 * one fixed regex over the lower-cased statement: linear and bounded.
 */

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
  /(?<![\p{L}])(?:не|ні)\s+(?:\p{L}+\s+){0,2}?(?:поддерж|підтрим|соглас|погод|прийм|прим[еиу]|подпиш|підпиш|подпис|підпис)\p{L}*\s+[^.;:!?]{0,60}?(?<![\p{L}])без\s+(?:гарант|услови|умов|учет|урахуван)/u;

/**
 * "без гарантій жодна мирна угода не спрацює", "без США это не будет работать": a deal that
 * cannot work without something requires it, as English "impossible without"; and "без … миру не
 * буде", with the peace or deal as what will not come. Only verbs of
 * working and coming about: "без него не обойдется", "без Росії підписувати не можна" say no more
 * than that a party must be there.
 */
const NOT_WITHOUT =
  /(?<![\p{L}])без\s+[^.;:!?]{0,60}?(?<![\p{L}])(?:не|ні)\s+(?:\p{L}+\s+)?(?:спрацю|сработа|працюва|работа|буде\s+працю|будет\s+работ|запрацю|заработа)|(?<![\p{L}])без\s+[^.;:!?]{0,60}?(?<![\p{L}])(?:(?:не|ні)\s+(?:будет|буде)\s+(?:никакого\s+|жодного\s+|ніякого\s+|ни\s+|ні\s+)?(?:мира|миру|угоди|соглашени|сделк|урегулирован|врегулюван)|(?:мира|миру|угоди|угоды|соглашени\p{L}*|сделки|урегулировани\p{L}*|врегулювання)\s+(?:\p{L}+\s+)?(?:не|ні)\s+(?:будет|буде)(?![\p{L}]))/u;

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

/**
 * Terms stated as terms: "на наших условиях", "за певних умов", "обязательным условием",
 * "настаиваем на", "вимагаємо", "с учетом наших интересов", "при наличии гарантий".
 */
const IDIOM_CONDITION = new RegExp(
  phrases(
    list(
      'на наших услови*|на своих услови*|на определенн* услови*|при определенн* услови*',
      'на таких услови*|на наших умов*|на своїх умов*|на певних умов*|за певних умов*',
      'на таких умов*|необходим* услови*|обязательн* услови*|непременн* услови*|главн* услови*',
      "ключев* услови*|первоочередн* услови*|важнейш* услови*|обов'язков* умов*|необхідн* умов*",
      'головн* умов*|ключов* умов*|першочергов* умов*|неодмінн* умов*|настаиваем=|настаиваю=',
      'наполягаємо=|наполягаю=|требуем=|вимагаємо=|с учетом наш* интерес*|с учетом интерес*',
      'с учетом озабоченност*|с учетом реали*|з урахуванням наш* інтерес*|з урахуванням інтерес*',
      'з урахуванням реалі*|при наличии гарант*|за наявності гарант*|при соблюдени*|за дотримання',
      // "на условиях" (prepositional: on terms) sets them; "погодитися на умови" (accusative) is
      // agreeing to them, left to the other rules.
      'при выполнени*|за виконання|на условиях=|на умовах=',
      // Insisting in the future ("будем настаивать на", "наполягатимемо").
      'будем настаивать= на|будемо наполягати= на|наполягатимемо=|наполягатиме=',
      // A precondition or the only condition ("предварительным условием", "єдина умова").
      'предварительн* услови*|попередн* умов*|единственн* услови*|єдин* умов*',
      // Moscow's standing term, the root causes removed ("реалии на земле" is left out: a text
      // that "учитывает реалии" has met it).
      'устранени* первопричин*|устран* первопричин*|усуненн* першопричин*|усун* першопричин*',
      'искоренени* первопричин*|викорінен* першопричин*',
    ),
    0,
  ),
  'u',
);

/**
 * "только в том случае, если", "лише у разі", "лише тоді, коли", "не раньше, чем", "лишь если"
 * (the cue list has "только если", "лише якщо" but not "лишь"): a condition
 * spelled out; and
 * "нічого про Україну без України": nothing settled without a side's consent.
 */
const ONLY_WHEN =
  /(?<![\p{L}])(?:(?:ничего|нічого)\s+(?:о|об|про)\s+\p{L}+\s+без\s+\p{L}+|(?:только|лишь|лише|тільки)\s+(?:в|у)\s+(?:(?:том|тому)\s+)?(?:случае|разі|випадку)|(?:только|лишь|лише|тільки)\s+(?:тогда|тоді),?\s+(?:когда|коли)|не\s+(?:раньше|раніше),?\s+(?:чем|ніж)|(?:лишь|лише),?\s+(?:если|якщо))(?![\p{L}])/u;

/**
 * "план має гарантувати …", "мають передбачати": Ukrainian "має" with a verb of content is a
 * requirement on the text, as "должен учитывать" is. Tried and left out: "необходимо, чтобы",
 * "треба, щоб" (blind-5 Russian stance 10 -> 9) and "без X мир невозможен" (a dev forecast).
 */
const HAS_TO_CONTAIN =
  /(?<![\p{L}])(?:має|мають)\s+(?:гарант|передбач|включ|містит|відповіда|забезпеч|врахов)\p{L}*/u;

/**
 * "Мы готовы на это пойти в обмен на гарантии", "готові до компромісу в обмін на": the speaker's
 * readiness traded for something names its price (conditional).
 */
const READY_IN_EXCHANGE =
  /(?<![\p{L}])(?:готов|готова|готовы|готові|готовий)(?![\p{L}])[^.;!?]{0,80}?(?<![\p{L}])(?:в\s+обмен\s+на|в\s+обмін\s+на|взамен\s+на|натомість\s+за)(?![\p{L}])/u;

/**
 * "Для нас принципиально важно, чтобы …", "для України важливо, щоб …": what matters to the
 * speaker's side is a requirement on the text. Only with the side named: "важно, чтобы
 * переговоры продолжились" is about the process.
 */
const MATTERS_TO_US =
  /(?<![\p{L}])для\s+(?:нас|россии|росії|україни|украины)\s+(?:\p{L}+\s+)?(?:важно|важливо|принципиально|принципово|критично|критически)(?:\s+(?:важно|важливо))?,?\s+(?:чтобы|щоб|аби)(?![\p{L}])/u;

export function cyrillicCondition(text: string): boolean {
  return (
    IDIOM_CONDITION.test(text) ||
    ONLY_WHEN.test(text) ||
    HAS_TO_CONTAIN.test(text) ||
    READY_IN_EXCHANGE.test(text) ||
    MATTERS_TO_US.test(text) ||
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
