import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * Russian and Ukrainian reporting conventions (issue #15, session 7), one short text of our own
 * per rule: dialogue dashes, reporting verbs, lead-ins (statements-cyrillic.spec.ts passed 300
 * lines).
 */
const statements = (text: string): Statement[] => [
  ...extractStatements({ ...corpusContext(), text, date: '2026-02-18' }).statements,
];

describe('dialogue dashes', () => {
  it('reads a paragraph opening with a dash, up to ", — сказав", as a quote', () => {
    const found = statements(
      'Президент виступив увечері.\n\n— Мирний план ще обговорюють. Ми не погодимося на поступки, — сказав Зеленський.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBe('Volodymyr Zelensky');
    expect(found[0]!.quote).toBe('Мирний план ще обговорюють. Ми не погодимося на поступки');
  });

  it('reads Russian too, and needs a speech verb after the second dash', () => {
    const said = statements('— Переговоры без гарантий ни к чему не приведут, — заявил Песков.');
    expect(said.map((s) => s.quote)).toEqual(['Переговоры без гарантий ни к чему не приведут']);
    expect(said[0]!.speaker).toBe('Dmitry Peskov');
    // "вышел" is no speech verb: a dash alone makes no quote.
    expect(statements('— Переговоры без гарантий, — вышел Песков.')).toHaveLength(0);
  });

  it('leaves a dash-led list item without a speech verb alone', () => {
    expect(statements('— переговоры в Женеве, — встреча в Абу-Даби.')).toHaveLength(0);
  });
});

describe('closing and rejoinder verbs', () => {
  it.each([
    ['«Переговоры в Женеве закончились ничем», — резюмировал Песков.', 'Dmitry Peskov'],
    ['«Мирний план треба доопрацювати», — підсумував Зеленський.', 'Volodymyr Zelensky'],
    ['«Этот план писали вовсе не в Вашингтоне», — иронизирует Лавров.', 'Sergey Lavrov'],
    ['«Ніхто не говорить про поступки», — парирував Сибіга.', 'Andrii Sybiha'],
  ])('attributes %s', (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe('columnists and bloggers', () => {
  const text =
    'Журналист и блогер Иван Петрищев утверждает, что мирный план составляли в Москве. По мнению Петрищева, в тексте плана слишком много канцелярской лексики. «Там все написано по-русски, только переводом», — иронизирует обозреватель.';

  it('reads a journalist and blogger as a commentator, and the declined surname as him', () => {
    const found = statements(text);
    expect(found.map((s) => [s.speaker, s.party, s.role])).toEqual([
      ['Иван Петрищев', null, 'commentator'],
      ['Иван Петрищев', null, 'commentator'],
      ['Иван Петрищев', null, 'commentator'],
    ]);
  });
});

describe('assessing and commenting verbs that name only the topic', () => {
  it.each([
    'Сибіга оцінив хід тристоронніх переговорів у Женеві.',
    'Зеленський висловився значно жорсткіше щодо переговорів.',
    'Песков прокомментировал документ по существу.',
  ])('finds no reported words in %s', (text) => {
    expect(statements(text)).toHaveLength(0);
  });

  it.each([
    'Песков оценил переговоры как конструктивные.',
    'Сибіга позитивно оцінив хід переговорів у Женеві.',
    'Зеленський висловився за продовження переговорів.',
  ])('keeps the words of %s', (text) => {
    expect(statements(text)).toHaveLength(1);
  });
});

describe('unnamed sources with the party after the noun', () => {
  it.each([
    ['«Рада обговорить мирний план», — повідомив обізнаний посадовець ЄС.', 'Europe/EU'],
    ['«Совет обсудит мирный план», — сказал чиновник ЕС.', 'Europe/EU'],
  ])('reads the party at the sentence end in %s', (text, party) => {
    expect(statements(text).map((s) => s.party)).toEqual([party]);
  });
});

describe('the head of a delegation, in Ukrainian press wording', () => {
  it('reads "очільник делегації" as the delegation head last named', () => {
    const found = statements(
      'Секретар РНБО Рустем Умєров розповів про переговори в Женеві. «Дякуємо американським партнерам за конструктивну взаємодію», – додав очільник делегації.',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Rustem Umerov']);
  });
});

describe('conditions in Russian and Ukrainian wording', () => {
  it.each([
    '«Без гарантій безпеки жодна мирна угода не спрацює», — сказав Сибіга.',
    '«Без участия США это соглашение не будет работать», — заявил Песков.',
    '«Аби будь-який мирний план працював, він має враховувати позицію України», — сказав Сибіга.',
    '«Жодних мирних угод ціною нашої територіальної цілісності», — наголосив Сибіга.',
  ])('reads %s as conditional', (text) => {
    expect(statements(text).map((s) => s.stance)).toEqual(['conditional']);
  });

  it('leaves "без него не обойдется" (a party must take part) unconditional', () => {
    const found = statements(
      '«Переговорный процесс необходим, без него не обойдется», — сказал Песков.',
    );
    expect(found.map((s) => s.stance)).toEqual(['unclear']);
  });
});

describe('present and imperfective reporting verbs', () => {
  it.each([
    [
      'Лавров стверджує, що Європа пропонує «договір терпимості» замість мирного плану.',
      'Sergey Lavrov',
    ],
    ['«Мы готовы к переговорам в любое время», — добавляет Песков.', 'Dmitry Peskov'],
    ['Песков предупреждает, что переговоры по плану будут долгими.', 'Dmitry Peskov'],
    ['Зеленський пояснює, що мирний план ще доопрацьовують.', 'Volodymyr Zelensky'],
  ])('attributes %s', (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe('the head of a country’s diplomacy', () => {
  it.each([
    [
      'Лавров дав інтерв’ю. Очільник російської дипломатії заявив, що мирний план не отримували.',
      'Sergey Lavrov',
    ],
    [
      'Лавров дал интервью. Глава российской дипломатии заявил, что мирный план не получали.',
      'Sergey Lavrov',
    ],
  ])('reads %s as the foreign minister last named', (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe('a colon quote after an object-first Russian clause', () => {
  it('takes the nominative pronoun, not the country in the object, and the lead as its frame', () => {
    const found = statements(
      'Песков выступил утром. Комментировать субботнюю встречу представителей США он не стал: «Мы не знаем, о чем там будет идти речь».',
    );
    expect(found.map((s) => [s.speaker, s.party])).toEqual([['Dmitry Peskov', 'Russia']]);
  });

  it('keeps a person named before the pronoun', () => {
    const found = statements(
      'Умєров про зустріч у Женеві сказав коротко, і він додав: «Переговори тривають».',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Rustem Umerov']);
  });
});

describe('straight quotes nested in straight quotes', () => {
  it('keeps the outer quote whole past a nested "…"', () => {
    const found = statements(
      'Дмитриев прокомментировал статью так: "Сторонники эскалации стремятся сорвать "мирный план" Трампа и продолжить войну".',
    );
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([
      [
        'Kirill Dmitriev',
        'Сторонники эскалации стремятся сорвать "мирный план" Трампа и продолжить войну',
      ],
    ]);
  });

  it('reads "прокомментировал" with a bare object as no words', () => {
    expect(statements('Ушаков прокомментировал телефонный разговор президентов.')).toHaveLength(0);
  });
});

describe('an indirect question after a speech verb', () => {
  it('reads "пояснив, чому …" with no quote as no words', () => {
    expect(
      statements('Зеленський пояснив, чому питання Донбасу може вирішити лише референдум.'),
    ).toHaveLength(0);
  });

  it('keeps the quote after "пояснював, чому …:"', () => {
    const found = statements(
      'Зеленський пояснював, чому може знадобитися референдум: «Територіальні питання мирного плану вирішує народ».',
    );
    expect(found.map((s) => s.quote)).toEqual([
      'Територіальні питання мирного плану вирішує народ',
    ]);
  });
});

describe('the terms of a deal called its parameters', () => {
  it('keeps a quote about the parameters as about the plan', () => {
    const found = statements(
      '«Основные параметры были переданы, на следующей неделе будет разговор», — сказал Песков.',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Dmitry Peskov']);
  });
});

describe('the US envoys as a sign of the talks', () => {
  it('keeps "готовий прийняти Віткоффа будь-коли" as about the talks', () => {
    const found = statements(
      'Кремль, за словами Дмитра Пєскова, готовий прийняти Віткоффа будь-коли.',
    );
    expect(found.map((s) => [s.speaker, s.party])).toEqual([['Dmitry Peskov', 'Russia']]);
  });
});

describe('contacts between the sides as the talks', () => {
  it('keeps a quote about the contacts', () => {
    const found = statements(
      '«Контакты с американцами продолжаются в рабочем режиме», — сказал Песков.',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Dmitry Peskov']);
  });
});

describe('"заявил о готовности": a position noun after "о/про"', () => {
  it.each([
    'Песков заявил о готовности Москвы к переговорам по мирному плану.',
    'Сибіга заявив про необхідність гарантій безпеки в мирному плані.',
  ])('keeps %s', (text) => {
    expect(statements(text)).toHaveLength(1);
  });

  it('still reads "высказался о плане" as naming the topic only', () => {
    expect(statements('Песков высказался о плане на брифинге.')).toHaveLength(0);
  });
});

describe('imperfective "соглашаться"', () => {
  it('reads "не намерена соглашаться на …" as a refusal', () => {
    const found = statements(
      'По словам Пескова, Москва не намерена соглашаться на такой мирный план.',
    );
    expect(found.map((s) => s.stance)).toEqual(['opposes']);
  });
});

describe('fighting for something in the text', () => {
  it('reads "боротися за те, щоб …" as a condition', () => {
    const found = statements(
      'Зеленський пообіцяв боротися за те, щоб у мирному плані залишилися гарантії безпеки.',
    );
    expect(found.map((s) => s.stance)).toEqual(['conditional']);
  });
});
