import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * English attribution rules from the third English round of the eighth session (tune-en3):
 * speakers named by office (the pope; a president placed by the capital in the apposition); the
 * sentences are ours.
 */
const statements = (text: string): Statement[] => [
  ...extractStatements({ ...corpusContext(), text, date: '2025-12-03' }).statements,
];

describe('"the pope said" after the pope was named', () => {
  it('gives the quote to the pope, with no party', () => {
    const found = statements(
      'Pope Leo XIV spoke to journalists on the flight home.\n\n"A peace plan drawn up without Europe cannot last," the pope said.',
    );
    expect(found.map((s) => [s.speaker, s.party])).toEqual([['Pope Leo XIV', null]]);
  });

  it('names no one when no pope was mentioned', () => {
    const found = statements('"A peace plan drawn up without Europe cannot last," the pope said.');
    expect(found.map((s) => s.speaker)).not.toContain('Volodymyr Zelensky');
    expect(found.filter((s) => s.speaker === 'Pope Leo XIV')).toHaveLength(0);
  });
});

describe('an office whose country is named by its capital in the apposition after the name', () => {
  it('speaks for Europe', () => {
    const found = statements(
      'President Karol Vrabec, usually the quieter voice in Bratislava, called the peace plan "a step in the right direction".',
    );
    expect(found.map((s) => [s.speaker, s.party])).toEqual([['Karol Vrabec', 'Europe/EU']]);
  });

  it('takes no party from an apposition that names no place', () => {
    const found = statements(
      'President Karol Vrabec, usually the quieter voice, called the peace plan "a step in the right direction".',
    );
    expect(found.filter((s) => s.party === 'Europe/EU')).toHaveLength(0);
  });
});

describe('an unknown name set off by "<registry person>\'s <office>"', () => {
  it("speaks for the possessor's party", () => {
    const found = statements(
      "Tomas Varga, Orban's chief of staff, told reporters the government backed the peace plan.",
    );
    expect(found.map((s) => [s.speaker, s.party])).toEqual([['Tomas Varga', 'Europe/EU']]);
  });

  it('takes no party when the apposition is no office', () => {
    const found = statements(
      "Tomas Varga, Orban's old schoolfriend, told reporters the government backed the peace plan.",
    );
    expect(found.filter((s) => s.party === 'Europe/EU')).toHaveLength(0);
  });
});
