import { extractStatements } from '../src/engine/statements';
import { corpusContext } from './support/statements-eval';

/**
 * The reporter's framing gives the stance of a quote that is neutral in its own words (issue
 * #15, session 12): "Rutte welcomed the plan. “…”", "Ушаков раскритиковал поправки: «…»".
 * Only when the framing verb's subject is the speaker, its object the plan (a version, a point)
 * and the verb not negated. Sentences of our own; each positive case gave `unclear` on main.
 */
/** Speaker and stance of the statements quoting `words` (a lead-in "X rejected …" may be one too). */
const stances = (text: string, words = ''): (string | null)[][] =>
  extractStatements({ ...corpusContext(), text, date: '2025-12-03' })
    .statements.filter((s) => s.quote.includes(words))
    .map((s) => [s.speaker, s.stance]);

describe('a framing verb whose subject is the speaker and whose object is the plan', () => {
  it('EN: "dismissed the proposals" in the lead-in makes a neutral quote opposes', () => {
    const text =
      'Maria Zakharova dismissed the proposals on Tuesday. "We have read the text and will give our answer through the usual channels," Zakharova said.';
    expect(stances(text, 'usual channels')).toEqual([['Maria Zakharova', 'opposes']]);
  });

  it('EN: "welcomed the plan, saying …" in the same sentence makes it supports', () => {
    const text =
      'NATO chief Mark Rutte welcomed the plan on Monday, saying "we will go through every line of the text with the allies this week."';
    expect(stances(text)).toEqual([['Mark Rutte', 'supports']]);
  });

  it('EN: "threw his weight behind" the mediation, a pronoun subject', () => {
    const text =
      'Dmitry Peskov spoke on Friday. He threw his weight behind the Witkoff draft. "We will study the document with our colleagues over the weekend," Peskov said.';
    expect(stances(text)).toEqual([['Dmitry Peskov', 'supports']]);
  });

  it('EN: "accepted … on condition that" is conditional', () => {
    const text =
      'Yuri Ushakov accepted the Witkoff draft on condition that the territorial clause stays. "We have read the text and we will answer next week," Ushakov said.';
    expect(stances(text)).toEqual([['Yuri Ushakov', 'conditional']]);
  });

  it('EN: "described the draft as a capitulation": the label’s own stance', () => {
    const text =
      'Kaja Kallas described the Witkoff draft as a capitulation on Monday. "We will discuss the text with the ministers next week," Kallas said.';
    expect(stances(text, 'ministers')).toEqual([['Kaja Kallas', 'opposes']]);
  });

  it('RU: "раскритиковал европейские поправки: «…», — сказал он" is opposes', () => {
    const text =
      'Юрий Ушаков в субботу раскритиковал европейские поправки: «Мы получили этот текст в субботу и будем изучать его вместе с коллегами», — сказал он.';
    expect(stances(text)).toEqual([['Yuri Ushakov', 'opposes']]);
  });

  it('UK: "відкинув ідею … в рамках плану" in the lead-in is opposes', () => {
    const text =
      'Міністр закордонних справ Андрій Сибіга відкинув ідею обміну територіями в рамках плану. «Ми обговоримо цей документ з партнерами наступного тижня», — сказав Сибіга.';
    expect(stances(text, 'наступного')).toEqual([['Andrii Sybiha', 'opposes']]);
  });

  it('UK: "ініціативу … оцінив високо" (object before the subject) is supports', () => {
    const text =
      'Американську ініціативу Андрій Сибіга оцінив високо. «Ми обговоримо цей документ з партнерами наступного тижня», — сказав Сибіга.';
    expect(stances(text)).toEqual([['Andrii Sybiha', 'supports']]);
  });
});

describe('framing that is not the speaker’s verdict on the plan gives nothing', () => {
  it('the framing verb’s subject is another person', () => {
    const text =
      'Kaja Kallas rejected the plan on Monday. "We will wait for the official text of the plan before we comment," Dmitry Peskov said.';
    expect(stances(text, 'official text')).toEqual([['Dmitry Peskov', 'unclear']]);
  });

  it('the framing verb’s object is not the plan', () => {
    const text =
      'Dmitry Peskov dismissed the reports of a new strike on Kyiv. "We will wait for the official text of the plan before we comment," Peskov said.';
    expect(stances(text, 'official text')).toEqual([['Dmitry Peskov', 'unclear']]);
  });

  it('a negated framing verb: "did not reject" is no rejection', () => {
    const text =
      'Volodymyr Zelensky did not reject the plan outright. "We will work on the text with our partners this week," Zelensky said.';
    expect(stances(text)).toEqual([['Volodymyr Zelensky', 'unclear']]);
  });

  it('RU: "не отверг" is no rejection either', () => {
    const text =
      'Дмитрий Песков не отверг американский план. «Мы будем изучать этот текст вместе с коллегами», — сказал Песков.';
    expect(stances(text, 'изучать')).toEqual([['Dmitry Peskov', 'unclear']]);
  });

  it('a verdict on the prospects is no verdict on the plan', () => {
    const text =
      'Андрій Сибіга скептично оцінив можливість того, що Росія прийме план. «Ми обговоримо цей документ з партнерами наступного тижня», — сказав Сибіга.';
    expect(stances(text, 'наступного')).toEqual([['Andrii Sybiha', 'unclear']]);
  });

  it('a framing verb inside the reported words is someone else’s act', () => {
    const text =
      'Dmitry Peskov said on Friday that Kyiv and the Europeans had rejected the Witkoff draft.';
    expect(stances(text).every(([, stance]) => stance !== 'opposes')).toBe(true);
  });
});
