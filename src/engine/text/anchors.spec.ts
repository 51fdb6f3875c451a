import { anchorTerms, languageOf, nameSkeleton } from './anchors';
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
});
