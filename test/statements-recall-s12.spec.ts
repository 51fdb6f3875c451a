import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * Recall mechanisms of the twelfth session (helper recall), found by classifying dev's misses
 * (issue #15); each with sentences of our own (not the fixtures').
 */
const statements = (text: string): Statement[] => [
  ...extractStatements({ ...corpusContext(), text, date: '2025-11-21' }).statements,
];
const quotes = (text: string): (string | null)[][] =>
  statements(text).map((s) => [s.speaker, s.quote.slice(0, 24)]);

describe("the same speaker's reported lead-in sets the scene for the quote after it", () => {
  it.each([
    [
      'Після зустрічі з американською делегацією Володимир Зеленський пообіцяв обійтися без гучних слів. «Ми працюватимемо спокійно і чесно, без різких заяв для преси», – сказав президент.',
      'Ми працюватимемо спокійн',
    ],
    [
      'После встречи с американской делегацией Владимир Зеленский пообещал обойтись без громких слов. «Мы будем работать спокойно и честно, без резких заявлений для прессы», — сказал президент.',
      'Мы будем работать спокой',
    ],
    [
      'After meeting the American delegation, Volodymyr Zelensky promised to avoid loud words. “We will work calmly and honestly, with no harsh remarks for the press,” the president said.',
      'We will work calmly and ',
    ],
  ])('%s', (text, quote) => {
    expect(quotes(text)).toContainEqual(['Volodymyr Zelensky', quote]);
  });

  it("still drops an off-topic quote after another speaker's statement", () => {
    const text =
      'Дмитрий Песков сказал, что делегации встретятся снова. «Мы будем работать спокойно и честно, без резких заявлений для прессы», — сказал Владимир Зеленский.';
    expect(quotes(text).map(([speaker]) => speaker)).not.toContain('Volodymyr Zelensky');
  });
});
