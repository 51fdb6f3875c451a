import { extractStatements } from '../src/engine/statements';
import type { Statement } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * Lead-ins (issue #15): a reported lead-in ending in a colon and the quote it introduces are one
 * statement, the quote, even where the lead-in's paragraph ends on the colon (dev 004, 053).
 * Sentences of our own; the article is dated Wednesday 2025-12-10.
 */
const extract = (text: string): readonly Statement[] =>
  extractStatements({ ...corpusContext(), text, date: '2025-12-10' }).statements;

const brief = (s: Statement): [string | null, string, string] => [s.speaker, s.mode, s.quote];

describe('a lead-in and its quote are one statement', () => {
  it.each([
    [
      'en',
      'On Monday, Kremlin aide Yuri Ushakov said the talks on the peace plan had been useful but difficult:\n\n"We will keep discussing every point of the plan with the Americans."',
      'Yuri Ushakov',
      'We will keep discussing every point of the plan with the Americans.',
      '2025-12-08',
    ],
    [
      'ru',
      'В понедельник помощник президента России Юрий Ушаков заявил журналистам, что работа над мирным планом продолжается:\n\n«Мы будем дальше обсуждать все пункты с американцами».',
      'Yuri Ushakov',
      'Мы будем дальше обсуждать все пункты с американцами',
      '2025-12-08',
    ],
    [
      'uk',
      'У понеділок президент України Володимир Зеленський пояснював, що саме змінилося в мирному плані після консультацій у Женеві:\n\n«Було 28 пунктів, стало 20. Ми будемо далі обговорювати всі пункти з американцями».',
      'Volodymyr Zelensky',
      'Було 28 пунктів, стало 20. Ми будемо далі обговорювати всі пункти з американцями',
      '2025-12-08',
    ],
  ])('%s: the quote after the colon, dated by the lead-in', (_, text, speaker, quote, date) => {
    const statements = extract(text);
    expect(statements.map(brief)).toEqual([[speaker, 'direct', quote]]);
    expect(statements[0]!.date).toBe(date);
  });

  it('keeps the quote alone when lead-in and quote share a paragraph (as before)', () => {
    const statements = extract(
      'Помощник президента России Юрий Ушаков отметил, что работа над мирным планом продолжается, добавив: «Мы будем дальше обсуждать все пункты с американцами».',
    );
    expect(statements.map(brief)).toEqual([
      ['Yuri Ushakov', 'direct', 'Мы будем дальше обсуждать все пункты с американцами'],
    ]);
  });
});

describe('a lead-in that is a statement of its own stays one', () => {
  it.each([
    [
      'another speaker',
      'Kremlin aide Yuri Ushakov said the work on the peace plan would go on:\n\n“We will keep discussing every point of the plan with the Americans,” Kremlin spokesman Dmitry Peskov said.',
      ['Yuri Ushakov', 'Dmitry Peskov'],
    ],
    [
      'a second clause with its own verb',
      'Secretary of State Marco Rubio said there had been some progress on the peace plan but cautioned: “We’re still not close enough on the plan.”',
      ['Marco Rubio', 'Marco Rubio'],
    ],
    [
      'a full stop and a paragraph break',
      'Помощник президента России Юрий Ушаков заявил журналистам, что работа над мирным планом продолжается.\n\n«Мы будем дальше обсуждать все пункты с американцами», — сказал он.',
      ['Yuri Ushakov', 'Yuri Ushakov'],
    ],
    [
      'opposite stances',
      'Ukrainian President Volodymyr Zelensky said the 28-point plan was unacceptable for Ukraine:\n\n“We support the new draft and welcome it as a good basis.”',
      ['Volodymyr Zelensky', 'Volodymyr Zelensky'],
    ],
  ])('%s', (_, text, speakers) => {
    const statements = extract(text);
    expect(statements.map((s) => [s.speaker, s.mode])).toEqual([
      [speakers[0], 'reported'],
      [speakers[1], 'direct'],
    ]);
  });

  it('reads the opposite stances it keeps apart', () => {
    const statements = extract(
      'Ukrainian President Volodymyr Zelensky said the 28-point plan was unacceptable for Ukraine:\n\n“We support the new draft and welcome it as a good basis.”',
    );
    expect(statements.map((s) => s.stance)).toEqual(['opposes', 'supports']);
  });
});
