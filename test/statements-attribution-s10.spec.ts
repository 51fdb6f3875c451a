import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * Attribution mechanisms of the tenth session (helper attr), found by classifying dev-s9's misses
 * by structure; each with sentences of our own (not the fixtures').
 */
const statements = (text: string): Statement[] => [
  ...extractStatements({ ...corpusContext(), text, date: '2025-12-03' }).statements,
];
const who = (text: string): (string | null)[][] =>
  statements(text).map((s) => [s.speaker, s.party]);

describe('party labels, chambers, honorifics and states before a name are its title', () => {
  it.each([
    [
      'Oklahoma Republican Jim Smithers defended the peace plan. "The peace plan is the best deal Kyiv will get," he said.',
      [['Jim Smithers', 'US']],
    ],
    [
      'Senate Majority Leader Jim Smithers was blunt. "The peace plan rewards aggression," he said.',
      [['Jim Smithers', 'US']],
    ],
    [
      'Sir Alan Fordyce Smith, a British MP, said the peace plan would sell Kyiv down the river.',
      [['Alan Fordyce Smith', 'Europe/EU']],
    ],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it('reads no name into a capitalised sentence opening before a declined capital', () => {
    const text =
      'Сенатор Владимир Джабаров выступил в среду. Условие Москвы он повторил отдельно: «Без решения территориальных вопросов мирный план смысла не имеет».';
    expect(who(text)).toEqual([['Vladimir Dzhabarov', 'Russia']]);
  });

  it('still reads an ordinary two-word name', () => {
    expect(who('Jim Smithers said the peace plan was a good start.')).toEqual([
      ['Jim Smithers', null],
    ]);
  });
});

describe('a title no salient speaker holds refers back to the latest named person', () => {
  it.each([
    [
      'Jim Smithers spoke first. "The peace plan is a good start," he said. "Critics of the peace plan have no plan of their own," the senator said.',
      [
        ['Jim Smithers', null],
        ['Jim Smithers', null],
      ],
    ],
    [
      'Jim Smithers gave an interview on Friday. "The peace plan cannot mean giving up our land," the general said.',
      [['Jim Smithers', null]],
    ],
    [
      'Lindsey Graham spoke on Wednesday. "I am glad that we are coming up with a peace plan," the South Carolina Republican said.',
      [['Lindsey Graham', 'US']],
    ],
    [
      'Петро Сидоренко виступив у середу. «Мирний план не може означати капітуляцію», — написав бригадний генерал.',
      [['Петро Сидоренко', null]],
    ],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it('not for a plural ("the senators")', () => {
    const text =
      'Jim Smithers spoke first. According to the senators, the peace plan was written in Moscow.';
    expect(who(text)).toEqual([]);
  });
});

describe('a Russian/Ukrainian speech verb with its subject dropped continues the person quoted', () => {
  it.each([
    [
      'Сенатор Владимир Джабаров выступил в среду. «Мирный план надо доработать», — сказал Джабаров. И добавил: «Без решения территориальных вопросов мирный план смысла не имеет».',
      [
        ['Vladimir Dzhabarov', 'Russia'],
        ['Vladimir Dzhabarov', 'Russia'],
      ],
    ],
    [
      'Олена Петренко виступила у середу. «Мирний план треба доопрацювати», — сказала вона. А потім додала: «Без гарантій безпеки мирний план нічого не вартий».',
      [
        ['Олена Петренко', null],
        ['Олена Петренко', null],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it('not with other words before the verb, nor a plural', () => {
    const text =
      'Сенатор Владимир Джабаров выступил в среду. «Мирный план надо доработать», — сказал Джабаров. В Киеве сказали: «Мирный план без гарантий ничего не стоит».';
    expect(who(text)).toEqual([['Vladimir Dzhabarov', 'Russia']]);
  });
});
