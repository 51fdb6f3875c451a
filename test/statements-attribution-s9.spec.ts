import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * Attribution rules of the ninth session (helper attrib): general mechanisms of news style, each
 * with sentences of our own (not the fixtures').
 */
const statements = (text: string): Statement[] => [
  ...extractStatements({ ...corpusContext(), text, date: '2025-12-03' }).statements,
];
const who = (text: string): (string | null)[][] =>
  statements(text).map((s) => [s.speaker, s.party, s.role]);

describe('"former" dates the office it modifies, not the person', () => {
  it.each([
    [
      'Senator Jim Smithers, the former majority leader, said the peace plan rewarded Putin.',
      [['Jim Smithers', 'US', 'official']],
    ],
    [
      "Ola Nordmann, Norway's finance minister and former NATO chief, said the peace plan was a start.",
      [['Ola Nordmann', 'Europe/EU', 'official']],
    ],
    // No current office named: a former official speaks for no one.
    [
      'Former US ambassador Jim Smithers said the peace plan rewarded Putin.',
      [['Jim Smithers', null, 'commentator']],
    ],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('one part of a registry name refers back to the person named in full', () => {
  it('takes the family name written first (Chinese names)', () => {
    const text =
      'Asked about the talks, spokeswoman Mao Ning kept to the formula. "China supports dialogue on the peace plan," Mao said.';
    expect(who(text)).toEqual([['Mao Ning', null, 'official']]);
  });

  it('takes a regnal name ("Leo" after "Pope Leo XIV")', () => {
    const text =
      'Pope Leo XIV spoke to reporters on the plane. Later, "a peace plan without Europe is unrealistic," Leo said.';
    expect(who(text)).toEqual([['Pope Leo XIV', null, 'official']]);
  });

  it('needs the full name first, and no capitalised word joined to the part', () => {
    expect(who('"The peace plan is a good start," Leo said.')).toEqual([]);
    const text =
      'Pope Leo XIV spoke on the plane. "The peace plan is a good start," Leo Tolstoi said.';
    expect(statements(text).map((s) => s.speaker)).not.toContain('Pope Leo XIV');
  });
});

describe('a capitalised pair after a locative preposition is a place, not a person', () => {
  it.each([
    'Jim Smithers spoke first. In Palm Beach, reporters waited for news of the peace plan. "The peace plan is unrealistic," he said.',
    'Jim Smithers spoke first. Talks at Castel Gandolfo went on. "The peace plan is unrealistic," he said.',
  ])('%s', (text) => {
    expect(statements(text).map((s) => s.speaker)).toEqual(['Jim Smithers']);
  });
});

describe('a definite office with a state, place or epithet before it refers back', () => {
  it.each([
    'Mitch McConnell spoke within hours. "The peace plan rewards Putin," the Kentucky senator wrote.',
    'Mitch McConnell spoke within hours. "The peace plan rewards Putin," the veteran senator wrote.',
  ])('%s', (text) => {
    expect(who(text)).toEqual([['Mitch McConnell', 'US', 'official']]);
  });
});

describe('straight quotes nested in straight quotes', () => {
  it.each([
    [
      '""Peace" on Russian terms is surrender, and the plan offers nothing else," Tom Briggs said.',
      '"Peace" on Russian terms is surrender, and the plan offers nothing else,',
    ],
    [
      '"The plan (the "28 points") is dead on arrival," Kate Morrow said.',
      'The plan (the "28 points") is dead on arrival,',
    ],
    // The writer never closed the nested quote: the last closing mark ends the outer one.
    [
      '"He called the plan "dead, and we agree with him," Lucy Prior said.',
      'He called the plan "dead, and we agree with him,',
    ],
  ])('%s', (text, quote) => {
    expect(statements(text).map((s) => s.quote)).toEqual([quote]);
  });
});

describe('a name inside an introductory phrase is no subject', () => {
  it.each([
    'Pope Leo XIV spoke on the plane. A week later, after receiving Zelensky at Castel Gandolfo, Leo went further. "A peace plan without Europe is unrealistic," he told reporters.',
    'Pope Leo XIV spoke on the plane. After meeting Zelensky, the pope went further. "A peace plan without Europe is unrealistic," he told reporters.',
  ])('%s', (text) => {
    expect(who(text)).toEqual([['Pope Leo XIV', null, 'official']]);
  });
});

describe('"called" a person, then a time or circumstance, is a telephone call', () => {
  it.each([
    'According to the senators, Rubio called several of them while flying to Geneva to discuss the peace plan.',
    'Jim Smithers called Putin on Tuesday about the peace plan.',
  ])('%s', (text) => {
    expect(statements(text)).toEqual([]);
  });

  it('still reads "called X a Y" as a verdict', () => {
    expect(who('Jim Smithers called the peace plan a wish list on Tuesday.')).toEqual([
      ['Jim Smithers', null, 'unknown'],
    ]);
  });
});

describe('"reported" relays words only with a clause or quote after it', () => {
  it('reads "X reported that …"', () => {
    expect(who('Jim Smithers reported that the peace plan talks had stalled over Donbas.')).toEqual(
      [['Jim Smithers', null, 'unknown']],
    );
  });

  it('reads no statement in "negotiators reported progress on the peace plan"', () => {
    expect(statements('Jim Smithers reported progress on the peace plan in Geneva.')).toEqual([]);
  });
});

describe("a party's short name in guillemets between an office and the name", () => {
  it('gives the words to the name, not to the last deputy quoted', () => {
    const text =
      '«Мирний план у такому вигляді неприйнятний», — сказав депутат Держдуми Андрій Колесник. «Ми не підпишемо мирний план капітуляції», — наголосив народний депутат від «Слуги народу» Олександр Мережко.';
    expect(statements(text).map((s) => s.speaker)).toEqual([
      'Andrey Kolesnik',
      'Oleksandr Merezhko',
    ]);
  });
});

describe('an adverb opening a Russian or Ukrainian sentence is no part of a name', () => {
  it.each([
    ['Пізніше Іван Петренко заявив, що мирний план неприйнятний.', 'Іван Петренко'],
    ['Позднее Иван Петров заявил, что мирный план неприемлем.', 'Иван Петров'],
  ])('%s', (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toEqual([speaker]);
  });
});

describe('a name in apposition beats a bare office before it', () => {
  it('gives "The senator, Lindsey Graham, called …" to Graham', () => {
    expect(who('The senator, Lindsey Graham, called the peace plan "a good start."')).toEqual([
      ['Lindsey Graham', 'US', 'official'],
    ]);
  });
});

describe("a lead-in naming the speaker's post or statement continues the speaker", () => {
  it('gives the colon quote to the last speaker', () => {
    const text =
      'Prime Minister Viktor Orban praised the peace plan. "Brussels stands in the way of the peace plan," he wrote.\n\nThe post ended with a line that doubled as an invitation to host a summit on the peace plan: "We are waiting for the call on the peace plan."';
    const last = statements(text).find((s) => s.quote.startsWith('We are waiting'));
    expect(last?.speaker).toBe('Viktor Orbán');
  });
});

describe('a European capital stands for its government beside an institution', () => {
  it('gives "the foreign ministry in Tallinn" Europe', () => {
    const text =
      'The foreign ministry in Tallinn spelled out the line: "The peace plan cannot reward the aggressor."';
    expect(statements(text).map((s) => s.party)).toEqual(['Europe/EU']);
  });
});
