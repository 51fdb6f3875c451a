import { foldText, isAscii, rawTokens } from './fold';
import { TokenTable } from './token-ids';

/** The scan must find exactly the regex's tokens, or every downstream score would move. */
describe('TokenTable', () => {
  const tokensOf = (table: TokenTable, folded: string): string[] =>
    [...table.tokenize(folded, isAscii(folded))].map((id) => table.strings[id]!);

  it('agrees with rawTokens on random ASCII text dense in numbers and separators', () => {
    const alphabet = "ab0123456789.., ,-'x9z";
    let seed = 7;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const table = new TokenTable();
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(tokensOf(table, text)).toEqual(rawTokens(text));
    }
  });

  it('agrees on real-looking text, ASCII and not, and gives one id per distinct token', () => {
    const table = new TokenTable();
    const texts = [
      'The Parties shall withdraw 600,000 troops within 100 days (1,234.5 km; 1.2345; 12,34).',
      'Стороны обязуются вывести 600 000 военнослужащих в течение 100 дней.',
      'Сторони зобов’язуються — 2026 р.; ceasefire, ceasefire.',
    ].map(foldText);
    for (const text of texts) expect(tokensOf(table, text)).toEqual(rawTokens(text));
    const ids = table.tokenize(texts[2]!, isAscii(texts[2]!));
    expect(ids[ids.length - 1]).toBe(ids[ids.length - 2]);
    expect(new Set(table.strings).size).toBe(table.size);
  });
});
