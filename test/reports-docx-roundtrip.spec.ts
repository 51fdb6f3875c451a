import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { compareVersions, segment, type Comparison, type VersionText } from '../src/engine';
import { renderDocx } from '../src/reports/docx';
import { CLAUSE_STYLE } from '../src/reports/docx-xml';
import { readPairText, REAL_PAIRS } from './support/fixtures';
import { reviewParagraphs, revisionMarkup, type ReviewAction } from './support/word-revisions';

/**
 * What careful comparison tools prove about their Word output: accepting every tracked change
 * gives exactly the newer version, rejecting every change exactly the older one. The review is
 * done by test/support/word-revisions.ts with an XML parser, independently of the writer.
 */
const GENERATED = '2026-11-23T12:00:00.000Z';

async function documentXml(
  c: Comparison,
  versions?: { from: VersionText; to: VersionText },
): Promise<string> {
  const buf = await renderDocx(c, {
    context: { generatedAt: GENERATED },
    ...(versions !== undefined ? { versions } : {}),
  });
  return strFromU8(unzipSync(new Uint8Array(buf))['word/document.xml']!);
}

/** The clause paragraphs of the reviewed document, as `label.⇥text`. */
function reviewed(xml: string, action: ReviewAction): string[] {
  return reviewParagraphs(xml, action)
    .filter((p) => p.style === CLAUSE_STYLE)
    .map((p) => p.text);
}

const asText = (v: VersionText): string[] => v.clauses.map((c) => `${c.label}.\t${c.text}`);

function expectWellFormedMoves(xml: string): void {
  const markup = revisionMarkup(xml);
  expect(new Set(markup.ids).size).toBe(markup.ids.length);
  expect([...markup.authors].filter((a) => a !== 'plandiff')).toEqual([]);
  // Every move has both ends, under one name.
  expect([...new Set(markup.moveNames.from)].sort()).toEqual(
    [...new Set(markup.moveNames.to)].sort(),
  );
  expect(markup.rangesClosed).toBe(true);
}

describe('DOCX report: Accept All gives the newer text, Reject All the older one', () => {
  it.each(REAL_PAIRS.map((p) => [p.from, p.to] as const))('%s → %s', async (from, to) => {
    const a = segment(readPairText(from));
    const b = segment(readPairText(to));
    const c = compareVersions(a, b);
    const xml = await documentXml(c, { from: a, to: b });
    expect(reviewed(xml, 'accept')).toEqual(asText(b));
    expect(reviewed(xml, 'reject')).toEqual(asText(a));
    expectWellFormedMoves(xml);
    // Moved clauses are Word moves, one named move per moved clause, never delete + insert.
    const moved = c.changes.filter((x) => x.kind === 'moved').length;
    expect(revisionMarkup(xml).moveNames.to.length).toBeGreaterThanOrEqual(moved);
  });

  it('writes a moved clause as w:moveFrom where it stood and w:moveTo where it stands', async () => {
    const a: VersionText = {
      title: 'A',
      clauses: [
        { label: '1', text: 'The parties agree on a ceasefire along the line of contact.' },
        { label: '2', text: 'Elections shall be held within 100 days of signature.' },
        { label: '3', text: 'Frozen assets shall fund the reconstruction of Ukraine.' },
        { label: '4', text: 'NATO shall not deploy troops in Ukraine.' },
      ],
    };
    const b: VersionText = {
      title: 'B',
      clauses: [
        { label: '1', text: 'Elections shall be held within 200 days of signature.' },
        { label: '2', text: 'The parties agree on a ceasefire along the line of contact.' },
        { label: '3', text: 'Frozen assets shall fund the reconstruction of Ukraine.' },
        { label: '4', text: 'NATO shall not deploy troops in Ukraine.' },
      ],
    };
    const c = compareVersions(a, b);
    expect(c.changes.some((x) => x.kind === 'moved')).toBe(true);
    const xml = await documentXml(c, { from: a, to: b });
    expect(xml).toContain('<w:moveFromRangeStart');
    expect(xml).toContain('<w:moveToRangeStart');
    expect(xml).toMatch(
      /<w:moveFrom w:id="\d+" w:author="plandiff" w:date="2026-11-23T12:00:00.000Z">/,
    );
    expect(xml).toMatch(/<w:moveTo w:id="\d+" w:author="plandiff"/);
    expectWellFormedMoves(xml);
    expect(reviewed(xml, 'accept')).toEqual(asText(b));
    expect(reviewed(xml, 'reject')).toEqual(asText(a));
  });

  it('says who made the revisions in the file properties, not the library default', async () => {
    const c = compareVersions(
      { title: 'A', clauses: [{ label: '1', text: 'one two' }] },
      { title: 'B', clauses: [{ label: '1', text: 'one three' }] },
    );
    const files = unzipSync(new Uint8Array(await renderDocx(c, { author: 'Analyst X' })));
    const core = strFromU8(files['docProps/core.xml']!);
    expect(core).toContain('<dc:creator>Analyst X</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Analyst X</cp:lastModifiedBy>');
    expect(core).not.toContain('Un-named');
    const defaults = strFromU8(
      unzipSync(new Uint8Array(await renderDocx(c)))['docProps/core.xml']!,
    );
    expect(defaults).toContain('<cp:lastModifiedBy>plandiff</cp:lastModifiedBy>');
    expect([...revisionMarkup(strFromU8(files['word/document.xml']!)).authors]).toEqual([
      'Analyst X',
    ]);
  });
});

// Generated versions from a small vocabulary, so links, splits, merges and moves all occur; some
// clause texts hold line breaks, which must survive as line breaks inside their paragraph.
const WORDS = ['ukraine', 'russia', 'nato', 'troops', 'shall', 'not', '100', 'days', 'zone', '\n'];
const clauseText = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 })
  .map((w) => w.join(' '));
const versionOf = (texts: readonly string[], title: string): VersionText => ({
  title,
  clauses: texts.map((text, i) => ({ label: String(i + 1), text })),
});
const pair = fc
  .record({
    a: fc.array(clauseText, { maxLength: 10 }),
    keep: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    swaps: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    reword: fc.array(fc.tuple(fc.nat(), clauseText), { maxLength: 3 }),
    add: fc.array(fc.tuple(fc.nat(), clauseText), { maxLength: 3 }),
    split: fc.array(fc.nat(), { maxLength: 2 }),
  })
  .map(({ a, keep, swaps, reword, add, split }) => {
    let b = a.filter((_, i) => keep[i] !== false);
    for (const [x, y] of swaps) {
      if (b.length < 2) break;
      const i = x % b.length;
      const j = y % b.length;
      [b[i], b[j]] = [b[j]!, b[i]!];
    }
    for (const [i, text] of reword) {
      if (b.length > 0) b[i % b.length] = `${b[i % b.length]!} ${text}`;
    }
    for (const [i, text] of add) b.splice(i % (b.length + 1), 0, text);
    for (const i of split) {
      if (b.length === 0) break;
      const words = b[i % b.length]!.split(' ');
      const half = Math.ceil(words.length / 2);
      if (words.length > 1) {
        b.splice(i % b.length, 1, words.slice(0, half).join(' '), words.slice(half).join(' '));
      }
    }
    b = b.filter((t) => t.trim() !== '');
    return { a: versionOf(a, 'A'), b: versionOf(b, 'B') };
  });

describe('DOCX report round trip, generated versions', () => {
  it('Accept All = newer, Reject All = older, for any pair', async () => {
    await fc.assert(
      fc.asyncProperty(pair, async ({ a, b }) => {
        const c = compareVersions(a, b);
        const xml = await documentXml(c, { from: a, to: b });
        expect(reviewed(xml, 'accept')).toEqual(asText(b));
        expect(reviewed(xml, 'reject')).toEqual(asText(a));
        expectWellFormedMoves(xml);
      }),
      { numRuns: 150 },
    );
  });

  // Given only a comparison, the order of a clause that moved or was split apart is not known:
  // every clause still comes back from its side, whatever the order.
  it('without the versions, every newer clause on Accept All and every older one on Reject All', async () => {
    const noBreaks = pair.filter(
      ({ a, b }) => ![...a.clauses, ...b.clauses].some((x) => x.text.includes('\n')),
    );
    await fc.assert(
      fc.asyncProperty(noBreaks, async ({ a, b }) => {
        const c = compareVersions(a, b);
        const xml = await documentXml(c);
        expect(reviewed(xml, 'accept').sort()).toEqual(asText(b).sort());
        expect(reviewed(xml, 'reject').sort()).toEqual(asText(a).sort());
      }),
      { numRuns: 60 },
    );
  });
});
