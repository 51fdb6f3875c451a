import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * English attribution rules added in the eighth session (titles before names, sources described
 * after their noun, "told <audience>", question lead-ins, transcript labels); the sentences are
 * ours, not the fixtures'.
 */
const statements = (text: string): Statement[] => [
  ...extractStatements({ ...corpusContext(), text, date: '2025-12-03' }).statements,
];

/** Eighth session: a title or possessive written before a name the registry lacks. */
describe('a capitalised title or possessive before an unknown name', () => {
  it.each([
    ['Senator Tim Waltrip said the revised plan was a strong framework.', 'Tim Waltrip', 'US'],
    ["Latvia's Ilze Ozola said the draft rewarded the aggressor.", 'Ilze Ozola', 'Europe/EU'],
    [
      'Polish Deputy Minister Anna Brzoza said the plan was unacceptable.',
      'Anna Brzoza',
      'Europe/EU',
    ],
    // The title set off by commas before the name.
    [
      "Latvia's defence minister, Andris Sprudan, said the plan gave Moscow too much.",
      'Andris Sprudan',
      'Europe/EU',
    ],
    // Words after ", said" are what was said, not an apposition: Kyiv named there is no title.
    [
      "Hungary's foreign minister, Peter Szabo, said Kyiv was wrong to reject the plan.",
      'Peter Szabo',
      'Europe/EU',
    ],
  ])('%s', (text, speaker, party) => {
    const found = statements(text);
    expect(found.map((s) => [s.speaker, s.party])).toEqual([[speaker, party]]);
  });
});

describe('"according to" a source described after its noun', () => {
  it.each([
    [
      'According to three diplomats familiar with the negotiations, the revised plan drops the amnesty clause.',
      'the revised plan drops the amnesty clause',
    ],
    [
      'According to a source close to the Ukrainian delegation, the draft now caps the army at 800,000.',
      'the draft now caps the army at 800,000',
    ],
  ])('%s', (text, words) => {
    const found = statements(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.quote).toBe(words);
  });
});

describe('"told <audience> <words>" without "that"', () => {
  it.each([
    ['Rubio told NBC News on Sunday the framework was not final.', 'the framework was not final'],
    [
      'Zelensky told lawmakers the revised plan was a good basis.',
      'the revised plan was a good basis',
    ],
    ['Merz told German television Europe had to be at the table.', 'Europe had to be at the table'],
  ])('%s', (text, words) => {
    const found = statements(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.quote).toBe(words);
  });
});

describe('a speaker quoted on the plan stays on it later in an English article', () => {
  const para = (speaker: string): string =>
    [
      'Dmitry Peskov said the revised plan was still being studied in Moscow.',
      '',
      'Snow closed the airport in Geneva for most of the morning.',
      '',
      'Trains were running hours behind schedule all day.',
      '',
      `${speaker} said on Friday that the two days of work had been long but useful.`,
    ].join('\n');

  it('keeps the later words of the same speaker, three paragraphs on', () => {
    const found = statements(para('Peskov'));
    expect(found.map((s) => s.quote)).toContain('the two days of work had been long but useful');
  });

  it('leaves out the same words from someone not yet quoted on the plan', () => {
    const found = statements(para('Marco Rubio'));
    expect(found.map((s) => s.quote)).not.toContain(
      'the two days of work had been long but useful',
    );
  });
});

it('drops the conjunction before a second verb of the same speaker from the first statement', () => {
  const found = statements(
    'Peskov said that Moscow had not yet seen the revised plan, but added that it would study it.',
  );
  expect(found[0]!.quote).toBe('Moscow had not yet seen the revised plan');
});

describe('a question lead-in frames the answer after it', () => {
  it.each([
    'Asked whether Kyiv would sign the revised plan this week, Yermak replied: "Not this week. We need more time."',
    'When asked about the amended draft, Peskov said: "We will look at it once it reaches us."',
  ])('%s', (text) => {
    expect(statements(text)).toHaveLength(1);
  });

  it('keeps a reply to a question about something else out', () => {
    const text = 'Asked about the weather in Geneva, Peskov said: "It was cold, as always."';
    expect(statements(text)).toHaveLength(0);
  });
});

describe('"as X put it, …"', () => {
  it("reads the words after the comma as the speaker's", () => {
    const found = statements('As Rubio put it, the revised framework is still a work in progress.');
    expect(found.map((s) => [s.speaker, s.quote])).toEqual([
      ['Marco Rubio', 'the revised framework is still a work in progress'],
    ]);
  });

  it('is no attribution when "put it" is an action', () => {
    expect(statements('Rubio took the draft, as he put it on the table in Geneva.')).toHaveLength(
      0,
    );
  });
});

it('an office with no country of its own takes the one country its paragraph named', () => {
  const text =
    'Slovenia spoke next. Prime Minister Marko Dolenc said the revised plan was a fair basis.';
  expect(statements(text).map((s) => [s.speaker, s.party])).toEqual([
    ['Marko Dolenc', 'Europe/EU'],
  ]);
  const two =
    'Slovenia and the Kremlin spoke next. Prime Minister Marko Dolenc said the plan was fair.';
  expect(statements(two).map((s) => s.party)).toEqual([null]);
});

describe('US lawmakers by their state, commentators by their think tank', () => {
  it.each([
    ['"The text rewards aggression," said Ben Harlow, the Vermont independent.', 'US', 'official'],
    ['Ada Kessler, a Democrat from Oregon, said the draft was a bad deal.', 'US', 'official'],
    ['Mira Olsen of Chatham House told Irish radio the draft was unworkable.', null, 'commentator'],
  ])('%s', (text, party, role) => {
    expect(statements(text).map((s) => [s.party, s.role])).toEqual([[party, role]]);
  });
});

it('reads a title label in an interview transcript ("THE PRESIDENT: …")', () => {
  const text = [
    'President Donald Trump spoke to reporters on the plane about the plan.',
    '',
    'Q: Is the framework final?',
    '',
    'THE PRESIDENT: No, the framework is still being worked on by both teams.',
  ].join('\n');
  expect(statements(text).map((s) => [s.speaker, s.quote])).toEqual([
    ['Donald Trump', 'No, the framework is still being worked on by both teams'],
  ]);
});

it('a lead-in naming the last speaker\'s words ("Then the punchline: “…”") continues that speaker', () => {
  const text = [
    'Kaja Kallas said the revised plan still asked too much of Kyiv.',
    '',
    'Then the punchline: "If Europe is not at the table, the plan will not survive the first winter."',
  ].join('\n');
  expect(statements(text).map((s) => s.speaker)).toEqual(['Kaja Kallas', 'Kaja Kallas']);
});

it('"hailed" reports words, and a peace initiative is about the plan', () => {
  const found = statements('Viktor Orban hailed the American initiative as a chance for peace.');
  expect(found.map((s) => [s.speaker, s.stance])).toEqual([['Viktor Orbán', 'supports']]);
});

describe('a place before the colon speaker is no speaker', () => {
  it.each([
    [
      'On Capitol Hill, Tom Barrow, the Ohio Republican, was blunt: "The revised plan rewards aggression."',
      'Tom Barrow',
    ],
    [
      'Donald Trump spoke to reporters. Later, in the Rose Garden, he struck the same note on the plan: "We are very close to a deal."',
      'Donald Trump',
    ],
  ])('%s', (text, speaker) => {
    expect(statements(text).map((s) => s.speaker)).toContain(speaker);
    expect(statements(text).map((s) => s.speaker)).not.toContain('Capitol Hill');
    expect(statements(text).map((s) => s.speaker)).not.toContain('Rose Garden');
  });
});

/** Eighth session: "the head of state said" a sentence after the name, as "глава государства". */
describe('"the head of state" after a quote refers back to the president just named', () => {
  it('resolves to the president named in the sentence before', () => {
    const found = statements(
      'Emmanuel Macron spoke to reporters in Toulon on Monday. "Europe has to be part of any peace talks on this plan," the head of state said.',
    );
    expect(found.map((s) => [s.speaker, s.party])).toEqual([['Emmanuel Macron', 'Europe/EU']]);
  });
});
