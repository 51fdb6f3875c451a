import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * Russian and Ukrainian stance (issue #15, session 8), one short text of our own per rule:
 * verdict words the lexicon had only in English, and party names that own a noun.
 */
const statements = (text: string): Statement[] => [
  ...extractStatements({ ...corpusContext(), text, date: '2026-02-18' }).statements,
];
const stances = (text: string): string[] => statements(text).map((s) => s.stance);

describe('an indeclinable party name after a noun owns it', () => {
  it.each([
    ['Мирный план США в нынешнем виде неприемлем для Москвы, заявил Лавров.', 'opposes'],
    ['Пропозиції США неприйнятні для Києва, заявив Сибіга.', 'opposes'],
    ['Позиция делегации США по пунктам плана нас устраивает, сказал Ушаков.', 'supports'],
  ])('reads the speaker’s own verdict in %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });

  it('still reads "США" as the subject of its own clause (a report, not a verdict)', () => {
    expect(stances('По словам Лаврова, США отвергли поправки европейцев к плану.')).toEqual([
      'unclear',
    ]);
  });
});

describe('Russian and Ukrainian verdict words', () => {
  it.each([
    ['Мы приветствуем мирный план, заявил Лавров.', 'supports'],
    ['Сибіга заявив, що в документі є раціональне зерно і це крок уперед.', 'supports'],
    ['Такой мирный план — это абсурд, заявил Лавров.', 'opposes'],
    ['Такие условия мирного плана недопустимы, заявил Лавров.', 'opposes'],
    ['Зеленський наголосив, що жодних територіальних поступок у мирному плані не буде.', 'opposes'],
    ['Песков заявил, что вопрос о территориях в плане не подлежит обсуждению.', 'opposes'],
    ['Сибіга назвав такий план заохоченням агресора.', 'opposes'],
  ])('%s → %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });
});

describe('conditions without a condition word', () => {
  it.each([
    'Сибіга заявив, що Київ не відкидає ідею вільної економічної зони в мирному плані, але нею не може керувати Росія.',
    'Лавров заявил, что Москва готова работать над мирным планом с оговорками.',
    'Сибіга нагадав, що Київ погодився працювати над планом, попри деякі застереження.',
  ])('%s → conditional', (text) => {
    expect(stances(text)).toEqual(['conditional']);
  });
});

describe('verdicts no single cue word carries', () => {
  it.each([
    ['Крым — это Россия, и это не обсуждается в мирном плане, заявил Песков.', 'opposes'],
    ['Мирний план не може цього змінити: Крим – це Україна, наголосив Сибіга.', 'opposes'],
    ['Это не наш мирный план, заявил Рубио.', 'opposes'],
    ['Песков заявил, что Россия не пойдет на уступки по мирному плану.', 'opposes'],
    ['Сибіга заявив, що суверенітет у мирному плані не є предметом торгу.', 'opposes'],
    ['Лавров назвал это так называемым мирным планом Европы.', 'opposes'],
    [
      'Рябков сказал, что этот план, если это вообще можно назвать планом, писали в Киеве.',
      'opposes',
    ],
    ['Дмитриев заявил, что сторонники войны пытаются сорвать мирный план Трампа.', 'supports'],
    ['По словам Дмитриева, мирным условиям сопротивляются европейские бюрократы.', 'supports'],
  ])('%s → %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });

  it('reads "пока не обсуждается" as no refusal', () => {
    expect(stances('Песков заявил, что встреча по мирному плану пока не обсуждается.')).toEqual([
      'unclear',
    ]);
  });
});

describe('digest wording (session 8, dev/053–058)', () => {
  it.each([
    [
      'Олексій Гончаренко назвав американський мирний план «абсолютно нормальним стартом для перемовин».',
      'supports',
    ],
    ['Дмитрий Новиков заявил, что мирный план Киева — это очередная манипуляция.', 'opposes'],
    ['Андрей Мельник заявил, что наш суверенитет в мирном плане не продается.', 'opposes'],
    [
      'Стефанчук заявив, що жодного правового визнання окупації в мирному плані не буде.',
      'opposes',
    ],
    [
      'Руслан Стефанчук заявив: «Ми готові працювати над мирним планом. Але спершу — наші принципи».',
      'conditional',
    ],
    ['Чепа заявил, что мирный план требует еще определенной корректировки.', 'conditional'],
  ])('%s → %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });

  it('reads another side’s readiness with a "but" as no condition of the speaker’s', () => {
    expect(
      stances('Небензя заявил, что Киев говорит, что готов к мирному плану, но тянет время.'),
    ).not.toEqual(['conditional']);
  });
});
