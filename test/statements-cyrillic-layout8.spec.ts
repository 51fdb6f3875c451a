import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * Russian and Ukrainian layout (issue #15, session 8), one short text of our own per rule:
 * speakers named only in a heading, Telegram bullets and lists.
 */
const statements = (text: string): Statement[] => [
  ...extractStatements({ ...corpusContext(), text, date: '2026-02-18' }).statements,
];
const who = (text: string): (string | null)[] => statements(text).map((s) => s.speaker);

describe('a speaker named only in the heading', () => {
  it('lets "він" after an office refer to the person in an all-caps heading', () => {
    const text =
      'ЛАВРОВ ПРО МИРНИЙ ПЛАН\n\nГлава МЗС Росії заявив, що Москва не отримувала нових пропозицій.\n\nВін наголосив, що «дух Анкориджа» має бути збережений у плані.';
    expect(who(text).at(-1)).toBe('Sergey Lavrov');
  });

  it('lets "министр" refer to the person the heading names', () => {
    expect(
      who('СЕРГЕЙ ЛАВРОВ\n\nМирный план США требует серьезной доработки, заявил министр.'),
    ).toEqual(['Sergey Lavrov']);
  });

  it('makes no statement of the heading itself', () => {
    expect(statements('ПЕСКОВ: РОССИЯ НЕ ПРИМЕТ ЭТОТ МИРНЫЙ ПЛАН\n\nВ Кремле ждут текст.')).toEqual(
      [],
    );
  });
});

describe('Telegram list items and lead-ins', () => {
  it.each(['▪️ ', '🔹 ', '📌'])('reads a line marked %s under a lead-in as a bullet', (mark) => {
    const text = `Главное из заявлений Пескова:\n\n${mark}Россия пока не получила официального текста мирного плана.\n${mark}Ряд пунктов плана для Москвы неприемлем.`;
    expect(statements(text).map((s) => [s.speaker, s.stance])).toEqual([
      ['Dmitry Peskov', 'unclear'],
      ['Dmitry Peskov', 'opposes'],
    ]);
  });

  it('gives a quote on the line after a verbless colon lead-in to the person it names', () => {
    const text = 'Главное из заявлений Пескова:\n«Мирный план США пока не получен официально».';
    expect(who(text)).toEqual(['Dmitry Peskov']);
  });

  it('leaves a quote after a colon line that names nobody alone', () => {
    expect(who('Главное за неделю:\n«Мирный план США пока не получен официально».')).toEqual([]);
  });
});

describe('short quotes said in so many words', () => {
  it.each([
    ['Дмитриев прокомментировал публикацию о мирном плане. Он оставил одно слово: «Фейк».', 'Фейк'],
    [
      'Сибігу запитали, чи погодиться Київ на мирний план у такому вигляді. «Ніколи», — відрізав міністр.',
      'Ніколи',
    ],
    [
      'Зеленський прокоментував новий варіант мирного плану США.\n\n«Це капітуляція», — сказав він.',
      'Це капітуляція',
    ],
  ])('keeps the quote in %s', (text, quote) => {
    expect(statements(text).map((s) => s.quote)).toEqual([quote]);
  });

  it('leaves a short quote with no colon or dash attribution alone', () => {
    const found = statements('Лавров заявил, что мирный план в Москве называют «планом Уиткоффа».');
    expect(found.map((s) => s.quote)).not.toContain('планом Уиткоффа');
  });
});

describe('the question a reply answers names its topic', () => {
  it('keeps a reply to a question about the talks', () => {
    expect(
      who(
        'Кирилл Буданов на вопрос о контактах в Абу-Даби ответил: «Там все чудесно, все хорошо».',
      ),
    ).toEqual(['Kyrylo Budanov']);
  });

  it('leaves a reply to a question about something else out', () => {
    expect(
      who('Кирилл Буданов на вопрос о погоде ответил: «Там все чудесно, все хорошо».'),
    ).toEqual([]);
  });
});

describe('a topic verb names only what its own clause holds', () => {
  it('finds no words in "оцінив хід переговорів і окреслив межі, за які …"', () => {
    expect(
      statements(
        'Сибіга оцінив хід тристоронніх переговорів і окреслив межі, за які Київ не піде.',
      ),
    ).toEqual([]);
  });

  it('still reads "висловився за …" as a position', () => {
    expect(who('Зеленський висловився за продовження переговорів.')).toEqual([
      'Volodymyr Zelensky',
    ]);
  });
});

describe('Telegram one-liners whose topic is a line or two above', () => {
  const post = (lines: string[]): string => lines.join('\n');

  it('keeps words two one-line paragraphs below the line naming the plan', () => {
    const text = post([
      'Кремль получил американский мирный план.',
      'Песков провел брифинг для журналистов.',
      '«Для нас это все неприемлемо», — сказал Песков.',
    ]);
    expect(statements(text).map((s) => [s.speaker, s.stance])).toEqual([
      ['Dmitry Peskov', 'opposes'],
    ]);
  });

  it('does not reach through a paragraph of ordinary prose', () => {
    const text = post([
      'Кремль получил американский мирный план.',
      'Песков провел брифинг. Он говорил о погоде и о праздниках.',
      '«Для нас это все неприемлемо», — сказал Песков.',
    ]);
    expect(statements(text)).toEqual([]);
  });
});

describe('the side of a speaker the registry lacks', () => {
  const parties = (text: string): (string | null)[] => statements(text).map((s) => s.party);

  it.each([
    [
      'У понеділок литовський президент Вілюс Петраускас заявив, що мирний план має враховувати інтереси Європи.',
      'Europe/EU',
    ],
    [
      'Олексій Гончаренко («Європейська солідарність») заявив, що мирний план — це не капітуляція.',
      'Ukraine',
    ],
    [
      'Депутат Дмитрий Новиков (КПРФ) заявил, что мирный план Киева не соотносится с требованиями.',
      'Russia',
    ],
  ])('reads the title or faction in %s', (text, party) => {
    expect(parties(text)).toEqual([party]);
  });

  it('takes the side from a short section heading above', () => {
    const text =
      'Що кажуть сусіди про мирний план\n\nЛИТВА\n\nВілюс Петраускас заявив, що мирний план має враховувати інтереси Європи.';
    expect(parties(text)).toEqual(['Europe/EU']);
  });

  it('leaves the party unknown under a heading that names no side', () => {
    const text =
      'Що кажуть про мирний план\n\nГОЛОВНЕ\n\nВілюс Петраускас заявив, що мирний план має враховувати інтереси Європи.';
    expect(parties(text)).toEqual([null]);
  });
});

describe('digest items: lead-ins that name no one', () => {
  const item = [
    'Рада і мирний план: хто що сказав',
    '',
    '▪️ Спікер Руслан Стефанчук виступав у Стокгольмі про мирний план.',
    '',
    'Почав з готовності до діалогу:',
    '',
    '«Ми готові рухатися до справжнього миру, ми завжди про це заявляли».',
  ].join('\n');

  it('gives the quote under a nameless colon lead-in to the item’s speaker', () => {
    expect(statements(item).map((s) => [s.speaker, s.party])).toEqual([
      ['Ruslan Stefanchuk', 'Ukraine'],
    ]);
  });

  it('gives the dash list under a nameless colon lead-in to the item’s speaker', () => {
    const text = `${item}\n\nДалі — червоні лінії мирного плану:\n\n– Жодного правового визнання окупації територій. Жодних обмежень для армії.`;
    const found = statements(text);
    expect(found.map((s) => s.speaker)).toEqual(['Ruslan Stefanchuk', 'Ruslan Stefanchuk']);
    // The bullet is one statement, both its sentences.
    expect(found[1]!.quote).toBe(
      'Жодного правового визнання окупації територій. Жодних обмежень для армії',
    );
  });

  it('gives nobody a quote under a nameless lead-in far from any speaker', () => {
    const text =
      'Мирний план\n\nУ Стокгольмі говорили про мирний план.\n\nПро це писали всі.\n\nІ ще одне.\n\nНарешті головне:\n\n«Ми готові рухатися до справжнього миру, ми завжди про це заявляли».';
    expect(statements(text)).toEqual([]);
  });
});

describe('an office in the title of a name the registry lacks', () => {
  it('lets "постпреда" find the Ukrainian envoy just named, not a registry ambassador', () => {
    const text =
      'Российский постпред Василий Небензя заявил, что мирный план не учитывает интересов России.\n\nУкраинский постпред Андрей Мельник ответил не сразу.\n\nКиев, по словам постпреда, готов к конкретным шагам ради мирного плана.';
    expect(statements(text).map((s) => s.party)).toEqual(['Russia', 'Ukraine']);
  });
});
