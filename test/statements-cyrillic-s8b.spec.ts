import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * Russian and Ukrainian explainers and digests (issue #15, session 8, second round): one short
 * text of our own per rule. The speakers are invented so that the registry cannot help.
 */
const statements = (text: string): Statement[] => [
  ...extractStatements({ ...corpusContext(), text, date: '2026-01-08' }).statements,
];
const who = (text: string): [string | null, string | null][] =>
  statements(text).map((s) => [s.speaker, s.party]);

describe('a capitalised title at a sentence start', () => {
  it('is not part of the name it introduces, and gives the side', () => {
    expect(
      who(
        'Депутатка Оксана Лепетун реагувала різкіше. "Цей мирний план не має шансів у залі", – написала вона.',
      ),
    ).toEqual([['Оксана Лепетун', 'Ukraine']]);
  });
});

describe('a faction in guillemets inside a title', () => {
  it('gives the side of a name the registry lacks', () => {
    expect(
      who(
        'Депутат від «Слуги народу» Тарас Крупенко дивувався тиску на президента. "Я не розумію, чому від президента вимагають підписати цей план", – пояснював він.',
      ),
    ).toEqual([['Тарас Крупенко', 'Ukraine']]);
  });
});

describe('a name owned by a noun in a colon lead-in', () => {
  it('is not the speaker of the quote after the colon', () => {
    const text =
      'Депутат від «Слуги народу» Тарас Крупенко виступив в ефірі.\n\nНа запитання, чи готова його фракція ухвалити план Трампа, відповідь була коротка: "Наша фракція не готова підтримати ці пункти".';
    expect(who(text).at(-1)).toEqual(['Тарас Крупенко', 'Ukraine']);
  });
});

const stance = (text: string): string | undefined => statements(text).at(-1)?.stance;

describe('verdicts without the usual cue words', () => {
  it.each([
    ['«Этот документ — очередной пиар Киева», — заявил Леонид Слуцкий.', 'opposes'],
    ['«Эти пункты — просто хотелки Киева», — заявил Леонид Слуцкий.', 'opposes'],
    ['"Ці пункти виглядають як продумана пастка", – заявив Олександр Мережко.', 'opposes'],
    ['"Паризькі документи – це вагомий крок", – заявив Олександр Мережко.', 'supports'],
  ])('reads %s', (text, expected) => {
    expect(stance(text)).toBe(expected);
  });
});

describe("the speaker's side not ready", () => {
  it('is a refusal with a first person or a body as subject', () => {
    expect(
      stance('"Наша фракція не готова голосувати за ці пункти", – заявив Олександр Мережко.'),
    ).toBe('opposes');
  });

  it('is no refusal when the text is what is not ready', () => {
    expect(stance('«Документ пока не готов», — заявил Леонид Слуцкий.')).toBe('unclear');
  });
});

describe('"депутатка", "депутат" after an MP was named', () => {
  it('refers to the MP whose faction the title gave', () => {
    const text =
      'Оксана Лепетун («Голос») у вівторок вийшла на трибуну.\n\nА сам мирний план депутатка назвала планом капітуляції, написаним не в Україні.';
    expect(who(text).at(-1)).toEqual(['Оксана Лепетун', 'Ukraine']);
  });
});

describe('an outlet in guillemets before the speech verb', () => {
  it('does not turn the sentence into an inversion after a quote', () => {
    const text =
      'Зеленский огласил 20 пунктов. Алексей Чепа в беседе с «Лентой.ру» назвал неприемлемыми для России пункты о территориях.';
    expect(statements(text).map((s) => [s.speaker, s.stance])).toEqual([
      ['Aleksey Chepa', 'opposes'],
    ]);
  });
});

describe('"назвав" with its object first and a colon after the label', () => {
  it('keeps the whole clause, not only the words after the colon', () => {
    const text =
      'Голова комітету Олександр Мережко говорив про мирний план.\n\nВимогу нейтрального статусу Мережко назвав для Києва неприйнятною: це неможливо ні юридично, ні політично.';
    const last = statements(text).at(-1)!;
    expect(text.slice(last.span[0], last.span[1])).toMatch(/^Вимогу нейтрального статусу/u);
    expect(last.stance).toBe('opposes');
  });
});

describe('"голова комітету" between commas', () => {
  it('refers to the committee chair last quoted, not to the name in the clause', () => {
    const text =
      '"Цей мирний план Москва не прийме", – сказав Олександр Мережко.\n\nПроте, вважає голова комітету, Путін найімовірніше відкине мирний план.';
    expect(who(text).at(-1)).toEqual(['Oleksandr Merezhko', 'Ukraine']);
  });
});

describe('digest speech verbs', () => {
  it.each([
    'Олександр Мережко наполіг, що мирний план має гарантувати членство в ЄС.',
    'Олександр Мережко застеріг, що поспіх із мирним планом дасть лише паузу.',
    'Алексей Чепа намекнул: мирный план США предлагает России больше.',
  ])('attributes %s', (text) => {
    expect(statements(text).map((s) => s.speaker)).toHaveLength(1);
  });
});

describe('"лідерка", "мера" after the person was named', () => {
  it('refers to the faction leader', () => {
    const text =
      'Юлія Тимошенко окреслила свої червоні лінії. «Українці не приймуть мирний план з легалізацією окупації», – заявила лідерка «Батьківщини».';
    expect(who(text).at(-1)).toEqual(['Yulia Tymoshenko', 'Ukraine']);
  });

  it('refers to the mayor', () => {
    const text =
      'Віталій Кличко виступив на саміті.\n\n«Тиск на Україну щодо мирного плану – це потурання агресору», — цитують мера в його телеграм-каналі.';
    expect(who(text).at(-1)).toEqual(['Vitali Klitschko', 'Ukraine']);
  });
});

describe('refusals without a cue word', () => {
  it.each([
    '"Держава зробить усе, щоб регіон утримати, хай що пише мирний план", – заявив Олександр Мережко.',
    '«Я не испытываю каких-то иллюзий насчет этого мирного плана», — заявил Леонид Слуцкий.',
    '"Цей мирний план не дає жодних підстав для оптимізму", – заявив Олександр Мережко.',
  ])('reads %s as opposing', (text) => {
    expect(stance(text)).toBe('opposes');
  });
});

describe('a Q&A write-up with dash lines and no name labels', () => {
  const text = [
    'Заместитель министра Александр Грушко несколько раз высказывался о мирном плане.',
    '— Почему Москва против европейских сил на Украине? («Звезда», 27 ноября)',
    '— «Присутствие таких сил подрывает весь смысл мирного соглашения и абсолютно исключено».',
    '— А что с гарантиями для России?',
    '— «Без гарантий безопасности России никакой мирный договор невозможен».',
  ].join('\n\n');

  it('gives each answer to the person the lead names, and no statement to the questions', () => {
    const found = statements(text);
    expect(found.map((s) => s.speaker)).toEqual(['Alexander Grushko', 'Alexander Grushko']);
    expect(found.every((s) => !text.slice(s.span[0], s.span[1]).includes('?'))).toBe(true);
  });
});

describe('"исключено"', () => {
  it('opposes when said outright', () => {
    expect(
      stance('«Такой мирный план абсолютно исключено принимать», — заявил Леонид Слуцкий.'),
    ).toBe('opposes');
  });

  it('is no refusal after "не" (maybe)', () => {
    expect(
      stance('«Не исключено, что мирный план будет доработан», — заявил Леонид Слуцкий.'),
    ).not.toBe('opposes');
  });
});

describe('what a settlement must take into account', () => {
  it('is a condition', () => {
    expect(
      stance(
        '«Мирное урегулирование должно учитывать интересы безопасности России», — заявил Леонид Слуцкий.',
      ),
    ).toBe('conditional');
  });
});

describe('belief that a deal can be reached', () => {
  it('supports', () => {
    expect(
      stance('«Я верю, что договоренности по мирному плану возможны», — заявил Леонид Слуцкий.'),
    ).toBe('supports');
  });

  it('is not a bare "возможны"', () => {
    expect(stance('«В мирном плане возможны изменения», — заявил Леонид Слуцкий.')).not.toBe(
      'supports',
    );
  });
});
