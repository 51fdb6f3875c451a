import { decodeText } from '../../src/import';
import { isPageNumber, layoutPdfText } from '../../src/import/pdf-layout';
import type { PdfItem, PdfPage } from '../../src/import/pdf-layout';
import { encodeCp1251 } from './build';

/** A page from lines of text, 14 units apart from the top, each 6 units per character wide. */
function page(lines: readonly string[]): PdfPage {
  const items: PdfItem[] = lines.map((s, i) => ({
    s,
    x: 72,
    y: 780 - i * 14,
    w: s.length * 6,
    h: 10,
  }));
  return { width: 595, height: 842, items };
}

describe('PDF layout', () => {
  it('recognises bare page numbers but not point labels', () => {
    for (const n of [
      '7',
      '- 7 -',
      'Page 7 of 12',
      'page 7',
      'Стор. 7',
      'Стр. 7 из 12',
      'vii',
      '7 / 12',
    ]) {
      expect([n, isPageNumber(n)]).toEqual([n, true]);
    }
    for (const n of ['7.', '7)', '(7)', 'Article 7', '7. Elections', 'Vote']) {
      expect([n, isPageNumber(n)]).toEqual([n, false]);
    }
  });

  it('rejoins end-of-line hyphenation but keeps hyphens the text uses elsewhere', () => {
    const text = layoutPdfText([
      page([
        '1. A cease-',
        'fire and a long-',
        'term deal.',
        '2. The long-term view.',
        '3. Soft\u00ad',
        'hyphen.',
      ]),
    ]);
    expect(text).toBe(
      '1. A ceasefire and a long-term deal.\n2. The long-term view.\n3. Softhyphen.\n',
    );
  });

  it('keeps the hyphen before a capital or a digit', () => {
    expect(layoutPdfText([page(['1. Franco-', 'German talks.', '2. Pre-', '2022 borders.'])])).toBe(
      '1. Franco-German talks.\n2. Pre-2022 borders.\n',
    );
  });

  it('joins a wrapped year but not the next point, even after a full line', () => {
    const lines = [
      '1799. The parties meet on 10 November',
      '1800. Both sides sign on 3 May',
      '2025. Done.',
    ];
    expect(layoutPdfText([page(lines)])).toBe(
      '1799. The parties meet on 10 November\n1800. Both sides sign on 3 May 2025. Done.\n',
    );
  });

  it('drops a running header even when its page number changes', () => {
    const pages = [1, 2, 3].map((n) => page([`Draft ${n}/3`, `${n}. Point ${n}.`]));
    expect(layoutPdfText(pages)).toBe('1. Point 1.\n2. Point 2.\n3. Point 3.\n');
  });
});

describe('decodeText', () => {
  it('reads Ukrainian Windows-1251 (і ї є ґ)', () => {
    const text = '1. Україна гарантує свої інтереси; ґрунт і їжа є в нас.\n';
    expect(decodeText(encodeCp1251(text))).toEqual({ text, encoding: 'windows-1251' });
  });

  it('strips a UTF-8 BOM and normalises line ends', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\r\nb\rc\n')]);
    expect(decodeText(bytes)).toEqual({ text: 'a\nb\nc\n', encoding: 'utf-8' });
  });

  it('does not guess Windows-1251 from a few stray high bytes', () => {
    expect(() => decodeText(Buffer.from([0x31, 0x2e, 0x20, 0xe0, 0x0a]))).toThrow(/byte offset 3/);
  });

  it('refuses a UTF-16 file whose bytes break the encoding', () => {
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toThrow(/UTF-16LE/);
  });
});
