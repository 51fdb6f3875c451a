import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * Precision rules of the tenth session (helper sprec): what a reported clause may hold that is
 * no statement of a view. Sentences are our own, not the fixtures'.
 */
const quotes = (text: string): string[] =>
  extractStatements({ ...corpusContext(), text, date: '2025-12-03' }).statements.map(
    (s: Statement) => s.quote,
  );

describe('an appeal, warning, promise or accusation is an act, not a view of the plan', () => {
  it.each([
    [
      'Zelensky said the peace plan still needed work. He urged reporters to stay patient.',
      ['the peace plan still needed work'],
    ],
    [
      'Zelensky said the peace plan still needed work. He warned voters against expecting a quick end.',
      ['the peace plan still needed work'],
    ],
    [
      'Zelensky said the peace plan still needed work. He promised a quieter approach from now on.',
      ['the peace plan still needed work'],
    ],
    [
      'Zelensky said the peace plan still needed work. He accused Moscow of stalling while it shelled cities.',
      ['the peace plan still needed work'],
    ],
    [
      'Песков сказал, что мирный план изучается. Следующую встречу он пообещал провести скоро.',
      ['мирный план изучается'],
    ],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it.each([
    // The appeal names the plan: it says where the speaker stands.
    ['Zelensky urged allies to back the peace plan without changes.', 1],
    // After "that" the verb introduces a claim.
    ['Zelensky warned that the peace plan would reward aggression.', 1],
  ])('keeps %s', (text, n) => {
    expect(quotes(text)).toHaveLength(n);
  });
});

describe('a speech verb under a refusal reports no words', () => {
  it('drops the refused naming but keeps the speaker on the topic for the next quote', () => {
    const text =
      'Дмитрий Песков сказал, что мирный план изучается. Он отказался даже называть стадию переговоров. «Было бы ошибкой сейчас что-то предсказывать».';
    expect(quotes(text)).toEqual([
      'мирный план изучается',
      'Было бы ошибкой сейчас что-то предсказывать',
    ]);
  });
});

describe('three Cyrillic capitals without a patronymic: the first belongs to the title', () => {
  const who = (text: string): (string | null)[][] =>
    extractStatements({ ...corpusContext(), text, date: '2025-12-03' }).statements.map((s) => [
      s.speaker,
      s.party,
    ]);
  it.each([
    [
      'Министр иностранных дел Эстонии Марта Кивисилд заявила, что мирный план нужно менять.',
      [['Марта Кивисилд', 'Europe/EU']],
    ],
    [
      'Депутат Госдумы Пётр Охлопков заявил, что мирный план выгоден Москве.',
      [['Пётр Охлопков', 'Russia']],
    ],
    // A patronymic in the middle keeps the three words one name.
    [
      'Депутат Госдумы Пётр Ильич Охлопков заявил, что мирный план выгоден Москве.',
      [['Пётр Ильич Охлопков', 'Russia']],
    ],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('a capitalised pair after an interview or outlet noun is the outlet, not the speaker', () => {
  const who = (text: string): (string | null)[] =>
    extractStatements({ ...corpusContext(), text, date: '2025-12-03' }).statements.map(
      (s) => s.speaker,
    );
  it.each([
    [
      'Сергей Лавров снова высказался о плане. «Мирный план в нынешнем виде нам не подходит», — сказал министр в интервью Gulf Today.',
      ['Sergey Lavrov'],
    ],
    [
      'Andrii Sybiha spoke again about the plan. "The peace plan must not reward aggression," the minister told Nordic Daily.',
      ['Andrii Sybiha'],
    ],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('Senate offices and British honorifics are title words, not part of a name', () => {
  const who = (text: string): (string | null)[][] =>
    extractStatements({ ...corpusContext(), text, date: '2025-12-03' }).statements.map((s) => [
      s.speaker,
      s.party,
    ]);
  it.each([
    [
      'Senate Minority Leader Jim Smithers said the peace plan rewarded Putin.',
      [['Jim Smithers', 'US']],
    ],
    ['Sir John Hollis said the peace plan rewarded Putin.', [['John Hollis', null]]],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('a senator with no country in Russian text sits in the Federation Council', () => {
  const party = (text: string): (string | null)[] =>
    extractStatements({ ...corpusContext(), text, date: '2025-12-03' }).statements.map(
      (s) => s.party,
    );
  it('Russian: Russia', () => {
    expect(
      party(
        'Сенатор Пётр Охлопков написал в Telegram: «Этот мирный план ещё придётся переписать».',
      ),
    ).toEqual(['Russia']);
  });
  it('Ukrainian: left alone (Ukraine has no senate)', () => {
    expect(
      party(
        'Сенатор Пітер Гловер написав у соцмережі: «Цей мирний план ще доведеться переписати».',
      ),
    ).not.toEqual(['Russia']);
  });
});
