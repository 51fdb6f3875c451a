import { extractStatements } from '../src/engine/statements';
import { stanceOf } from '../src/engine/statements/stance';
import { corpusContext } from './support/statements-eval';

/**
 * Thirteenth session, issue #15: attribution misses and negation gaps of the newest rounds'
 * structures, each with sentences of our own (not the fixtures'); every case but the guards
 * read otherwise on main.
 */
const stance = (text: string, party: string | null): string =>
  stanceOf(text.toLowerCase(), null, party);
const speakers = (text: string): [string | null, string | null, string][] =>
  extractStatements({ ...corpusContext(), text, date: '2026-01-10' }).statements.map((s) => [
    s.speaker,
    s.party,
    s.quote.slice(0, 20),
  ]);

describe('negation: a refused concession, an easy refusal and a denied condition', () => {
  it.each([
    ['Ukraine must not withdraw from the Donbas.', 'Ukraine', 'opposes'],
    ['We must not withdraw our troops from the land we hold.', 'Ukraine', 'opposes'],
    ['Kyiv must not give up its land for a piece of paper.', 'Ukraine', 'opposes'],
    ['Україна не повинна виходити з Донбасу.', 'Ukraine', 'opposes'],
    ['Киев не должен отдавать территории ради перемирия.', 'Ukraine', 'opposes'],
    ['It is not hard to refuse such a plan.', 'Russia', 'opposes'],
    ["Frankly, it isn't difficult to reject this offer.", 'Ukraine', 'opposes'],
    ['It would not be hard to turn down this text.', 'Europe/EU', 'opposes'],
    ['Вывод войск обязательным условием для перемирия не является.', 'Russia', 'unclear'],
    ["Виведення військ не є обов'язковою умовою для угоди.", 'Ukraine', 'unclear'],
    ['A ceasefire is not a precondition for these talks.', 'Russia', 'unclear'],
    ["A ceasefire isn't a precondition for these talks.", 'Russia', 'unclear'],
  ])('%s', (text, party, expected) => {
    expect(stance(text, party)).toBe(expected);
  });

  it.each([
    ['This is an offer they will find very hard to refuse.', 'US', 'supports'],
    ['Такой план трудно отклонить.', 'Russia', 'supports'],
    ['Обязательным условием является вывод войск из Донбасса.', 'Russia', 'conditional'],
    ['International borders must not be changed by force.', 'Europe/EU', 'conditional'],
    // The review's look-alikes: an affirmed condition with a negated afterthought stays one.
    [
      'Обязательным условием является вывод войск, что не является уступкой.',
      'Russia',
      'conditional',
    ],
    ["Обов'язковою умовою є виведення військ, і це не є предметом торгу.", 'Russia', 'conditional'],
  ])('guard: %s', (text, party, expected) => {
    expect(stance(text, party)).toBe(expected);
  });

  // "Must not" with a verb of leaving but no land or troops after it refuses nothing the text
  // asks for (the review found these read as opposes when the rule took any object).
  it.each([
    ['We should not give up hope that this plan will work.', 'US'],
    ['We must not give up on peace.', 'Europe/EU'],
    ['Россия не должна выходить из переговоров.', 'Russia'],
    ['Мы не должны уходить от диалога, план хороший.', 'Russia'],
    ['Україна не повинна піти з переговорів.', 'Ukraine'],
  ])('guard, no concession named: %s', (text, party) => {
    expect(stance(text, party)).not.toBe('opposes');
  });
});

describe('registry offices: the head of Rosatom, the mayor of Dnipro', () => {
  it.each([
    [
      'Alexei Likhachev, who runs Rosatom, said the peace plan could not hand the plant to anyone else.',
      ['Alexei Likhachev', 'Russia', 'the peace plan could'],
    ],
    [
      'Мэр Днепра Борис Филатов сказал, что мирный план ему пока непонятен.',
      ['Borys Filatov', 'Ukraine', 'мирный план ему пока'],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toContainEqual(expected);
  });
});

describe('a day or a month before a surname is no part of the name', () => {
  it.each([
    'On Friday Likhachev said the peace plan had to leave the plant under Moscow.',
    'In January Likhachev said the peace plan had to leave the plant under Moscow.',
  ])('%s', (second) => {
    const text = `Alexei Likhachev, who runs Rosatom, spoke to reporters about the station.\n\n${second}`;
    expect(speakers(text)).toContainEqual(['Alexei Likhachev', 'Russia', 'the peace plan had t']);
  });
});
