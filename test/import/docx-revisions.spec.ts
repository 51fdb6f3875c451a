import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { mainAsync } from '../../src/cli/main';
import { strToU8, zipSync } from 'fflate';
import { compareVersions, segment } from '../../src/engine';
import { importDocument } from '../../src/import';
import { resolveRevisions } from '../../src/import/docx-revisions';
import { readTracked } from '../../src/import/docx-tracked';
import { renderDocx } from '../../src/reports/docx';
import { readPairText } from '../support/fixtures';
import { ALICE, BOB, makeTrackedDocx as negotiatedDraft } from './build';
import { reviewParagraphs } from '../support/word-revisions';

/** A minimal package around a hand-written body, for markup the docx library cannot write. */
function rawDocx(body: string): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

const r = (text: string): string => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const dr = (text: string): string =>
  `<w:r><w:delText xml:space="preserve">${text}</w:delText></w:r>`;
const rev = (tag: string, who: typeof ALICE, inner: string, id: number): string =>
  `<w:${tag} w:id="${id}" w:author="${who.author}" w:date="${who.date}">${inner}</w:${tag}>`;

describe('Word files with tracked changes', () => {
  it('imports the accepted text by default and says revisions were present', async () => {
    const result = await importDocument(await negotiatedDraft(), 'draft.docx');
    expect(result.version.clauses.map((c) => [c.label, c.text])).toEqual([
      ['1', 'The parties agree to a ceasefire along the line of contact.'],
      ['2', 'Elections shall be held within 200 days.'],
      ['3', 'Frozen assets shall fund reconstruction.'],
      ['5', 'NATO shall not deploy troops in Ukraine.'],
    ]);
    expect(result.revisions?.imported).toBe('accepted');
    expect(result.revisions?.authors).toEqual(['Alice (UA)', 'Bob (US)']);
    expect(result.warnings.join('\n')).toMatch(/tracked changes by Alice \(UA\), Bob \(US\)/);
    expect(result.original).toBeUndefined();
  });

  it('imports the original text on request', async () => {
    const result = await importDocument(await negotiatedDraft(), 'draft.docx', {
      revisions: 'original',
    });
    expect(result.version.clauses.map((c) => [c.label, c.text])).toEqual([
      ['1', 'The parties agree on a ceasefire along the line of contact.'],
      ['2', 'Elections shall be held within 100 days.'],
      ['4', 'Sanctions stay in force.'],
      ['5', 'NATO shall not deploy troops in Ukraine.'],
    ]);
    expect(result.revisions?.imported).toBe('original');
  });

  it('offers both as two versions, and keeps who changed what in which clause', async () => {
    const result = await importDocument(await negotiatedDraft(), 'draft.docx', {
      revisions: 'both',
    });
    expect(result.version.clauses.map((c) => c.label)).toEqual(['1', '2', '3', '5']);
    expect(result.original?.version.clauses.map((c) => c.label)).toEqual(['1', '2', '4', '5']);
    const changes = result.revisions!.changes.map((c) => [
      c.kind,
      c.author,
      c.date,
      c.text,
      c.clause,
      c.version,
    ]);
    expect(changes).toEqual([
      ['deletion', 'Alice (UA)', ALICE.date, 'on', '1', 'original'],
      ['insertion', 'Alice (UA)', ALICE.date, 'to', '1', 'accepted'],
      ['deletion', 'Bob (US)', BOB.date, '100', '2', 'original'],
      ['insertion', 'Bob (US)', BOB.date, '200', '2', 'accepted'],
      [
        'insertion',
        'Bob (US)',
        BOB.date,
        '3. Frozen assets shall fund reconstruction.',
        '3',
        'accepted',
      ],
      ['deletion', 'Alice (UA)', ALICE.date, '4. Sanctions stay in force.', '4', 'original'],
    ]);
  });

  it('reads moves, joined paragraphs and entities', async () => {
    const body = [
      `<w:p>${r('Draft')}</w:p>`,
      `<w:p><w:moveFromRangeStart w:id="1" w:author="Bob (US)" w:date="${BOB.date}" w:name="m1"/>${rev('moveFrom', BOB, r('1. Elections within 100 days.'), 2)}<w:moveFromRangeEnd w:id="1"/></w:p>`,
      `<w:p>${r('2. Ceasefire &amp; monitoring')}${rev('ins', ALICE, r(' by the OSCE'), 3)}${r('.')}</w:p>`,
      // Alice merged point 3 into point 2's successor: her deleted paragraph mark joins them.
      `<w:p><w:pPr><w:rPr>${rev('del', ALICE, '', 4)}</w:rPr></w:pPr>${r('3. Prisoners are exchanged ')}</w:p>`,
      `<w:p>${rev('del', ALICE, dr('4. '), 5)}${r('all for all.')}</w:p>`,
      `<w:p><w:moveToRangeStart w:id="6" w:author="Bob (US)" w:date="${BOB.date}" w:name="m1"/>${rev('moveTo', BOB, r('5. Elections within 100 days.'), 7)}<w:moveToRangeEnd w:id="6"/></w:p>`,
    ].join('');
    const accepted = await importDocument(rawDocx(body), 'moves.docx');
    expect(accepted.version.clauses.map((c) => [c.label, c.text])).toEqual([
      ['2', 'Ceasefire & monitoring by the OSCE.'],
      ['3', 'Prisoners are exchanged all for all.'],
      ['5', 'Elections within 100 days.'],
    ]);
    const original = await importDocument(rawDocx(body), 'moves.docx', { revisions: 'original' });
    expect(original.version.clauses.map((c) => [c.label, c.text])).toEqual([
      ['1', 'Elections within 100 days.'],
      ['2', 'Ceasefire & monitoring.'],
      ['3', 'Prisoners are exchanged'],
      ['4', 'all for all.'],
    ]);
    const kinds = accepted.revisions!.changes.map((c) => [c.kind, c.author, c.clause]);
    expect(kinds).toEqual([
      ['move-from', 'Bob (US)', '1'],
      ['insertion', 'Alice (UA)', '2'],
      ['deletion', 'Alice (UA)', '4'],
      ['move-to', 'Bob (US)', '5'],
    ]);
  });

  it('re-imports the plandiff Word report: accepted = the newer version, original = the older', async () => {
    const a = segment(readPairText('v28'));
    const b = segment(readPairText('v20'));
    const report = await renderDocx(compareVersions(a, b), {
      versions: { from: a, to: b },
      context: { generatedAt: '2026-11-23T12:00:00.000Z' },
    });
    const both = await importDocument(new Uint8Array(report), 'report.docx', { revisions: 'both' });
    const pairs = (v: { clauses: readonly { label: string; text: string }[] }) =>
      v.clauses.map((c) => [c.label, c.text]);
    // The report goes on after the text (summary, tables): that prose continues the last clause
    // when read back, so the last clause is compared by its start.
    const check = (got: string[][], want: string[][]): void => {
      expect(got.slice(0, want.length - 1)).toEqual(want.slice(0, -1));
      expect(got[want.length - 1]![1]!.startsWith(want[want.length - 1]![1]!)).toBe(true);
    };
    check(pairs(both.version), pairs(b));
    check(pairs(both.original!.version), pairs(a));
    expect(both.revisions!.authors).toEqual(['plandiff']);
  });

  it('the CLI previews both texts and who changed what (import --dry-run --revisions both)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plandiff-tracked-'));
    try {
      const file = join(dir, 'returned.docx');
      writeFileSync(file, await negotiatedDraft());
      let out = '';
      const io = { stdout: (t: string) => void (out += t), stderr: () => undefined };
      const argv = ['node', 'plandiff', 'import', file, '--dry-run', '--revisions', 'both'];
      expect(await mainAsync(argv, io)).toBe(0);
      expect(out).toContain('before the tracked changes: 4 clauses');
      expect(out).toContain('insertion by Bob (US) 2026-03-02, clause 2: 200');
      expect(out).toContain('deletion by Alice (UA) 2026-03-01, clause 1 (original): on');
      expect(out).toMatch(/warning: docx: \d+ tracked changes by Alice \(UA\), Bob \(US\)/);
      const bad = ['node', 'plandiff', 'import', file, '--dry-run', '--revisions', 'some'];
      expect(await mainAsync(bad, { stdout: () => undefined, stderr: () => undefined })).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a file without tracked changes has no revisions', async () => {
    const result = await importDocument(rawDocx(`<w:p>${r('1. One.')}</w:p>`), 'plain.docx');
    expect(result.revisions).toBeUndefined();
  });
});

// Random paragraphs of runs under random revisions, written as Word would: the resolver's output
// (no revisions left) must read as the independent reviewer reads the original.
const runKind = fc.constantFrom('plain', 'ins', 'del', 'moveFrom', 'moveTo');
const word = fc.constantFrom('peace', 'war', 'x', 'a&b', '<q>', 'мир');
const paragraph = fc.record({
  mark: fc.constantFrom('plain', 'plain', 'ins', 'del', 'moveFrom', 'moveTo'),
  style: fc.constantFrom('A', 'B'),
  runs: fc.array(fc.tuple(runKind, word), { maxLength: 5 }),
});
const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function bodyOf(
  paras: readonly { mark: string; style: string; runs: [string, string][] }[],
): string {
  let id = 0;
  return paras
    .map((p) => {
      const mark = p.mark === 'plain' ? '' : `<w:rPr>${rev(p.mark, ALICE, '', ++id)}</w:rPr>`;
      const runs = p.runs
        .map(([kind, w]) =>
          kind === 'plain'
            ? r(esc(w))
            : rev(kind, BOB, kind === 'del' ? dr(esc(w)) : r(esc(w)), ++id),
        )
        .join('');
      return `<w:p><w:pPr><w:pStyle w:val="${p.style}"/>${mark}</w:pPr>${runs}</w:p>`;
    })
    .join('');
}

describe('resolveRevisions agrees with an XML-parser review', () => {
  const doc = (body: string): string =>
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;

  it('accept and reject, any paragraphs and marks', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 8 }), (paras) => {
        const xml = doc(bodyOf(paras));
        for (const [view, action] of [
          ['accepted', 'accept'],
          ['original', 'reject'],
        ] as const) {
          const resolved = resolveRevisions(xml, view);
          expect(resolved).not.toMatch(/<w:(?:ins|del|moveFrom|moveTo|delText)\b/);
          expect(reviewParagraphs(resolved, action)).toEqual(reviewParagraphs(xml, action));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear: 100,000 joined paragraphs', () => {
    const joined = doc(
      `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="x" w:date="d"/></w:rPr></w:pPr>${r('a')}</w:p>`.repeat(
        100_000,
      ) + `<w:p>${r('end')}</w:p>`,
    );
    const resolved = resolveRevisions(joined, 'accepted');
    expect(reviewParagraphs(resolved, 'accept')).toEqual([
      { style: undefined, text: `${'a'.repeat(100_000)}end` },
    ]);
  });

  it('stays linear: 100,000 unclosed insertions', () => {
    const unclosed = doc(`<w:p>${'<w:ins w:id="1" w:author="x">'.repeat(100_000)}${r('t')}`);
    expect(resolveRevisions(unclosed, 'original')).not.toContain('t</w:t>');
    expect(readTracked(unclosed).count).toBe(100_000);
  });
});
