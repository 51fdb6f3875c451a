import { extractStatements } from '../src/engine/statements';
import { stanceOf } from '../src/engine/statements/stance';
import { corpusContext } from './support/statements-eval';

/**
 * Found in review of the twelfth session's stance rules (issue #15): word boundaries, negation
 * and "has" read as "has to". Each case gave the wrong stance before its fix; sentences of our
 * own. The look-alike beside each keeps the rule working where it should.
 */
const stance = (text: string, party: string | null): string =>
  stanceOf(text.toLowerCase(), null, party);
const framed = (text: string): (string | null)[][] =>
  extractStatements({ ...corpusContext(), text, date: '2025-12-03' })
    .statements.filter((s) => s.quote.includes('usual channels'))
    .map((s) => [s.speaker, s.stance]);

describe('framing verbs: negation and the passive', () => {
  it('"didn\'t dismiss" is negated like "did not dismiss"', () => {
    const quote = '"We have read the text and will answer through the usual channels," she said.';
    expect(framed(`Maria Zakharova didn't dismiss the proposals on Tuesday. ${quote}`)).toEqual([
      ['Maria Zakharova', 'unclear'],
    ]);
    expect(framed(`Maria Zakharova dismissed the proposals on Tuesday. ${quote}`)).toEqual([
      ['Maria Zakharova', 'opposes'],
    ]);
  });

  it('a name ending in "is" before the verb is no passive', () => {
    const quote =
      '"We have read the text and will answer through the usual channels," Dombrovskis said.';
    expect(framed(`Valdis Dombrovskis dismissed the proposals on Tuesday. ${quote}`)).toEqual([
      ['Valdis Dombrovskis', 'opposes'],
    ]);
  });
});

describe("another party's subject: prepositions are whole words", () => {
  it.each([
    ['Once again Russia rejected the plan.', 'Ukraine'],
    ['Сейчас Россия отвергла план.', 'Ukraine'],
  ])('%s → unclear (a report of Russia, not the speaker)', (text, party) =>
    expect(stance(text, party)).toBe('unclear'),
  );
  it.each([
    ['The idea that Moscow will keep its word is wishful thinking.', 'Ukraine'],
    ['What Moscow wants is a dictated peace.', 'Ukraine'],
  ])("%s → opposes (the speaker's own verdict)", (text, party) =>
    expect(stance(text, party)).toBe('opposes'),
  );
});

describe('demands: "має" as "has", negated demands, time words', () => {
  it.each([
    ['Європа має величезний вплив на цей процес.', 'Ukraine'],
    ['Росія має величезні втрати на фронті.', 'Ukraine'],
    ['Росія не має виводити війська до підписання.', 'Ukraine'],
    ['Перш ніж коментувати, ми хочемо уважно прочитати текст.', 'Ukraine'],
    ['Прежде чем что-то говорить, мы изучим документ.', 'Russia'],
    ['Before we can comment, we need to read the text carefully.', 'Europe/EU'],
    ['We will pull out all the stops to reach a ceasefire.', 'US'],
  ])('%s → unclear', (text, party) => expect(stance(text, party)).toBe('unclear'));
  it.each([
    ['Росія має вивести війська з наших територій.', 'Ukraine'],
    ['Перш ніж ми почнемо роботу, треба знати, хто автор плану.', 'Europe/EU'],
  ])('%s → conditional', (text, party) => expect(stance(text, party)).toBe('conditional'));
});

describe('aggressor and victim, and credit in counterfactual form', () => {
  it('a negator away from both nouns contrasts nothing', () =>
    expect(
      stance(
        'We support the plan because the aggressor must not be rewarded and the victim must be protected.',
        'Ukraine',
      ),
    ).not.toBe('opposes'));
  it('plurals count: "on the aggressors, not on the victims"', () =>
    expect(stance('Pressure must be on the aggressors, not on the victims.', 'Ukraine')).toBe(
      'opposes',
    ));
  it('the Russian plural "не были" is credit too', () =>
    expect(
      stance(
        'Если бы они не были посредниками, мы бы не имели бы шанса закончить войну.',
        'Ukraine',
      ),
    ).toBe('supports'));
});
