import { extractStatements } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * Back-references that must not fall back to the latest named person (review of the tenth
 * session's '@latest' titles): a plural names a group, and a capitalised head before another
 * capitalised word is an institution. Sentences of our own.
 */
const speakers = (text: string): (string | null)[] =>
  extractStatements({ ...corpusContext(), text, date: '2025-12-03' }).statements.map(
    (s) => s.speaker,
  );

describe('a plural or an institution is not the latest named person', () => {
  it.each([
    [
      'Senator Jim Smithers said the peace plan was a start. "The peace plan is a capitulation to Moscow," the Democrats said.',
      'Jim Smithers',
    ],
    [
      'General Oleh Marchenko said the peace plan was dangerous for the army. "The peace plan would leave the front exposed," the General Staff said.',
      'Oleh Marchenko',
    ],
  ])('%s', (text, named) => {
    // The named person's own statement stays his; the group's or the institution's never is.
    const who = speakers(text);
    expect(who.filter((s) => s === named)).toHaveLength(1);
  });

  it('still reads a singular back-title as the latest named person', () => {
    const who = speakers(
      'Jim Smithers, a Republican senator from Ohio, spoke after the vote. "The peace plan is a good basis for talks," the senator said.',
    );
    expect(who).toContain('Jim Smithers');
  });
});
