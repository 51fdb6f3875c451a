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

describe('a verb-less quote after a sentence opened by a pronoun (seventh session, dev/080–087)', () => {
  it('carries the speaker the pronoun refers to', () => {
    const text =
      'Kaja Kallas said on Monday that the revised draft was still being studied in Brussels.\n\nShe then turned to the ceasefire terms. "Any peace plan that rewards the aggressor will not hold, and Europe will say so."';
    const found = statements(text);
    const carried = found.find((s) => s.quote.startsWith('Any peace plan'));
    expect(carried?.speaker).toBe('Kaja Kallas');
  });

  it('does not take a pronoun that is an object for the subject', () => {
    const text =
      'Kaja Kallas said on Monday that the revised draft was still being studied in Brussels.\n\nReporters asked her about the ceasefire terms. "Any peace plan that rewards the aggressor will not hold, and Europe will say so."';
    const found = statements(text);
    expect(found.find((s) => s.quote.startsWith('Any peace plan'))).toBeUndefined();
  });
});

describe('a quote after a comma-ended quote, with words of its own before it', () => {
  it('is a statement of its own, not the second half of the first', () => {
    const text =
      '"The first version of the peace plan was a list of Russian demands," Kallas said. On the revised draft: "This plan is a better basis for talks."';
    const found = statements(text);
    expect(found).toHaveLength(2);
    expect(found[1]!.speaker).toBe('Kaja Kallas');
    expect(found[1]!.quote).toBe('This plan is a better basis for talks.');
  });

  it('still joins the halves of an interrupted quote', () => {
    const text =
      '"The first version of the peace plan was a list of Russian demands," Kallas said. "The revised draft is a better basis for talks."';
    const found = statements(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.fragments).toHaveLength(2);
  });
});

describe('a quoted sentence that ends before a new sentence', () => {
  it('ends its sentence, so the next quote is a statement of its own', () => {
    const text =
      'Kaja Kallas said Europe would study the draft, but "the peace plan still reads like a Russian wish list." Her verdict on the new version: "This plan is a better basis for talks."';
    const found = statements(text);
    expect(found).toHaveLength(2);
    expect(found.map((s) => s.speaker)).toEqual(['Kaja Kallas', 'Kaja Kallas']);
    expect(found[1]!.quote).toBe('This plan is a better basis for talks.');
  });

  it('keeps a short attribution sentence after the quote with it', () => {
    const text = '"We will not sign this peace plan." Peskov said on Monday.';
    const found = statements(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBe('Dmitry Peskov');
  });
});

describe('words on whether the sides agree are about the talks', () => {
  it('keeps a quote on consensus or common ground between the sides', () => {
    const text =
      'Kaja Kallas said on Monday that "the two sides have still not been able to reach consensus."';
    expect(statements(text)).toHaveLength(1);
  });
});

describe('"per X" as newsletter shorthand for "according to X"', () => {
  it('gives the clause to the name right after "per"', () => {
    const found = statements(
      'The revised peace plan now runs to 20 points and a separate security annex, per Kallas.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.speaker).toBe('Kaja Kallas');
  });

  it('names no one when "per" is a rate', () => {
    const text =
      'Russia fires hundreds of drones per night despite the peace plan talks in Geneva this week.';
    expect(statements(text)).toHaveLength(0);
  });
});

describe('the title of a name the registry lacks (seventh session)', () => {
  it.each([
    [
      "Denmark's defence minister and former army chief Lars Kvamsgaard said the peace plan needed European guarantees.",
      'Europe/EU',
    ],
    [
      "Poland's deputy foreign minister Ewa Marczynska said the revised draft was a better basis for talks.",
      'Europe/EU',
    ],
    // A past office alone still makes a commentator.
    [
      'Former Danish defence minister Lars Kvamsgaard said the peace plan needed European guarantees.',
      null,
    ],
  ])('%s → %s', (text, party) => {
    const found = statements(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.party).toBe(party);
  });
});

describe("a definite description opening a sentence refers back to the passage's person", () => {
  it('carries the named speaker to the verb-less quote after it', () => {
    const text =
      'Kaja Kallas said on Monday that the revised draft was still being studied in Brussels.\n\nThe former prime minister did not hide her doubts about the plan. "Any peace plan that rewards the aggressor will not hold."';
    const found = statements(text);
    const carried = found.find((s) => s.quote.startsWith('Any peace plan'));
    expect(carried?.speaker).toBe('Kaja Kallas');
  });

  it("leaves a party's current office to its own holder", () => {
    const text =
      'Marco Rubio said on Monday that the revised draft was still being studied in Washington.\n\nIn Moscow, the Russian foreign minister set out his own terms. "Any peace plan that ignores the root causes will not hold."';
    const carried = statements(text).find((s) => s.quote.startsWith('Any peace plan'));
    expect(carried?.speaker).not.toBe('Marco Rubio');
  });
});

describe('words before the speaker with no break are the subject, not what was said', () => {
  it.each([
    'Neither Brussels nor the Kremlin had confirmed the leaked peace plan on Thursday.',
    'Special envoy Steve Witkoff posted on X late on Thursday about the peace talks.',
  ])('%s', (text) => {
    expect(statements(text).filter((s) => s.quote.length < 30)).toHaveLength(0);
  });

  it('still reads the clause before ", title Name said"', () => {
    const found = statements(
      'Europe will not accept a peace plan that freezes the front line, EU foreign policy chief Kaja Kallas said on Tuesday.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.quote.startsWith('Europe will not accept')).toBe(true);
  });
});

describe('"signalled"/"repeated" with a noun object name a topic, no words', () => {
  it('reports nothing for a bare noun phrase', () => {
    expect(statements("Peskov repeated the Kremlin's offer of talks in Moscow.")).toHaveLength(0);
  });

  it('still reports a that-clause', () => {
    const found = statements('Peskov repeated that the Kremlin was open to talks on the plan.');
    expect(found).toHaveLength(1);
  });
});

describe('a briefing paragraph "On <topic>: “…”" continues the last speaker', () => {
  it('gives the quote after the topic label to the speaker of the paragraph before', () => {
    const text =
      'On the next round, Peskov said the date of the peace talks was still being agreed.\n\nOn the prisoner exchange: "We will report on that separately once the talks are over."';
    const found = statements(text);
    const carried = found.find((s) => s.quote.startsWith('We will report'));
    expect(carried?.speaker).toBe('Dmitry Peskov');
  });
});
