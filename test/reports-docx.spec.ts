import { strFromU8, unzipSync } from 'fflate';
import { compareTexts } from '../src/engine';
import { renderDocx } from '../src/reports/docx';
import { readPairText } from './support/fixtures';
import { reviewParagraphs } from './support/word-revisions';
import { NOTE_STYLE } from '../src/reports/docx-xml';

function documentXml(buf: Buffer): string {
  const files = unzipSync(new Uint8Array(buf));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(['word/document.xml', '[Content_Types].xml']),
  );
  return strFromU8(files['word/document.xml']!);
}

describe('DOCX report with tracked changes', () => {
  const comparison = compareTexts(readPairText('v28'), readPairText('veu'));

  it('writes redlines as Word revisions with author and date, so Accept/Reject works', async () => {
    const xml = documentXml(
      await renderDocx(comparison, { context: { generatedAt: '2026-11-23T12:00:00.000Z' } }),
    );
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="plandiff" w:date="2026-11-23T12:00:00.000Z">/);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="plandiff" w:date="2026-11-23T12:00:00.000Z">/);
    // The army cap: 600,000 deleted, 800,000 inserted (point 6).
    expect(xml).toMatch(/<w:delText[^>]*>[^<]*600,000[^<]*<\/w:delText>/);
    expect(xml).toMatch(/<w:ins [^>]*>(?:(?!<\/w:ins>).)*800,000/s);
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the changes as a table, a summary table, provenance and sources as footnotes', async () => {
    const buf = await renderDocx(comparison, {
      context: {
        generatedAt: '2026-11-23T12:00:00.000Z',
        sources: [{ url: 'https://example.org/source', outlet: 'Reuters' }],
      },
    });
    const xml = documentXml(buf);
    // The changes, one by one, are a table row each: number, clauses, kind, similarity, flags.
    expect(xml).toContain('<w:tbl>');
    expect(xml).toMatch(/6 → 6<\/w:t>(?:(?!<\/w:tr>).)*reworded<\/w:t>/s);
    expect(xml).toContain('Provenance');
    const notes = strFromU8(unzipSync(new Uint8Array(buf))['word/footnotes.xml']!);
    expect(notes).toContain('https://example.org/source');
  });

  it('never shows an unreported clause as removed: a note, not a revision', async () => {
    const removed = compareTexts('1. One.\n2. Two.\n3. Three.', '1. One.\n2. Two.');
    const c = {
      ...removed,
      changes: removed.changes.map((x) =>
        x.kind === 'removed' ? { ...x, kind: 'unreported' as const } : x,
      ),
    };
    const xml = documentXml(await renderDocx(c));
    expect(xml).toContain('its fate is unknown');
    expect(xml).not.toContain('<w:del ');
    for (const action of ['accept', 'reject'] as const) {
      const notes = reviewParagraphs(xml, action).filter((p) => p.style === NOTE_STYLE);
      expect(notes.map((p) => p.text)).toEqual([
        '3.\tThree. (not mentioned in the newer version: its fate is unknown)',
      ]);
    }
  });

  it('keeps hostile clause text as text', async () => {
    const hostile = compareTexts(
      '1. Peace <script>alert(1)</script> & "quotes"',
      '1. War <script>alert(2)</script> & "quotes"',
    );
    const xml = documentXml(await renderDocx(hostile));
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
  });
});
