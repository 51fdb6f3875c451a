import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * Names the registry lacks, read apart from the words around them (tenth session, helper attr;
 * structures from dev-s10's wrong parties). Sentences of our own, not the fixtures'.
 */
const who = (text: string): (string | null)[][] =>
  [...extractStatements({ ...corpusContext(), text, date: '2025-12-03' }).statements].map(
    (s: Statement) => [s.speaker, s.party],
  );

describe('a genitive place or chamber before a Cyrillic name stays in the title', () => {
  it.each([
    [
      'Депутат Госдумы Олег Смирнов назвал мирный план «завуалированной капитуляцией Киева».',
      [['Олег Смирнов', 'Russia']],
    ],
    [
      'Министр иностранных дел Эстонии Яан Тамм заметил, что мирный план пока не работает.',
      [['Яан Тамм', 'Europe/EU']],
    ],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it('keeps a patronymic in the name', () => {
    const text = 'Депутат Госдумы Олег Петрович Смирнов заявил, что мирный план устарел.';
    expect(who(text).map(([name]) => name)).toEqual(['Олег Петрович Смирнов']);
  });
});

describe('an outlet after "в интервью" is not the speaker named after his title', () => {
  it('gives the words to the minister quoted before', () => {
    const text =
      'Сергей Лавров снова высказался о мирном плане. «Гарантии безопасности направлены против России», — сказал министр в интервью Al Arabiya.';
    expect(who(text)).toEqual([['Sergey Lavrov', 'Russia']]);
  });
});

describe('"сенатор" with no country in Russian copy is a member of the Federation Council', () => {
  it('gives Russia in Russian text', () => {
    const text = 'Сенатор Олег Смирнов написал в Telegram, что мирный план устарел.';
    expect(who(text)).toEqual([['Олег Смирнов', 'Russia']]);
  });

  it('not in Ukrainian text, nor against a country named', () => {
    expect(who('Сенатор Джон Сміт написав у X, що мирний план застарів.')).toEqual([
      ['Джон Сміт', null],
    ]);
    expect(who('Сенатор США Джон Смит написал в X, что мирный план устарел.')).toEqual([
      ['Джон Смит', 'US'],
    ]);
  });
});

describe('British politics named without the country gives Europe', () => {
  it.each([
    [
      'Alan Fordyce, the MP for Little Hampton, said the peace plan would reward Putin.',
      [['Alan Fordyce', 'Europe/EU']],
    ],
    [
      'By Sunday, the Transport Secretary, Jane Mallory, said the peace plan still needed work.',
      [['Jane Mallory', 'Europe/EU']],
    ],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});
