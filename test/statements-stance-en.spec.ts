import { stanceOf } from '../src/engine/statements/stance';

/**
 * English stance rules added with dev/033–040 (fifth session). Each case is a general reading,
 * not a phrase from one article: the sentences here are written for the test.
 */
describe('stance: requirements phrased with "have to be"', () => {
  it.each([
    ['It has got to be fair, and the borders have to be respected.', 'conditional'],
    ['Several clauses have to be rewritten before anyone signs.', 'conditional'],
    // Who takes part is procedure: no condition on the terms.
    ['The Europeans will have to be part of the process.', 'unclear'],
    // An aim, no requirement on the plan.
    ['We have to get this war ended.', 'unclear'],
    // What a deal would demand, described (here criticised), is not the speaker's condition.
    [
      'It is a deal where a lot of land has to be given up, and that is hard to swallow.',
      'opposes',
    ],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, null)).toBe(stance);
  });
});

describe('stance: an epistemic "should" is a forecast, not a condition', () => {
  it.each([
    ['There should hopefully be some news on that front next week.', 'unclear'],
    ['The round should probably end on Friday.', 'unclear'],
    // A deontic "should" still sets a condition.
    ['The plan should respect Ukrainian sovereignty.', 'conditional'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, null)).toBe(stance);
  });
});

describe('stance: verdicts on the content, and a relative "which is"', () => {
  it.each([
    ['The draft has many good elements.', 'supports'],
    ['Dropping the clause on the army was a positive development.', 'supports'],
    // A relative "which is" evaluates what came before; a contrast after it makes it partial.
    [
      'The clause on the army was dropped, which is a positive development. But the land clause is still there.',
      'conditional',
    ],
    ['The clause was removed, which is welcome.', 'supports'],
    // An indirect question is still no evaluation.
    ['We will see which points are acceptable.', 'unclear'],
    ['Nobody knows how much is acceptable to them.', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, null)).toBe(stance);
  });
});

describe("stance: a commentator's condition or advocacy is analysis", () => {
  const text = 'Progress should be neither overstated nor understated.';
  it('a strong condition alone is unclear for a commentator (party null)', () => {
    expect(stanceOf(text, 'wrote', null)).toBe('unclear');
    expect(stanceOf(text, 'wrote', 'Europe/EU')).toBe('conditional');
  });

  it('an advocacy verb alone is unclear for a commentator', () => {
    expect(stanceOf('urged a quick deal', 'urged', null)).toBe('unclear');
    expect(stanceOf('urged a quick deal', 'urged', 'US')).toBe('supports');
  });

  it('a verdict cue still counts for a commentator', () => {
    expect(stanceOf('The draft is unworkable as it stands.', 'said', null)).toBe('opposes');
  });
});
