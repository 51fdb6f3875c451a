import { stanceOf } from '../src/engine/statements/stance';

/**
 * Ninth session, second English round (stance-en-frames.ts): the broker's effort praised, the
 * text or its broker judged partial to Russia, a requirement on whatever deal comes out.
 * Sentences written for the test, not taken from any article; each frame has cases that must
 * not fire.
 */
describe('stance: English frames of the ninth session', () => {
  it.each([
    // The mediator's effort praised: support of the effort.
    [
      'We appreciate the tireless efforts of the United States to bring this war to a close.',
      'supports',
    ],
    ["I commend President Trump's personal engagement in this process.", 'supports'],
    ['We welcome Washington’s continued efforts to stop the fighting.', 'supports'],
    // Process, not a side's work, stays unclear; a negated welcome is no praise.
    ['We welcome all efforts that lead to talks.', 'unclear'],
    ['We support the continued efforts of the United States.', 'unclear'],
    ['The ministers welcomed the talks in Geneva.', 'unclear'],
    ['We appreciate the work of our diplomats on the prisoner lists.', 'unclear'],
    // The broker praised as a peacemaker; denied, or another aim, it is no praise.
    ['We finally have an administration genuinely pursuing peace.', 'supports'],
    ['This is not a president who wants to end this war.', 'unclear'],
    ['The president is pushing tariffs on steel this week.', 'unclear'],
    // The text or its broker partial to Russia: a rejection.
    ['Frankly, the envoy sides with the Kremlin on every question.', 'opposes'],
    ['This document was drafted in Moscow, not in Washington.', 'opposes'],
    ['What we saw was basically a Russian wish list.', 'opposes'],
    ['The senator is plainly in the pocket of Putin.', 'opposes'],
    // A preference that is no side, and a denied bias, are not.
    ['The president favours a quick meeting before Christmas.', 'unclear'],
    ['The draft was written by lawyers from both delegations.', 'unclear'],
    // A requirement on whatever deal emerges: conditional.
    ['Whatever agreement is reached has to include a strong army for Ukraine.', 'conditional'],
    ['Any final settlement will have to rest on real security commitments.', 'conditional'],
    // The requirement as a goal or a dependence of any deal.
    ['The aim of any settlement must be to keep Ukraine sovereign.', 'conditional'],
    ['Every agreement we sign will depend on firm guarantees.', 'conditional'],
    // Whether one deal comes about is a prospect, not a term.
    ['Whether we close an agreement this week depends on the weather in Geneva.', 'unclear'],
    // Reporting what a deal would need is a topic, not the speaker's demand.
    ['They spent the evening on what any settlement would have to be.', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'Europe/EU')).toBe(stance);
  });
});

describe('stance: a concession judged by its frame', () => {
  it.each([
    // Refused by a rejecting predicate or by its outcome.
    ['For Ukraine it is simply unacceptable to give up territory.', 'opposes'],
    ['It would be a grave mistake to cede land for a promise.', 'opposes'],
    ['Trading territory will only invite another invasion.', 'opposes'],
    ['He warned that ceding land would not bring peace.', 'opposes'],
    [
      'Giving up territory would not buy peace, any more than appeasement did in Munich.',
      'opposes',
    ],
    // A concession defended by its outcome, and frames about something else, are not refusals.
    ['Ceding that land would end the war this winter.', 'supports'],
    ['It is unacceptable to keep the negotiators waiting.', 'opposes'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'Ukraine')).toBe(stance);
  });
});
