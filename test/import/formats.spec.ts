import { existsSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { LevelFormat } from 'docx';
import { importDocument } from '../../src/import';
import type { ImportResult } from '../../src/import';
import { DEJAVU, encodeCp1251, makeDocx, makePdf } from './build';

const labels = (r: ImportResult): string[] => r.version.clauses.map((c) => c.label);
const texts = (r: ImportResult): string[] => r.version.clauses.map((c) => c.text);

describe('DOCX (Word automatic numbering)', () => {
  it('writes out nested Word numbers that are not in the text', async () => {
    const bytes = await makeDocx([
      'Peace framework',
      { level: 0, text: 'Sovereignty is confirmed.' },
      { level: 0, text: 'Security guarantees:' },
      { level: 1, text: 'by the United States;' },
      { level: 1, text: 'by European states.' },
      { level: 0, text: 'Elections within 100 days.' },
    ]);
    const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
    expect(xml).toContain('<w:numPr>');
    expect(xml).not.toMatch(/>\s*1\.\s/); // the number lives in numbering.xml only
    const r = await importDocument(bytes, 'framework.docx');
    expect(r.format).toBe('docx');
    expect(r.version.title).toBe('Peace framework');
    expect(labels(r)).toEqual(['1', '2', '2a', '2b', '3']);
    expect(r.version.clauses[2]).toEqual({
      label: '2a',
      parent: '2',
      text: 'by the United States;',
    });
  });

  it('reads a third level as (i) and keeps counting across interrupting paragraphs', async () => {
    const bytes = await makeDocx([
      'Plan',
      { level: 0, text: 'First.' },
      { level: 1, text: 'Letter.' },
      { level: 2, text: 'Roman one.' },
      { level: 2, text: 'Roman two.' },
      'The guarantees follow.', // Word continues the list after this paragraph
      { level: 0, text: 'Second.' },
    ]);
    const r = await importDocument(bytes, 'plan.docx');
    expect(labels(r)).toEqual(['1', '1a', '1a.i', '1a.ii', '2']);
    expect(texts(r)[3]).toBe('Roman two. The guarantees follow.');
  });

  it('reads the start value and number formats from numbering.xml', async () => {
    // A draft that continues an earlier document: points 5-6, sub-points lettered from c.
    const bytes = await makeDocx(
      [
        'Continuation',
        { level: 0, text: 'Fifth point.' },
        { level: 1, text: 'Lettered c.' },
        { level: 1, text: 'Lettered d.' },
        { level: 0, text: 'Sixth point.' },
        { level: 1, text: 'Restarts at c under the new point.' },
      ],
      [
        { format: LevelFormat.DECIMAL, text: 'Point %1.', start: 5 },
        { format: LevelFormat.LOWER_LETTER, text: '(%2)', start: 3 },
      ],
    );
    const xml = new TextDecoder().decode(unzipSync(bytes)['word/numbering.xml']);
    expect(xml).toMatch(/<w:start w:val="5"\/>/);
    const r = await importDocument(bytes, 'continuation.docx');
    expect(labels(r)).toEqual(['5', '5c', '5d', '6', '6c']);
    expect(texts(r)[4]).toBe('Restarts at c under the new point.');
  });

  it('writes Roman top-level numbers as Word shows them', async () => {
    const bytes = await makeDocx(
      ['Parts', { level: 0, text: 'First part.' }, { level: 0, text: 'Second part.' }],
      [{ format: LevelFormat.UPPER_ROMAN, text: '%1.' }],
    );
    const r = await importDocument(bytes, 'parts.docx');
    expect(r.text).toContain('II. Second part.');
    expect(r.version.clauses).toHaveLength(2);
  });

  it('reads a Ukrainian document', async () => {
    const bytes = await makeDocx([
      'Рамкова угода про мир',
      { level: 0, text: 'Суверенітет України підтверджується.' },
      { level: 0, text: 'Гарантії безпеки надають:' },
      { level: 1, text: 'Сполучені Штати;' },
      { level: 0, text: 'Вибори відбудуться якнайшвидше.' },
    ]);
    const r = await importDocument(bytes, 'угода.docx');
    expect(r.version.title).toBe('Рамкова угода про мир');
    expect(labels(r)).toEqual(['1', '2', '2a', '3']);
    expect(texts(r)[3]).toBe('Вибори відбудуться якнайшвидше.');
  });

  it('reads numbers typed into the text as well', async () => {
    const bytes = await makeDocx(['Plan', '1. Typed one.', 'a) Typed sub.', '2. Typed two.']);
    expect(labels(await importDocument(bytes, 'typed.docx'))).toEqual(['1', '1a', '2']);
  });
});

describe('PDF', () => {
  it('drops running headers, footers and page numbers; joins wraps; undoes hyphenation', async () => {
    const bytes = await makePdf({
      header: 'DRAFT — NOT FOR DISTRIBUTION',
      footer: 'Confidential · page # of 3',
      pageNumbers: true,
      pages: [
        [
          '28-point peace plan',
          '1. The parties commit to the nego-',
          'tiation of a long-term settlement.',
          '2. A ceasefire takes effect on 10 November',
          '2025. Both sides withdraw.',
        ],
        ['3. Long-term guarantees are given by the United States and European', 'states.'],
        [
          '4. Elections are held within 100 days.',
          'a) observers are invited;',
          '(i) from the OSCE.',
        ],
      ],
    });
    const r = await importDocument(bytes, 'plan.pdf');
    expect(r.format).toBe('pdf');
    expect(r.version.title).toBe('28-point peace plan');
    expect(labels(r)).toEqual(['1', '2', '3', '4', '4a', '4a.i']);
    expect(texts(r)[0]).toBe('The parties commit to the negotiation of a long-term settlement.');
    expect(texts(r)[1]).toBe('A ceasefire takes effect on 10 November 2025. Both sides withdraw.');
    expect(r.text).not.toMatch(/DRAFT|Confidential|^\d+$/mu);
  });

  it('keeps a line that appears on one page only', async () => {
    const bytes = await makePdf({
      pages: [['Plan', '1. One.'], ['2. Two.'], ['3. Three.', 'Annex follows']],
    });
    const r = await importDocument(bytes, 'plan.pdf');
    expect(labels(r)).toEqual(['1', '2', '3']);
    expect(texts(r)[2]).toBe('Three. Annex follows');
  });

  it('reads Cyrillic text (embedded DejaVu Sans)', async () => {
    if (!existsSync(DEJAVU)) {
      throw new Error(`${DEJAVU} is missing: apt-get install -y fonts-dejavu-core`);
    }
    const bytes = await makePdf({
      unicode: true,
      header: 'ПРОЕКТ',
      pageNumbers: true,
      pages: [
        ['Мирный план', '1. Украина подтверждает свой нейтральный', 'статус.'],
        ['2. Выборы проводятся в течение 100 дней.', 'а) наблюдатели ОБСЕ;'],
      ],
    });
    const r = await importDocument(bytes, 'план.pdf');
    expect(r.version.title).toBe('Мирный план');
    expect(labels(r)).toEqual(['1', '2', '2а']);
    expect(texts(r)[0]).toBe('Украина подтверждает свой нейтральный статус.');
  });
});

describe('HTML', () => {
  it('numbers <ol> items per level, honours start/type, drops script and style', async () => {
    const html = `<!DOCTYPE html><html><head><title>Leaked draft</title>
      <style>li { color: red }</style><script>var x = "1. not a point";</script></head>
      <body><h2>Part one</h2>
      <ol start="5"><li>Ukraine &amp; Russia agree.</li>
        <li>Guarantees:<ol><li>by the US;</li><li>by Europe.</li></ol></li></ol>
      <p>Interlude.</p>
      <ol type="I"><li>Roman point.</li></ol>
      <ul><li>bullet stays text</li></ul>
      </body></html>`;
    const r = await importDocument(Buffer.from(html), 'draft.html');
    expect(r.version.title).toBe('Leaked draft');
    expect(labels(r)).toEqual(['5', '6', '6a', '6b', 'I']);
    expect(texts(r)[0]).toBe('Ukraine & Russia agree.');
    // Unnumbered paragraphs and bullets continue the point above, as in plain text.
    expect(texts(r).slice(3)).toEqual(['by Europe. Interlude.', 'Roman point. bullet stays text']);
    expect(r.text).not.toContain('not a point');
    expect(r.text).not.toContain('color');
  });
});

describe('JSON (plandiff.version/v1)', () => {
  it('takes the clauses as they are', async () => {
    const json = {
      schema: 'plandiff.version/v1',
      slug: 'v2',
      title: 'Draft 2',
      date: '2025-11-23',
      clauses: [
        { label: '1', text: 'One.' },
        { label: '1a', text: 'One a.', parent: '1' },
        { label: 'r1', text: 'Reported, unnumbered.' },
      ],
    };
    const r = await importDocument(Buffer.from(JSON.stringify(json)), 'v2.json');
    expect(r.format).toBe('json');
    expect(r.version).toEqual({ title: 'Draft 2', clauses: json.clauses });
  });

  it('refuses a document that does not match the schema, saying where', async () => {
    const bad = { schema: 'plandiff.version/v1', title: 'x', clauses: [{ label: '1' }] };
    await expect(importDocument(Buffer.from(JSON.stringify(bad)), 'v.json')).rejects.toMatchObject({
      code: 'invalid-json',
      message: expect.stringContaining('/clauses/0'),
    });
    await expect(importDocument(Buffer.from('{"schema":'), 'v.json')).rejects.toMatchObject({
      code: 'invalid-json',
    });
  });
});

describe('text encodings', () => {
  const plan = 'План\n1. Украина — суверенное государство.\n2. Выборы через 100 дней.\n';

  it.each([
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plan)])],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan, 'utf16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(plan, 'utf16le').swap16()])],
    ['windows-1251', Buffer.from(encodeCp1251(plan))],
  ])('reads %s', async (encoding, bytes) => {
    const r = await importDocument(bytes, 'plan.txt');
    expect(r.encoding).toBe(encoding);
    expect(r.version.title).toBe('План');
    expect(texts(r)).toEqual(['Украина — суверенное государство.', 'Выборы через 100 дней.']);
  });
});
