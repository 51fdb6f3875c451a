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
