import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * When a clear verdict (supports / opposes / conditional) is shown at all (tenth session, issue
 * #15: an analyst forgives a missing verdict, not a wrong one). Sentences of our own.
 */
const statements = (text: string): Statement[] => [
  ...extractStatements({ ...corpusContext(), text, date: '2025-12-03' }).statements,
];
const stances = (text: string): (string | null)[][] =>
  statements(text).map((s) => [s.speaker, s.party, s.stance]);

describe('a speaker of no party who is no commentator gives no verdict', () => {
  it('a third state praising the plan and dialogue stays unclear', () => {
    const text =
      'Asked about the talks, spokeswoman Mao Ning kept to the formula. "China supports dialogue on the peace plan and welcomes it," Mao said.';
    expect(stances(text)).toEqual([['Mao Ning', null, 'unclear']]);
  });

  it("a party's official with the same words still supports", () => {
    const text =
      'Asked about the talks, Dmitry Peskov kept to the formula. "Russia supports the peace plan and welcomes it," Peskov said.';
    expect(stances(text)).toEqual([['Dmitry Peskov', 'Russia', 'supports']]);
  });

  it("a commentator's verdict is still read", () => {
    const text =
      'Former US ambassador Jim Smithers said the peace plan was unacceptable and rewarded aggression.';
    expect(stances(text)).toEqual([['Jim Smithers', null, 'opposes']]);
  });
});

describe('a cue whose subject is a third person is that person’s position, not the speaker’s', () => {
  it('"they say … acceptable" in a Ukrainian’s mouth is no support', () => {
    const text =
      'Andrii Sybiha spoke after the talks. "Nobody believes it: they say the peace plan is acceptable to everyone," Sybiha said.';
    expect(stances(text)).toEqual([['Andrii Sybiha', 'Ukraine', 'unclear']]);
  });

  it('"we say … acceptable" is the speaker’s own support', () => {
    const text =
      'Andrii Sybiha spoke after the talks. "Everybody knows it: we say the peace plan is acceptable to everyone," Sybiha said.';
    expect(stances(text)).toEqual([['Andrii Sybiha', 'Ukraine', 'supports']]);
  });
});
