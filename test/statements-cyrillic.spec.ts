import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * Russian and Ukrainian phenomena, one short text of our own per rule (issue #15): spellings of
 * names, titles before names, speech verbs, stance cues with negation and discourse markers.
 */
const statements = (text: string): Statement[] => [
  ...extractStatements({ ...corpusContext(), text, date: '2026-02-18' }).statements,
];

describe('Cyrillic names', () => {
  it('finds a registry name in its Ukrainian spelling with є, inflected', () => {
    const found = statements(
      'За словами Умєрова, делегації обговорювали параметри безпеки та механізми можливих рішень.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBe('Rustem Umerov');
    expect(found[0]!.party).toBe('Ukraine');
  });
});

describe('titles before names', () => {
  it('takes the person, not the institution in the title, as the antecedent of "он"', () => {
    const text =
      'Пресс-секретарь Кремля Дмитрий Песков отвечал журналистам. На вопрос о сроках он ответил: «Любое время лучшее для мирного урегулирования».';
    const found = statements(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBe('Dmitry Peskov');
  });

  it('keeps the institution when a clause, not a title, separates it from the name', () => {
    const text =
      'В Кремле, как уточнил позже Песков, план еще изучают. «Мы продолжаем изучать документ», — сказали в Кремле.';
    expect(statements(text).map((s) => s.speaker)).toContain('Kremlin');
  });
});

describe('words about the plan', () => {
  it.each([
    '«Президент не підпише нічого, що суперечить інтересам України», — наголосив Єрмак.',
    '«Президент не подпишет ничего, что противоречит интересам Украины», — подчеркнул Ермак.',
  ])('counts signing (підпише / подпишет) as words about the plan: %s', (text) => {
    expect(statements(text).map((s) => s.speaker)).toEqual(['Andriy Yermak']);
  });
});

describe('speech verbs', () => {
  it.each([
    ['Умєров запевнив, що прогрес у переговорах є.', 'Rustem Umerov'],
    ['«Мы готовы обсуждать этот план с американцами», — поинтересовался Песков.', 'Dmitry Peskov'],
    ['«Чи готові ви обговорювати цей план з американцями?» — поцікавився Сибіга.', 'Andrii Sybiha'],
  ])('reads %s', (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe('stance cues', () => {
  it.each([
    ['Буданов сказал, что украинский народ на территориальные уступки не согласится.', 'opposes'],
    ['Буданов сказав, що український народ на територіальні поступки не погодиться.', 'opposes'],
  ])('reads a negated future "agree" as a refusal: %s', (text, stance) => {
    expect(statements(text).map((s) => s.stance)).toEqual([stance]);
  });
});

describe('discourse markers', () => {
  it.each([
    '«Якщо говорити суто про цю 20-пунктову рамку, то це наразі документ двосторонній», — пояснив Сибіга.',
    '«Если говорить об этом плане, то переговоры еще продолжаются», — сказал Сибига.',
  ])('does not read "якщо говорити / если говорить" as a condition: %s', (text) => {
    expect(statements(text).map((s) => s.stance)).toEqual(['unclear']);
  });

  it('still reads a real "якщо" at the start as a condition', () => {
    const text =
      '«Якщо гарантії безпеки будуть юридично зобов’язуючими, ми підпишемо документ», — сказав Сибіга.';
    expect(statements(text).map((s) => s.stance)).toEqual(['conditional']);
  });
});

describe('offices named without the name', () => {
  it.each([
    [
      'Рябков выступил в эфире. «Мы знаем, что этот план радикально отличается от 27 пунктов», — подчеркнул замминистра.',
      'Sergey Ryabkov',
    ],
    [
      'Андрій Єрмак прокоментував звільнення. «Документ із 28 пунктів більше не існує», — заявив колишній глава ОП.',
      'Andriy Yermak',
    ],
  ])('refers back through a short office title: %s', (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe('drafts as words about the plan', () => {
  it('keeps a quote about what the envoys have drafted ("наработано")', () => {
    const text =
      '«Он должен получить информацию о том, что наработано американцами и европейцами», — сказал Песков.';
    expect(statements(text).map((s) => s.speaker)).toEqual(['Dmitry Peskov']);
  });
});

describe('attribution after the reported words', () => {
  it.each([
    ['Мы поддерживаем мирный план американского президента, подчеркнул Рябков.', 'Sergey Ryabkov'],
    ['Ми підтримуємо мирний план американського президента, наголосив Єрмак.', 'Andriy Yermak'],
  ])('reads "…, verb Name." as the speaker closing the sentence: %s', (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });

  it('keeps the subject before the verb when none follows it', () => {
    const text = 'Рябков, выступая в эфире, подчеркнул, что мирный план нужно дорабатывать.';
    expect(statements(text).map((s) => s.speaker)).toEqual(['Sergey Ryabkov']);
  });
});

describe('conditional refusals and the way to peace', () => {
  it.each([
    '«Президент не підпише і не схвалить нічого, що суперечить інтересам України», — наголосив Єрмак.',
    '«Президент не подпишет ничего, что противоречит интересам Украины», — подчеркнул Ермак.',
  ])('reads "nothing that contradicts our interests" as conditional: %s', (text) => {
    expect(statements(text).map((s) => s.stance)).toEqual(['conditional']);
  });

  it('reads "шлях до миру" like "path to peace"', () => {
    const text =
      '«Ці домовленості відкривали шлях до миру, на їхній основі можна узгодити договір», — сказав Лавров.';
    expect(statements(text).map((s) => s.stance)).toEqual(['supports']);
  });
});

describe('relative clauses', () => {
  it('does not take a name inside ", який …," as the subject of the verb after it', () => {
    const text =
      'Андрій Єрмак, який очолював Офіс президента і українську делегацію на переговорах, уперше прокоментував своє звільнення. «Документ із 28 пунктів більше не існує», — сказав він.';
    expect(statements(text).map((s) => s.speaker)).toEqual(['Andriy Yermak']);
  });

  it('does the same for ", который …,"', () => {
    const text = 'Ушаков, который вел переговоры с Уиткоффом, заявил, что план требует доработки.';
    expect(statements(text).map((s) => s.speaker)).toEqual(['Yuri Ushakov']);
  });
});

describe('a stand taken for something', () => {
  it.each([
    'Глава МИД Сибига выступил за поиск компромисса по мирному плану.',
    'Міністр Сибіга виступив за компроміс щодо мирного плану.',
  ])('reports "выступил за / виступив за": %s', (text) => {
    expect(statements(text).map((s) => s.speaker)).toEqual(['Andrii Sybiha']);
  });
});

describe('", иначе …"', () => {
  it('reads a mid-sentence "иначе" as a condition', () => {
    const text =
      '«Мы не можем выйти за рамки мирного плана, иначе никакой договоренности получиться не может», — отметил Рябков.';
    expect(statements(text).map((s) => s.stance)).toEqual(['conditional']);
  });

  it('does not read a quote-initial "Інакше" as one', () => {
    const text =
      '«Інакше я не можу пояснити, чому влада готова погодитись на мирний план», — написав Єрмак.';
    expect(statements(text).map((s) => s.stance)).not.toContain('conditional');
  });
});

describe('"nobody should count on it"', () => {
  it.each([
    '«Поки він президент, ніхто не повинен розраховувати на те, що ми поступимося територією», — сказав Єрмак.',
    '«Пока он президент, никто не должен рассчитывать на то, что мы уступим территории», — сказал Ермак.',
  ])('reads it as a refusal, not a condition: %s', (text) => {
    expect(statements(text).map((s) => s.stance)).toEqual(['opposes']);
  });
});

describe('seventh-session lexicon (dev/070–077)', () => {
  it.each([
    [
      'Ушаков отвечал на вопросы. Остальные пункты плана, напомнил он, требуют обсуждения.',
      'Yuri Ushakov',
    ],
    ['Ушаков не виключив, що мирний план ще зміниться.', 'Yuri Ushakov'],
    [
      'Андрій Єрмак (неділя). «Наступна зустріч — із делегацією США щодо плану», — написав глава делегації.',
      'Andriy Yermak',
    ],
    [
      "Дональд Туск (неділя). «Було б добре знати, хто є автором плану», — написав прем'єр Польщі.",
      'Donald Tusk',
    ],
  ])('reads the speaker of %s', (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });

  it.each([
    ['«России не понравятся предложения Украины по плану», — сказал Ушаков.', 'opposes'],
    ['Ушаков сказал, що багато положень плану видаються Росії прийнятними.', 'conditional'],
    [
      '«Многие положения этого плана нам представляются приемлемыми», — сказал Ушаков.',
      'conditional',
    ],
  ])('reads the stance of %s', (text, stance) => {
    expect(statements(text).map((s) => s.stance)).toEqual([stance]);
  });
});

describe('seventh-session stance rules (stance-cyrillic.ts)', () => {
  it.each([
    ['«Дмитриев должен сработать на прием по плану», — сказал Песков.', 'unclear'],
    [
      '«Ми не повинні створювати паралельні переговорні треки щодо плану», — сказав Сибіга.',
      'unclear',
    ],
    ['«Любой план должен учитывать интересы России», — сказал Лавров.', 'conditional'],
    ['Ушаков заявил, что США придется внести радикальные изменения в план.', 'conditional'],
    [
      '«Для голосування знадобиться припинення вогню щонайменше на 60 днів», — сказав Зеленський.',
      'conditional',
    ],
    ['«Деякі речі в плані ще треба допрацювати», — сказав Зеленський.', 'unclear'],
    [
      'Зеленський наголошував, що Україна не підтримує такий варіант плану без гарантій.',
      'conditional',
    ],
    ['«Вести обсуждения плана через СМИ мы считаем невозможным», — сказал Песков.', 'unclear'],
    [
      'Зеленський скептично оцінив можливість того, що російська сторона погодиться на план.',
      'unclear',
    ],
    ['«Любой план должен полностью учитывать требования России», — сказал Лавров.', 'conditional'],
    ['Лавров назвал это попытками изнасилования американской инициативы по плану.', 'opposes'],
    ["«Це спроба нав'язати Україні російські умови завершення війни», — сказав Єрмак.", 'opposes'],
    [
      '«Гарантии безопасности Украине по плану создаются против России», — сказал Лавров.',
      'opposes',
    ],
    ['«Такий пункт плану поза межами нашого закону», — сказав Сибіга.', 'opposes'],
  ])('reads %s', (text, stance) => {
    expect(statements(text).map((s) => s.stance)).toEqual([stance]);
  });
});

describe('interposed attributions and inflected offices', () => {
  it('reads "по словам главы МИД" (genitive office) as the minister', () => {
    const text =
      'Лавров выступил в четверг. По словам главы МИД, Украина и Европа пытаются переписать мирный план.';
    expect(statements(text).map((s) => s.speaker)).toEqual(['Sergey Lavrov']);
  });

  it.each([
    'Песков ответил журналистам. Прямой обмен мнениями по плану, по его словам, состоялся накануне.',
    "Єрмак дав інтерв'ю. Остаточні рішення щодо плану, підкреслював він, ухвалюватимуть президенти.",
  ])('keeps the clause before an interposed attribution in the statement: %s', (text) => {
    const found = statements(text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.span[0], found[0]!.span[0] + 6)).toMatch(/^(Прямой|Остато)/u);
  });
});

describe('interviews printed as questions and answers (qa.ts)', () => {
  const interview = [
    'Вопрос: Остается ли план Анкориджа точкой отсчета?',
    '',
    'Лавров: Мы исходим из того, что нам было предложено, и мы это приняли.',
    '',
    'Вопрос: Что с переговорами?',
    '',
    'Лавров: Мы сейчас не видим оснований подозревать, что эти переговоры являются ширмой.',
  ].join('\n');

  it('reads each answer line as a statement of the person named before its colon', () => {
    const found = statements(interview);
    expect(found.map((s) => [s.speaker, s.stance])).toEqual([
      ['Sergey Lavrov', 'supports'],
      ['Sergey Lavrov', 'unclear'],
    ]);
    expect(found[0]!.quote.startsWith('Мы исходим')).toBe(true);
  });

  it('leaves "Name: words" alone in an article without question lines', () => {
    const text = 'Лавров: Мы исходим из того, что нам было предложено по плану, и мы это приняли.';
    expect(statements(text)).toHaveLength(0);
  });
});

describe('more speech forms and titles', () => {
  it.each([
    [
      'Вместе с тем, как отмечают в ISW, Москва пока не готова к компромиссу по плану.',
      'Institute for the Study of War',
    ],
    [
      'Аналитики ISW называли вероятной целью Москвы сорвать мирный план.',
      'Institute for the Study of War',
    ],
    ['Песков пообещал опубликовать видеозапись начала встречи по плану.', 'Dmitry Peskov'],
  ])('reads %s', (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });

  it('reads "сенатор-республиканец" as a US title', () => {
    const text =
      '«Это не наш мирный план», — заявил сенатор-республиканец Майк Раундз журналистам.';
    expect(statements(text).map((s) => s.party)).toEqual(['US']);
  });
});

describe('negators that negate nothing, reported claims, party adjectives', () => {
  it.each([
    ["«Це не перша спроба нав'язати Україні російські умови плану», — сказав Єрмак.", 'opposes'],
    [
      '«Неправильна формулировка о том, что Путин отверг мирный план США», — сказал Песков.',
      'unclear',
    ],
    ['ISW сообщил, что кремлевские политики открыто отвергают мирный план.', 'unclear'],
    ['«Набросок плана во многом соответствует духу Анкориджа», — сказал Песков.', 'supports'],
  ])('reads %s', (text, stance) => {
    expect(statements(text).map((s) => s.stance)).toEqual([stance]);
  });
});

describe('a quote interrupted inside its guillemets (interrupted.ts)', () => {
  it.each([
    [
      '«Мы не примем этот план, — подчеркнул Рябков. — Ни в каком виде и ни на каких условиях».',
      'Sergey Ryabkov',
    ],
    [
      '«Цей план ми не підпишемо, — наголосив Єрмак, — доки не буде гарантій безпеки для України».',
      'Andriy Yermak',
    ],
  ])('reads %s as one statement of the person between the dashes', (text, speaker) => {
    const found = statements(text);
    expect(found.map((s) => s.speaker)).toEqual([speaker]);
    expect(found[0]!.fragments).toHaveLength(2);
  });

  it('leaves a quote with a dash but no speech verb inside alone', () => {
    expect(statements('«План готов на 90%, — и это главное. — Осталось немного»')).toHaveLength(0);
  });
});

describe('institutions in inflected forms', () => {
  it.each([
    'В Офісі президента повідомили, що мирний план обговорюють з партнерами.',
    'В Офисе президента заявили, что мирный план обсуждают с партнерами.',
  ])('reads the Office of the President in %s', (text) => {
    expect(statements(text).map((s) => s.speaker)).toEqual(['Office of the President of Ukraine']);
  });
});

describe('work still to do on the text is about the plan', () => {
  it.each([
    'Зеленський був обережним: «Деякі речі ще треба допрацювати. Це з того, що я бачив».',
    'Ушаков был осторожен: «Некоторые вещи еще требуют доработки на уровне экспертов».',
  ])('keeps %s', (text) => {
    expect(statements(text).map((s) => s.stance)).toEqual(['unclear']);
  });
});

describe('an outlet quoting someone', () => {
  it.each([
    [
      '«Уже отвечал на этот вопрос по плану, поэтому не вижу смысла повторяться», — цитирует Пескова ТАСС.',
      'Dmitry Peskov',
    ],
    [
      'Песков прокомментировал план. «Уже отвечал на этот вопрос по плану, не вижу смысла повторяться», — цитирует его ТАСС.',
      'Dmitry Peskov',
    ],
    [
      '«План требует серьезного обсуждения с американцами», — приводит слова Ушакова РИА Новости.',
      'Yuri Ushakov',
    ],
    [
      '«План потребує серйозного обговорення з американцями», — цитує Ушакова РБК-Україна.',
      'Yuri Ushakov',
    ],
  ])('takes the person quoted, not the outlet: %s', (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });

  it('keeps "Как передает ТАСС," out of the words', () => {
    const found = statements('Как передает ТАСС, Песков заявил, что мирный план изучают.');
    expect(found.map((s) => s.quote)).toEqual(['мирный план изучают']);
  });
});

describe('Ukrainian office words', () => {
  it.each([
    [
      'Дмитро Пєсков відповідав журналістам. «Мирний план ще вивчають у Москві», — сказав прес-секретар.',
      'Dmitry Peskov',
    ],
    [
      'Стів Віткофф прилетів до Женеви. «Мирний план майже узгоджено», — заявив спецпосланець.',
      'Steve Witkoff',
    ],
  ])('resolves %s', (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });
});
