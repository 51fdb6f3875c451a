import { ImportError } from '../../src/import';
import { htmlToText, withoutComments } from '../../src/import/html';
import { layoutPdfText } from '../../src/import/pdf-layout';
import { scanXml } from '../../src/import/xml-scan';
import { IMPORT_LIMITS } from '../../src/config/limits';

/**
 * The hostile shapes from issue #23, at full size: each is read or refused by a code path that
 * visits its input a bounded number of times (the e2e suite times them; unit tests do not).
 */
const code = (f: () => unknown): string | undefined => {
  try {
    f();
    return undefined;
  } catch (err) {
    return err instanceof ImportError ? err.code : String(err);
  }
};

describe('xml scanner', () => {
  it('reports elements, attributes and their parents, skipping comments and CDATA', () => {
    const seen: string[] = [];
    scanXml('<?xml version="1.0"?><a x="1"><!-- <b> --><b y=\'2\' z="a>b"/><![CDATA[<c>]]></a>', {
      open: (name, attrs, path) =>
        seen.push(`${path.join('/')}>${name}${JSON.stringify([...attrs])}`),
      close: (name) => seen.push(`/${name}`),
    });
    expect(seen).toEqual(['>a[["x","1"]]', 'a>b[["y","2"],["z","a>b"]]', '/b', '/a']);
  });

  it('refuses nesting past the limit, and reads damage leniently', () => {
    const none = { open: () => undefined, close: () => undefined };
    expect(code(() => scanXml('<w:p >'.repeat(200_000), none))).toBe('too-deep');
    expect(code(() => scanXml('<a>'.repeat(IMPORT_LIMITS.maxNestingDepth), none))).toBeUndefined();
    expect(code(() => scanXml(`<a b="${'1'.repeat(500_000)}`, none))).toBeUndefined();
    expect(code(() => scanXml('</x></y><a></b></a>', none))).toBeUndefined();
  });
});

describe('html', () => {
  it('strips comments and bogus comments as a browser does', () => {
    expect(withoutComments('a<!-- x -->b<!DOCTYPE html>c<?xml?>d<![CDATA[e]]>f')).toBe('abcdf');
    expect(withoutComments(`<p>1. One.</p>${'<!--'.repeat(50_000)}`)).toBe('<p>1. One.</p>');
  });

  it('refuses unclosed tags nested past the limit, keeps shallow unclosed ones', () => {
    expect(code(() => htmlToText('<b>x'.repeat(70_000)))).toBe('too-deep');
    expect(code(() => htmlToText('<ol><li>x'.repeat(70_000)))).toBe('too-deep');
    expect(htmlToText('<p>1. One<p>2. Two<div><b>open').text).toBe('1. One\n2. Two\nopen\n');
  });
});

describe('pdf layout', () => {
  const line = (runs: number) => [
    {
      width: 600,
      height: 800,
      items: Array.from({ length: runs }, (_, i) => ({
        s: 'a',
        x: i * 0.01,
        y: 100,
        w: 0.01,
        h: 10,
      })),
    },
  ];

  it('joins many runs of one line, and refuses more than the limit', () => {
    expect(layoutPdfText(line(10_000))).toBe(`${'a'.repeat(10_000)}\n`);
    expect(code(() => layoutPdfText(line(IMPORT_LIMITS.maxRunsPerLine + 1)))).toBe('too-complex');
  });

  it('joins a paragraph wrapped over many lines into one line', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({
      s: i === 0 ? '1. word' : 'word',
      x: 0,
      y: 100_000 - i * 12,
      w: 600,
      h: 10,
    }));
    const text = layoutPdfText([{ width: 600, height: 800, items }]);
    expect(text.split('\n')).toHaveLength(2);
    expect(text.startsWith('1. word word')).toBe(true);
  });
});
