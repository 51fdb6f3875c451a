import { stanceOf } from '../src/engine/statements/stance';

/**
 * Verdict families, second round (issue #15, src/engine/statements/stance-families-s12.ts):
 * wordings of clear verdicts by the newest writers (dev-s12) that read `unclear` before, each
 * in English, Russian and Ukrainian with sentences of our own (all read otherwise on main but
 * "жодних поступок … бути не може", kept as a guard), and the look-alikes that must
 * stay `unclear`.
 */
const stance = (text: string, party: string | null): string =>
  stanceOf(text.toLowerCase(), null, party);

describe('the text ridiculed, or a point excluded outright', () => {
  it.each([
    ['The whole idea is, frankly, scandalous.', null],
    ['Whoever wrote this needs to see a psychiatrist.', null],
    ['Он назвал документ кремлёвской шпаргалкой.', null],
    ['Этот текст — просто скандальный документ.', 'Russia'],
    ['Це нісенітниця, а не мирний план.', 'Ukraine'],
    ['Никаких буферных зон на нашей территории быть не может.', 'Russia'],
    ['Жодних поступок щодо Донбасу бути не може.', 'Ukraine'],
  ])('%s → opposes', (text, party) => expect(stance(text, party)).toBe('opposes'));

  it.each([
    // A scandal reported is no verdict.
    ['Journalists asked about the scandal around the envoy.', 'Ukraine'],
    ['Скандал вокруг посланника обсуждали журналисты.', 'Russia'],
    ['Про скандал навколо посланця питали журналісти.', 'Ukraine'],
  ])('%s → unclear', (text, party) => expect(stance(text, party)).toBe('unclear'));
});

describe('an offer the other side will find hard to refuse', () => {
  it.each([
    ['We came up with an offer they will find very hard to refuse.', 'US'],
    ['Мы пришли к предложению, которое им будет очень трудно отклонить.', 'US'],
    ['Це пропозиція, від якої Москві буде важко відмовитися.', 'US'],
  ])('%s → supports', (text, party) => expect(stance(text, party)).toBe('supports'));
});

describe('a party or the guarantee obliged by the deal', () => {
  it.each([
    ['The United States has to spell out its own guarantee.', 'Europe/EU'],
    ['The Ukrainians, backed by their allies, had to have the decisive voice.', 'Europe/EU'],
    ['Any guarantee had to be ratified by parliaments.', 'Ukraine'],
    ['США должны прописать собственную гарантию.', 'Europe/EU'],
    ['Європейці мають взяти на себе частину гарантій.', 'Ukraine'],
  ])('%s → conditional', (text, party) => expect(stance(text, party)).toBe('conditional'));

  it.each([
    // Process still to do, a commentator's forecast, and an exhortation to seek peace.
    ['Complex questions still had to be settled.', 'Europe/EU'],
    ['Moscow would have to drop demands it has held since 2022.', null],
    ['Ukraine has to pursue peace as soon as possible.', 'Europe/EU'],
    ['США должны стремиться к миру.', 'Europe/EU'],
  ])('%s → unclear', (text, party) => expect(stance(text, party)).toBe('unclear'));
});

describe('reciprocity and restrictive terms', () => {
  it.each([
    ['We will take mirror steps.', 'Ukraine'],
    ['We will stop the strikes if Russia does the same.', 'Ukraine'],
    ['Мы будем делать зеркальные шаги.', 'Russia'],
    ['Ми будемо дотримуватися дзеркальних кроків.', 'Ukraine'],
    ['Ми не бʼємо по енергетиці, якщо і вони вчинять так само.', 'Ukraine'],
    ['We could join the monitoring mission, but only in non-military roles.', 'Europe/EU'],
    ['Мы можем участвовать в мониторинге, но только в качестве наблюдателей.', 'Europe/EU'],
    ['Ми можемо долучитися до місії, але лише як спостерігачі.', 'Europe/EU'],
  ])('%s → conditional', (text, party) => expect(stance(text, party)).toBe('conditional'));

  it.each([
    // Acting "in a mirror way" to defend oneself, a count qualified, and a guest received.
    ['Ми діємо завжди дзеркально – ми захищаємо свою державу.', 'Ukraine'],
    ['The meeting lasted hours, but only a few points were discussed.', 'US'],
    ['Готовий прийняти гостя будь-коли, якщо той захоче приїхати.', 'Russia'],
  ])('%s → unclear', (text, party) => expect(stance(text, party)).toBe('unclear'));
});

describe('a share of the post-settlement guarantee pledged', () => {
  it.each([
    ['We will be part of a wider effort after a peace settlement.', 'Europe/EU'],
    ['Ми долучимося до місії після припинення вогню.', 'Europe/EU'],
    ['Мы примем участие в мониторинге после прекращения огня.', 'Europe/EU'],
  ])('%s → supports', (text, party) => expect(stance(text, party)).toBe('supports'));

  it.each([
    // Refused, or a commentator describing who would deploy.
    ['We will not deploy troops after a ceasefire.', 'Europe/EU'],
    ['Britain and France would deploy forces after a ceasefire.', null],
  ])('%s → unclear', (text, party) => expect(stance(text, party)).toBe('unclear'));
});

describe('a point named as required', () => {
  it.each([
    ['The monitoring mission is non-negotiable.', 'Ukraine'],
    ['Обязательным для нас остаётся присутствие наблюдателей.', 'Ukraine'],
    ["Обов'язковою для нас залишається присутність спостерігачів.", 'Ukraine'],
  ])('%s → conditional', (text, party) => expect(stance(text, party)).toBe('conditional'));

  it.each([
    // "обов'язково" as an adverb of process.
    ["Цю ідею обов'язково обговорюватимуть із суспільством.", 'Ukraine'],
    ['Эту идею обязательно обсудят с обществом.', 'Russia'],
  ])('%s → unclear', (text, party) => expect(stance(text, party)).toBe('unclear'));
});

describe('credit said as a counterfactual', () => {
  it.each([
    ["If he weren't president, we wouldn't have a chance to end this war.", 'Europe/EU'],
    ['Если бы не он, у нас не было бы шанса на мир.', 'Europe/EU'],
    ['Якби він не був президентом, ми не мали б шансу закінчити війну.', 'Ukraine'],
  ])('%s → supports', (text, party) => expect(stance(text, party)).toBe('supports'));

  it.each([
    // A counterfactual about process, no credit.
    ['If the talks were not held, there would be no progress.', 'Ukraine'],
  ])('%s → unclear', (text, party) => expect(stance(text, party)).toBe('unclear'));
});

describe('the aggressor set against the victim', () => {
  it.each([
    ['The burden must fall on the aggressor, not on the victim.', 'Europe/EU'],
    ['Давление должно быть на агрессора, а не на жертву.', 'Europe/EU'],
    ['Тиснути треба на агресора, а не на жертву.', 'Ukraine'],
  ])('%s → opposes', (text, party) => expect(stance(text, party)).toBe('opposes'));

  it.each([
    // The words without the contrast: naming who attacked whom.
    ['There is an aggressor and there is a victim, and the talks go on.', 'Ukraine'],
    ['Є агресор і є жертва, а переговори тривають.', 'Ukraine'],
  ])('%s → unclear', (text, party) => expect(stance(text, party)).toBe('unclear'));
});
