import { stanceOf } from '../src/engine/statements/stance';

/**
 * Eighth session: English verdicts implied rather than stated (a text faulted for what it lacks,
 * a refusal without "reject"). Sentences written for the test, not taken from the fixtures; each
 * rule has a case that must not fire.
 */
describe('stance: a text faulted for what it leaves out', () => {
  it.each([
    ['The framework demands nothing from the Kremlin.', 'opposes'],
    ['Their text fails to address what happens if the ceasefire breaks down.', 'opposes'],
    ['The document is largely silent on who would police the line.', 'opposes'],
    ['Guarantees, monitors, a timetable: none of these figure in the proposal.', 'opposes'],
    ['There are still no obligations on Moscow in the new version.', 'opposes'],
    // Named without a negator, a burden on Russia describes the text.
    ['The new version places obligations on Moscow for the first time.', 'unclear'],
    ['None of them were in Geneva this week.', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'Europe/EU')).toBe(stance);
  });
});

describe('stance: "go along with", and doubt that it could happen', () => {
  it.each([
    ['We can go along with most of what is in the revised text.', 'supports'],
    ['Kyiv will not go along with a cap on its army.', 'opposes'],
    ['It is difficult to imagine that any parliament could go along with this.', 'opposes'],
    ["I can't see how the Ukrainians would go along with such terms.", 'opposes'],
    // Doubt about something else leaves the cue alone.
    ['Hard to imagine a better venue; we go along with the framework.', 'supports'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'Ukraine')).toBe(stance);
  });
});

describe('stance: unlawful, imposed, and deal-breaking terms', () => {
  it.each([
    ['Any deal that hands over land would be unconstitutional.', 'opposes'],
    ['Trading territory is against our constitution, full stop.', 'opposes'],
    ['A settlement imposed on the victim will not hold.', 'opposes'],
    ['The army ceiling is a deal-breaker for us.', 'opposes'],
    ['Kyiv would never trade its sovereignty for promises.', 'opposes'],
    // Negated, the same words clear the text.
    ['The new clause is not against the constitution.', 'supports'],
    ['The cap on the army is no longer a blocking point.', 'supports'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'Ukraine')).toBe(stance);
  });
});

describe('stance: verdicts by comparison, chance of success, or imposition', () => {
  it.each([
    ['The second draft is much better than the first one.', 'supports'],
    ['This framework is the best chance for peace we have had.', 'supports'],
    ['The new text is not much better than the old one.', 'opposes'],
    ['What Moscow wants is a dictated peace.', 'opposes'],
    ['As written, the plan is dead in the water.', 'opposes'],
    // Prospects of an agreement are no verdict on the text.
    ['There is a good chance of a meeting next week.', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'Ukraine')).toBe(stance);
  });
});

describe('stance: "not a plan we could sign"', () => {
  it.each([
    ['Frankly, this is not a document we could ever sign.', 'opposes'],
    ['It is not a deal that any parliament would accept.', 'opposes'],
    ['It is not a secret that we would sign in Geneva.', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'Ukraine')).toBe(stance);
  });
});

describe('stance: a reporting verb that is the verdict, on the text as its object', () => {
  it.each([
    ['praised the revised framework as a serious effort', 'supports'],
    ['criticised the draft for its silence on guarantees', 'opposes'],
    ['dismissed the counter-proposal out of hand', 'opposes'],
    // On something other than a text, no verdict on the plan.
    ['criticised Europe for stalling the talks', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'US')).toBe(stance);
  });
});

describe("stance: another party's refusal reported in a long clause", () => {
  it('an analyst describing the Kremlin, the cue seventeen words on, reports and takes no side', () => {
    const text =
      'The Kremlin keeps holding out for a settlement to the war that amounts to nothing less than a Ukrainian capitulation.';
    expect(stanceOf(text, 'wrote', null)).toBe('unclear');
    // The same verdict in the speaker's own voice is one.
    expect(
      stanceOf('What they offer amounts to a Ukrainian capitulation.', 'said', 'Ukraine'),
    ).toBe('opposes');
  });
});

describe('stance: doubt and derision', () => {
  it.each([
    ['I am deeply sceptical that this text brings peace any closer.', 'opposes'],
    ['The framework has serious problems on the army cap.', 'opposes'],
    ['Half of these clauses are not implementable as written.', 'opposes'],
    // Scepticism about timing is about prospects, not the text.
    ['There is scepticism about any deal before the new year.', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'US')).toBe(stance);
  });
});

describe('stance: appeasement said as a verb or an analogy', () => {
  it.each([
    ['Anyone who thinks appeasing the aggressor ends wars has not read history.', 'opposes'],
    ['Rewarding Putin for the invasion would be a historic mistake.', 'opposes'],
    ['Frankly, the whole thing smells of 1938 Munich.', 'opposes'],
    ['The text reads as if it was written in Moscow.', 'opposes'],
    // The security conference is a place, not an analogy.
    ['The envoys will meet again at the Munich conference in February.', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'US')).toBe(stance);
  });
});

describe('stance: welcomes without "welcome"', () => {
  it.each([
    ['The minister hailed the new momentum behind the American initiative.', 'supports'],
    ["The president's peace initiative has gained new momentum this week.", 'supports'],
    ['He called the revised text ambitious and balanced.', 'supports'],
    // Momentum in the talks is progress, not a verdict on the text.
    ['There is new momentum in the talks, the envoy said.', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'Europe/EU')).toBe(stance);
  });
});

describe('stance: an "if" that forecasts an outcome sets no terms', () => {
  it.each([
    ['If the draft goes through, Moscow will come out of this stronger than ever.', 'unclear'],
    ['If we settle the border question, I think the rest of the file will follow.', 'unclear'],
    [
      'The fighting may drag on. If Kyiv can get a deal, that would be good for everybody.',
      'supports',
    ],
    // The speaker's side acting on terms is still a condition.
    ['If the guarantees are binding, we will sign the document.', 'conditional'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'US')).toBe(stance);
  });
});
