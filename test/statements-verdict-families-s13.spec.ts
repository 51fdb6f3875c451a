import { stanceOf } from '../src/engine/statements/stance';

/**
 * Verdict families, third round (issue #15, src/engine/statements/stance-families-s13.ts):
 * favourable verdicts with no cue word, quoted from dev articles whose gold reads them
 * `supports` and which main read `unclear`, and dev statements in the same wording whose gold
 * reads `unclear` (they must stay so).
 */
const stance = (text: string, party: string | null): string =>
  stanceOf(text.toLowerCase(), null, party);

describe("the plan's critics as its wreckers", () => {
  it.each([
    [
      // dev/324
      "bureaucrats in Brussels, NATO and London were trying to wreck President Trump's peace plan because they preferred escalation to a settlement",
      'Russia',
    ],
    [
      // dev/050
      "If Brussels weren't standing in the way, there would have been peace in Ukraine long ago. Even now they're trying to obstruct it and are drawing up war plans.",
      'Europe/EU',
    ],
  ])('%s → supports', (text, party) => expect(stance(text, party)).toBe('supports'));

  it.each([
    [
      // dev/048: obstructing "efforts" is a complaint about process.
      'This claim was yet another example of Russia seeking to create and manipulate narratives to avoid engaging meaningfully with peace initiatives. Russia not only started this war. It is also doing everything in its power to disrupt efforts to end it.',
      'Europe/EU',
    ],
  ])('%s → unclear', (text, party) => expect(stance(text, party)).toBe('unclear'));
});

describe('confidence in the deal or its broker', () => {
  it.each([
    ['now they both want to make a deal', 'US'], // dev/332
    ['told Politico he expected Zelensky "to get a deal done"', 'US'], // dev/332
    [
      // dev/326
      'In my view, the only person in the world who is ready to force the Russian Federation to make peace is the president of the United States, Donald Trump.',
      'Europe/EU',
    ],
  ])('%s → supports', (text, party) => expect(stance(text, party)).toBe('supports'));

  it.each([
    [
      // dev/020: one side's wish for peace.
      'We want to see the end of the killing and the death and the suffering, and we are sure the Ukrainians want peace.',
      'US',
    ],
    [
      // dev/096: credit to the broker among thanks and progress.
      'Ми провели два раунди в Абу-Дабі в тристоронньому форматі. Ми рухаємося вперед і вдячні нашим американським друзям, бо без Трампа закінчити цю війну нереально.',
      'Ukraine',
    ],
  ])('%s → unclear', (text, party) => expect(stance(text, party)).toBe('unclear'));
});

describe('a point or the text praised, or a first in history', () => {
  it.each([
    [
      // dev/334
      'Президент говорив про безмитну зону для України. Думаю, це могло б кардинально змінити ситуацію',
      'US',
    ],
    [
      // dev/325
      "It's in pretty good shape. It can start almost immediately. President Putin is actually working with Ukraine on getting it open. That's a big step when he's not bombing that plant,",
      'US',
    ],
    [
      // dev/322
      'Для нас це фундаментально. Ймовірно, ми вже майже маємо готовий проєкт двосторонніх гарантій безпеки – не запевнень, а саме гарантій – уперше в нашій історії.',
      'Ukraine',
    ],
    [
      // dev/331
      "For the first time in a long time, four years since Putin's invasion of Ukraine began, a security framework is beginning to take shape that can eventually allow the war to end and a just and lasting peace to be achieved in Ukraine,",
      'Europe/EU',
    ],
  ])('%s → supports', (text, party) => expect(stance(text, party)).toBe('supports'));

  it.each([
    [
      // dev/082: a step of process.
      'There will also be a significant step: we expect a POW exchange in the near future. Captives must be brought home.',
      'Ukraine',
    ],
    ['We had a very good day today. I think we made a tremendous amount of progress.', 'US'], // dev/003
    [
      // dev/040: a first of process.
      'Now, for the first time, direct peace talks have taken place in a trilateral U.S.–Russia–Ukraine format.',
      'Russia',
    ],
  ])('%s → unclear', (text, party) => expect(stance(text, party)).toBe('unclear'));
});

describe('open to the text, matched to what was agreed, belief in the talks', () => {
  it.each([
    [
      // dev/026 (reported; the verb is part of what stanceOf reads)
      'допустила, что документ, которым Россия подтвердит отсутствие намерений нападать на страны НАТО, может стать предметом переговоров',
      'Russia',
    ],
    [
      "For me, it doesn't matter who the initial author was. There is a framework. Let's work on it.",
      'Ukraine',
    ], // dev/085
    [
      // dev/226
      'the plan he had an opportunity to study coincides with the results of negotiations during the Russian-American summit in Alaska earlier this year.',
      'Russia',
    ],
    [
      // dev/310
      'Це про гарантії, які не дозволять війні повернутися, і про відповідальність, яка працює не в промовах, а в реальності',
      'Ukraine',
    ],
    [
      // dev/311
      'Але зараз паралельно з веденням бойових дій, йдуть мирні перемовини. Я все ж таки в них вірю',
      'Ukraine',
    ],
    [
      // dev/333
      'Він дотримав свого слова. Один тиждень - це багато, ми приймемо все, бо там дуже-дуже холодно',
      'US',
    ],
  ])('%s → supports', (text, party) => expect(stance(text, party)).toBe('supports'));

  it.each([
    // Sentences of our own: the same words negated, or with no agreement named.
    ['Этот вопрос не может стать предметом переговоров.', 'Russia'],
    ['Росія ніколи не дотримала свого слова.', 'Ukraine'],
    ['Italy backs Kyiv, in line with what has been done for a long time.', 'Europe/EU'],
  ])('%s → not supports', (text, party) => expect(stance(text, party)).not.toBe('supports'));
});

describe('refusals with no cue word', () => {
  it.each([
    ['Ситуация сейчас такая, что нам надо продолжать специальную военную операцию', 'Russia'], // dev/304
    ['Россия от нас требует, чтобы мы сдали территории, мы эти территории не сдаем', 'Ukraine'], // dev/306
    [
      // dev/048
      'By putting forward his conditions in response to the US proposals, he is essentially nullifying what is being done by the US,',
      'Russia',
    ],
    [
      // dev/318
      'Сегодня это всё перечеркнуто. Сейчас гарантии безопасности для Украины не в контексте общеевропейской безопасности',
      'Russia',
    ],
  ])('%s → opposes', (text, party) => expect(stance(text, party)).toBe('opposes'));

  it.each([
    // Sentences of our own: the same words negated.
    ['Ничего не перечеркнуто, работа продолжается.', 'Russia'],
  ])('%s → not opposes', (text, party) => expect(stance(text, party)).not.toBe('opposes'));
});

describe('acceptance tied to a condition', () => {
  it.each([
    [
      'All we can realistically talk about right now is really to define the line of contact.',
      'Ukraine',
    ], // dev/024
    [
      // dev/335
      'Тільки референдум може визначити, чи згодні люди на те, щоб був такий шлях, якщо пропозиція для України саме така — або це, або війна',
      'Ukraine',
    ],
    [
      'Росія думає про припинення військового конфлікту в контексті досягнення своїх цілей',
      'Russia',
    ], // dev/311
    [
      'Конечно, отвод вооруженных сил режима из Донбасса за пределы административных границ',
      'Russia',
    ], // dev/307
    ['he had asked the Americans to "consider the possibility of 30, 40, 50 years."', 'Ukraine'], // dev/313
    [
      // dev/065
      'Це власність України. Це територія України. Ми розглядали як варіант можливість формули управління з американською стороною, а американська сторона вже вирішувала б з іншими сторонами',
      'Ukraine',
    ],
    [
      // dev/091
      'Я буду наводити аргументи, я буду переконувати, пропонувати альтернативи, але точно ми не дамо ворогу приводів сказати, що це Україна не хоче миру',
      'Ukraine',
    ],
  ])('%s → conditional', (text, party) => expect(stance(text, party)).toBe('conditional'));

  it.each([
    [
      // dev/328: the text described, and the same words from a Ukrainian (dev/053).
      'Американский вариант плана предусматривает вывод украинских войск из Донбасса и создание там демилитаризованной зоны',
      'Ukraine',
    ],
    ['Цели специальной военной операции будут достигнуты.', 'Russia'],
    // dev/312: others' counterproposals.
    ['All sorts of leaks, phone calls, proposals, counterproposals.', 'Europe/EU'],
  ])('%s → unclear', (text, party) => expect(stance(text, party)).toBe('unclear'));
});

describe('terms set on the deal', () => {
  it.each([
    ['Це означає, що всі хочуть миру, але справедливого миру', 'Ukraine'], // dev/012
    ['але наполягає, що така зона не може перебувати під керівництвом Росії', 'Ukraine'], // dev/027
    [
      // dev/056
      'Там само він назвав ключові, на його думку, принципи сталого і справедливого миру: збереження суверенітету й територіальної цілісності, сильна армія, членство в ЄС і НАТО',
      'Ukraine',
    ],
    [
      // dev/235
      'Участь Європи в процесі вважаємо критично необхідною для подальшої успішної реалізації цілком можливих домовленостей',
      'Ukraine',
    ],
    [
      // dev/320
      'Ми напрацювали значний масив узгоджених позицій і визначили кілька моментів, де можемо піти на компроміс. Решта потребуватиме рішень на рівні лідерів',
      'Ukraine',
    ],
    [
      // dev/324
      'The remaining funds from our frozen assets in the US could also be used to rebuild territories damaged by the fighting after the conclusion of a peace treaty between Russia and Ukraine,',
      'Russia',
    ],
    [
      // dev/326
      'had joined France, Italy, Germany, Britain, Canada and Japan in declaring readiness to work on the American plan while raising reservations about some of its points from the outset',
      'Europe/EU',
    ],
  ])('%s → conditional', (text, party) => expect(stance(text, party)).toBe('conditional'));

  it.each([
    // Sentences of our own: a peace wished for, control reported, a treaty's date.
    ['Усі хочуть миру, і ми теж.', 'Ukraine'],
    ['The plant is under Russian control today.', 'Ukraine'],
    ['The talks resumed after the signing of the prisoner list.', 'US'],
  ])('%s → unclear', (text, party) => expect(stance(text, party)).toBe('unclear'));
});
