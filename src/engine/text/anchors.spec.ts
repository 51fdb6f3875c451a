import { anchorTerms, languageOf, nameSkeleton, nameTerms } from './anchors';
import { conceptsOf } from './concepts';
import { foldText, rawTokens } from './fold';

const anchors = (text: string): string[] => anchorTerms(text, rawTokens(foldText(text)));

describe('anchors that survive translation', () => {
  it('reads one language per document from its letters', () => {
    expect(languageOf(['The parties agree.'])).toBe('en');
    expect(languageOf(['Стороны договорились о прекращении огня.'])).toBe('ru');
    expect(languageOf(['Сторони погодилися на припинення вогню в Україні.'])).toBe('uk');
    expect(languageOf(['Мир.'])).toBe('cyrillic');
    expect(languageOf(['1. 2. 3.'])).toBe('other');
  });

  it('gives transliterated names one skeleton whatever the spelling and case ending', () => {
    for (const group of [
      ['Luhansk', 'Lugansk', 'Луганской', 'Луганської'],
      ['Zaporizhzhia', 'Zaporozhye', 'Запорожская', 'Запорізька'],
      ['Kherson', 'Херсон', 'Херсонській'],
      ['Donetsk', 'Донецкой', 'Донецької'],
    ]) {
      expect(new Set(group.map(nameSkeleton)).size).toBe(1);
    }
  });

  it('maps a ceasefire in every rendering to the same concepts', () => {
    const cease = (text: string): boolean =>
      rawTokens(foldText(text)).some((t) => conceptsOf(t).includes('~cease'));
    for (const text of [
      'ceasefire',
      'cease-fire',
      'truce',
      'прекращение огня',
      'режим тишины',
      'перемирие',
      'припинення вогню',
      'режим тиші',
    ]) {
      expect(cease(text)).toBe(true);
    }
    // The longest listed prefix wins: armed formations are not weapons.
    expect(conceptsOf('вооруженные')).toEqual(['~military']);
    expect(conceptsOf('вооружений')).toEqual(['~arms']);
    expect(conceptsOf('відповідно')).toEqual([]);
  });

  it('reads numbers with their scale words as one value', () => {
    expect(anchors('800 тисяч')).toContain('#800000');
    expect(anchors('800 тысяч')).toContain('#800000');
    expect(anchors('800,000')).toContain('#800000');
    expect(anchors('US$800 billion')).toContain('#800000000000');
    expect(anchors('800 мільярдів доларів')).toContain('#800000000000');
  });

  it('keeps sentence openers and lexicon words out of the names', () => {
    expect(anchors('The OSCE monitors Donetsk.').filter((t) => t.startsWith('%'))).toEqual([
      `%${nameSkeleton('Donetsk')}`,
    ]);
  });

  it('finds the same names in plain ASCII by scanning as the Unicode pattern does', () => {
    for (const text of [
      'Zaporizhzhia and Luhansk: the OSCE, Kyiv and Tochka-U in Donbas.',
      'aBcd Xy Abc1def A1bc Kherson_Donetsk MLRS Smerch.',
      'Article 5: Witkoff met Umerov in Geneva (Switzerland) and Miami.',
    ]) {
      // A trailing non-ASCII character sends the same words through the regex path.
      expect(nameTerms(text)).toEqual(nameTerms(`${text} \u2014`));
    }
  });
});
