import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * English attribution rules added with dev/033–040 (fifth session); the sentences are ours.
 */
const statements = (text: string): Statement[] => [
  ...extractStatements({ ...corpusContext(), text, date: '2025-12-03' }).statements,
];

describe('a trailing attribution with a title and a circumstance', () => {
  it.each([
    [
      'Washington will not wait for ever on the revised draft, Vice President JD Vance said on Wednesday during a visit to India.',
      'JD Vance',
      'Washington will not wait for ever on the revised draft',
    ],
    [
      'The meeting with the envoys produced no deal on the disputed regions, the Kremlin aide Yuri Ushakov said on Tuesday, though he praised the tone.',
      'Yuri Ushakov',
      'The meeting with the envoys produced no deal on the disputed regions',
    ],
  ])('takes the clause before the speaker: %s', (text, speaker, words) => {
    const found = statements(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBe(speaker);
    expect(found[0]!.quote.startsWith(words)).toBe(true);
  });

  it('still reads the words after the verb when a that-clause follows', () => {
    const text =
      'In Brussels, the NATO chief Mark Rutte said on Monday that the revised draft had many good elements.';
    const found = statements(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.quote.startsWith('the revised draft')).toBe(true);
  });
});

describe('the surname alone of a name the registry lacks', () => {
  it('names the person introduced with a title earlier', () => {
    const text =
      'Political scientist Joe Siracusa doubted that the plan would last.\n\n"The position is untenable if he concedes on the Donbas," Siracusa noted.';
    const found = statements(text);
    expect(found.map((s) => s.speaker)).toEqual(['Joe Siracusa', 'Joe Siracusa']);
    expect(found[1]!.quote.startsWith('The position is untenable')).toBe(true);
  });

  it('is not followed for a capitalised pair without a title (a place, an outlet)', () => {
    const text =
      'The delegations met at Curtin Hall on Monday.\n\n"The plan is a good basis," Hall noted.';
    expect(statements(text).map((s) => s.speaker)).not.toContain('Curtin Hall');
  });
});

describe('a description verb without a label or a quote', () => {
  it('reports no words ("described the round in glowing terms")', () => {
    expect(statements('Rutte described the Geneva round on the plan in glowing terms.')).toEqual(
      [],
    );
  });

  it('still reads a label after "as"', () => {
    const found = statements('Rutte described the revised plan as a good basis for further talks.');
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBe('Mark Rutte');
  });
});

/** Seventh session (dev/041–046); the sentences are ours. */
describe('outlets, generic subjects, headlines and "written"', () => {
  it('a pronoun after an interview with an outlet is the person named before', () => {
    const found = statements(
      'The sharpest account came from Andriy Yermak. In an interview with the Financial Times he said the rewrite of the draft had removed the worst points.',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Andriy Yermak']);
  });

  it('"those calling for" has no speaker', () => {
    const found = statements(
      'Giorgia Meloni took the opposite line to those calling for a separate European plan.',
    );
    expect(found).toHaveLength(0);
  });

  it('a short headline ending in a quoted phrase is no statement', () => {
    const found = statements(
      'Kremlin calls parts of the draft "unacceptable"\n\nDmitry Peskov said on Wednesday that the talks on the plan would go on.',
    );
    expect(found.map((s) => s.quote)).toEqual(['the talks on the plan would go on']);
  });

  it('a verb followed only by where it was said reports no words', () => {
    const found = statements('Volodymyr Zelensky has posted on X ahead of the talks on the plan.');
    expect(found).toHaveLength(0);
    // Words after the place still count.
    const more = statements('Volodymyr Zelensky said in Geneva the plan was a good basis.');
    expect(more).toHaveLength(1);
  });

  it("a quote with no verb right after a sentence about a person is that person's", () => {
    const found = statements(
      'Marco Rubio would not commit to the deadline on the plan. "We just need more time than what we have today."',
    );
    expect(found.map((s) => s.speaker)).toEqual(['Marco Rubio']);
    // Not across a paragraph break.
    const apart = statements(
      'Marco Rubio would not commit to the deadline on the plan.\n\n"We just need more time than what we have today."',
    );
    expect(apart).toHaveLength(0);
  });

  it('a relative "that" after a verb does not start the reported words', () => {
    const found = statements(
      'Alexander Stubb said the first version of the plan had contained elements that were unacceptable.',
    );
    expect(found.map((s) => s.quote)).toEqual([
      'the first version of the plan had contained elements that were unacceptable',
    ]);
    const plain = statements('Alexander Stubb said on Tuesday that the plan had improved.');
    expect(plain.map((s) => s.quote)).toEqual(['the plan had improved']);
  });

  it('"had written that" reports words', () => {
    const found = statements(
      'Rustem Umerov had earlier written that the current version of the plan reflects most of our priorities.',
    );
    expect(found.map((s) => [s.speaker, s.stance])).toEqual([['Rustem Umerov', 'supports']]);
  });
});

describe('an interview transcript with "Q:" and name labels', () => {
  const text = [
    'The president took questions from journalists on the plan.',
    '',
    'Q: Where do the talks on the east stand?',
    '',
    'Zelensky: The Russians want all of the east. We do not want to give up our Donbas. That is our answer.',
    '',
    'Q (Kyiv Post): And the guarantees?',
    '',
    'Zelensky: The guarantees must be approved by the US Congress.',
  ].join('\n');

  it('reads each answer paragraph as one statement of the labelled speaker, questions as none', () => {
    const found = statements(text);
    expect(found.map((s) => [s.speaker, s.stance])).toEqual([
      ['Volodymyr Zelensky', 'opposes'],
      ['Volodymyr Zelensky', 'conditional'],
    ]);
    expect(found[0]!.quote).toBe(
      'The Russians want all of the east. We do not want to give up our Donbas. That is our answer',
    );
  });

  it('leaves a "Name: …" line alone when the article has no question label', () => {
    const found = statements('Zelensky: The guarantees must be approved by the US Congress.');
    expect(found.every((s) => !s.quote.startsWith('The guarantees'))).toBe(true);
  });
});
