import { stanceOf } from '../src/engine/statements/stance';

/**
 * Ninth session: English stance by class (stance-en-cues.ts) and by predicate
 * (stance-en-evaluation.ts). Sentences written for the test, not taken from any article; each
 * mechanism has cases that must not fire.
 */
describe('stance: English approval and rejection by class', () => {
  it.each([
    ['We fully back the framework the envoys brought.', 'supports'],
    ['We stand behind every line of the document.', 'supports'],
    ['Kyiv is on board with the revised text.', 'supports'],
    ['We are prepared to sign once the lawyers finish.', 'supports'],
    ['The proposal deserves a chance.', 'supports'],
    ['The new text is consistent with our position.', 'supports'],
    ['This is a sellout dressed up as diplomacy.', 'opposes'],
    ['It is peace on Putin’s terms, nothing more.', 'opposes'],
    ['Signing this would be a grave mistake.', 'opposes'],
    ['The idea that Moscow will keep its word is wishful thinking.', 'opposes'],
    ['That clause is a nonstarter for our parliament.', 'opposes'],
    ['It will not work, and everyone in the room knows it.', 'opposes'],
    ['The whole package is heavily tilted toward Moscow.', 'opposes'],
    ['Our land is not for sale.', 'opposes'],
    ['We have no objections to the revised text.', 'supports'],
    // Events and prospects are no verdict on a text.
    ['The prisoner exchange is an important step for the families.', 'unclear'],
    ['There is a real chance of a meeting next week.', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'Ukraine')).toBe(stance);
  });
});

describe('stance: an evaluative predicate or label on the text', () => {
  it.each([
    ['It is a very, very good deal for everybody.', 'supports'],
    ['The plan is fundamentally sound.', 'supports'],
    ['This is a serious proposal and we treat it as such.', 'supports'],
    ['The framework as it stands is deeply lopsided.', 'opposes'],
    ['This is not a serious document.', 'opposes'],
    ['The draft is far from balanced.', 'opposes'],
    ['He called the draft naive.', 'opposes'],
    ['She described the terms as a solid starting point.', 'supports'],
    // A pronoun must be followed by a text noun: the meeting, the situation, the fact judged.
    ['It was serious, and the talks ran late.', 'unclear'],
    ['It is good that the delegations met in Geneva.', 'unclear'],
    ['Both sides called it positive.', 'unclear'],
    // The plan as the object of a preposition is not the subject judged.
    ['Any departure from the plan would be weak, they fear.', 'unclear'],
    // Someone else's view reported.
    ['The Russians have hinted that the new plan is inadequate.', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'US')).toBe(stance);
  });
});

describe('stance: a push to take the text, and its critics faulted', () => {
  it.each([
    ['Kyiv should accept the deal while it is still on the table.', 'supports'],
    ['Europe has to get behind this plan.', 'supports'],
    ['We believe it should be acceptable to both sides.', 'supports'],
    ['Ukraine should not sign this document.', 'opposes'],
    ['Every criticism of the framework misunderstands what it does.', 'supports'],
    ['The critics of the plan are wrong about the guarantees.', 'supports'],
    // A push toward something other than the text stays a condition or no verdict.
    ['Russia must accept an unconditional ceasefire first.', 'conditional'],
    // Criticism itself, not its critics faulted, is still a fault.
    ['Our criticism of the plan has not changed.', 'opposes'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'US')).toBe(stance);
  });
});

describe('stance: terms, refused concessions, faults that stay faults, judged favourably', () => {
  it.each([
    ['We can accept a ceasefire along the current line only with guarantees.', 'conditional'],
    ['Nothing about Ukraine without Ukraine.', 'conditional'],
    ['A settlement is possible once the root causes are addressed.', 'conditional'],
    ['We will agree to a deal that guarantees our sovereignty.', 'conditional'],
    ['The text needs serious amendments before anyone signs.', 'conditional'],
    ['The draft has to be revised on the army cap.', 'conditional'],
    ['We will not trade our territory for promises.', 'opposes'],
    ['Kyiv would never hand over its land to the occupier.', 'opposes'],
    ['We will not reward aggression.', 'opposes'],
    ['Borders cannot be changed by force.', 'opposes'],
    // Described, not refused: the text defended.
    ['This is not appeasement, it is a realistic settlement.', 'supports'],
    // A "must" before the negator keeps the condition.
    ['Any assurances must not reward Putin for the invasion.', 'conditional'],
    ['We view the American ideas positively.', 'supports'],
    ['Brussels sees the draft sceptically.', 'opposes'],
    ['This framework offers the best path to a durable peace.', 'supports'],
    ['The European plan is not something we can work with.', 'opposes'],
    ['These are Russian demands, not a peace plan.', 'opposes'],
    // Described, not refused: a concession named without a negator counts nothing.
    ['The draft asks Kyiv to withdraw its troops from the region by spring.', 'unclear'],
    // The talks judged, not the text.
    ['The start of the contacts can be assessed positively.', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'Ukraine')).toBe(stance);
  });
});

describe('stance: the text judged by what it would do', () => {
  it.each([
    ['This deal will end the killing.', 'supports'],
    ['It would save thousands of lives.', 'supports'],
    ['The plan would leave Ukraine defenceless.', 'opposes'],
    ['Such a deal would only invite another invasion.', 'opposes'],
    ['This will not bring peace.', 'opposes'],
    ['Signing it would embolden Putin.', 'opposes'],
    // An outcome with no text as its subject is a forecast, no verdict.
    ['The war will end one day.', 'unclear'],
    ['Sanctions on Moscow would weaken Russia, not Ukraine.', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'Europe/EU')).toBe(stance);
  });
});

describe('stance: rhetorical questions that fault the text', () => {
  it.each([
    ["How does limiting Ukraine's army make anyone safer?", 'opposes'],
    ['What kind of peace is that? It is a surrender.', 'opposes'],
    ['Who would sign such terms?', 'opposes'],
    // Questions asking for information doubt nothing.
    ['How will the deal be monitored?', 'unclear'],
    ['Why would we say anything before Thursday?', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'US')).toBe(stance);
  });
});

describe('stance: welcoming a named side’s text is no greeting', () => {
  it.each([
    ["We welcome President Trump's peace plan.", 'supports'],
    ['Budapest welcomed the US peace plan.', 'supports'],
    ['We welcome the American proposal.', 'supports'],
    // Greetings stay out of scope.
    ['We welcome President Zelensky to Budapest.', 'unclear'],
    ['We welcomed the Americans warmly.', 'unclear'],
  ])('%s → %s', (text, stance) => {
    expect(stanceOf(text, 'said', 'Europe/EU')).toBe(stance);
  });
});
