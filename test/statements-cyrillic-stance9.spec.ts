import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * Russian and Ukrainian stance (issue #15, session 8, third round), one short text of our own
 * per rule.
 */
const statements = (text: string): Statement[] => [
  ...extractStatements({ ...corpusContext(), text, date: '2026-02-18' }).statements,
];
const stances = (text: string): string[] => statements(text).map((s) => s.stance);

describe('a people or country that will not accept the text refuses it', () => {
  it.each([
    ['Українці ніколи такого плану не приймуть, заявив Сибіга.', 'opposes'],
    ['Рада цей документ не схвалить, сказав Стефанчук.', 'opposes'],
    ['Украинцы такой мирный план не примут, заявил Зеленский.', 'opposes'],
  ])('%s → %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });
});

describe('a text that needs changes, past an aside, is conditional', () => {
  it.each([
    [
      'Слуцкий заявил, что мирный план требует, по моему мнению, еще некоторой корректировки.',
      'conditional',
    ],
    ['Мирний план потребує, як на мене, ще певних змін, сказав Мережко.', 'conditional'],
  ])('%s → %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });
});

describe('holding to the Alaska understandings sets terms', () => {
  it.each([
    ['Москва исходит из того, что было согласовано в Анкоридже, заявил Рябков.', 'conditional'],
    ['Мирний план має спиратися на домовленості з Аляски, сказав Ушаков.', 'conditional'],
  ])('%s → %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });

  it('leaves a bare mention of the summit alone', () => {
    expect(stances('Ушаков напомнил, что в Анкоридже обсуждали мирный план.')).not.toEqual([
      'conditional',
    ]);
  });
});

describe('pressing a side to accept the terms refuses them', () => {
  it.each([
    ['Це тиск на Київ, щоб змусити його погодитися на мирний план, заявив Стефанчук.', 'opposes'],
    [
      'Давление на Украину с целью принудить её принять мирный план продолжается, сказал Сибига.',
      'opposes',
    ],
  ])('%s → %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });
});

describe('a text that fails the speaker’s interests is refused', () => {
  it.each([
    ['Этот мирный план не отвечает национальным интересам России, заявил Слуцкий.', 'opposes'],
    ['Ми не бачили жодного плану, який би відповідав нашим інтересам, сказав Мережко.', 'opposes'],
  ])('%s → %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });
});

describe('"critically" before a need is no critique', () => {
  it.each([
    'Участь Європи у мирному плані ми вважаємо критично необхідною, сказав Сибіга.',
    'Мирний план вважаємо критично важливим кроком, сказав Сибіга.',
  ])('does not read %s as opposes', (text) => {
    expect(stances(text)).not.toContain('opposes');
  });
});

describe('the speaker’s side ready to discuss a proposal is conditional', () => {
  it.each([
    ['Россия готова обсуждать отдельные пункты мирного плана, заявил Рябков.', 'conditional'],
    ['Ми готові розглянути американський мирний план, сказав Сибіга.', 'conditional'],
  ])('%s → %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });
});

describe('an offer still not enough is conditional', () => {
  it.each([
    ['Рябков сказал, что мирный план лучше прежнего, но этого пока недостаточно.', 'conditional'],
    [
      'Мирний план кращий, але поки що недостатньо враховує наші інтереси, сказав Сибіга.',
      'conditional',
    ],
  ])('%s → %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });

  it('leaves "still enough time" alone', () => {
    expect(
      stances('Ушаков сказал, что для обсуждения мирного плана еще достаточно времени.'),
    ).not.toEqual(['conditional']);
  });
});

describe('thanks for the peace efforts support the plan', () => {
  it.each([
    ['Мы благодарны за мирные усилия США по мирному плану, заявил Сибига.', 'supports'],
    ['Ми дуже вдячні за посередництво у мирному плані, сказав Умєров.', 'supports'],
  ])('%s → %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });
});

describe('a third person’s own red lines are a report, not a refusal', () => {
  it('does not read another’s red lines as the speaker’s', () => {
    expect(
      stances('Уиткофф сказал о мирном плане: «Он ясно обозначил мне свои красные линии».'),
    ).not.toEqual(['opposes']);
  });

  it('keeps the speaker’s own red lines a refusal', () => {
    expect(stances('Мирный план пересекает наши красные линии, заявил Рябков.')).toEqual([
      'opposes',
    ]);
  });
});

describe('a warning of war unless something holds is a condition', () => {
  it('reads it conditional', () => {
    expect(
      stances(
        'Если мирный план не даст Украине гарантий, это лишь отложит новую войну, сказал Сикорский.',
      ),
    ).toEqual(['conditional']);
  });
});

describe('a plan called right is backed', () => {
  it.each([
    ['Мирный план — это правильно, сказал Мережко.', 'supports'],
    ['Цей мирний план правильний, заявив Мережко.', 'supports'],
  ])('%s → %s', (text, stance) => {
    expect(stances(text)).toEqual([stance]);
  });
});

describe('a text warned to set a precedent is refused', () => {
  it('reads the warning as opposes', () => {
    expect(
      stances('Мирний план створить небезпечний прецедент для всіх країн, заявив Сибіга.'),
    ).toEqual(['opposes']);
  });
});
