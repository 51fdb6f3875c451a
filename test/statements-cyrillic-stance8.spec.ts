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
    ['Песков заявил, что вопрос о территориях в плане не обсуждается.', 'opposes'],
    ['Сибіга назвав такий план заохоченням агресора.', 'opposes'],
  ])('%s → %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });
});
