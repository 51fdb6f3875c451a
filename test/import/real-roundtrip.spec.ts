/**
 * The real corpus texts (fixtures/pairs) laid out as the documents drafts really arrive in —
 * a Word file with automatic numbering, a printed PDF with running headers, page numbers,
 * wrapped lines and end-of-line hyphenation — must import to exactly the clauses the plain
 * text segments to. Synthetic one-liners are easy; these are 25–45 long, punctuated points.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../../src/engine';
import type { Clause } from '../../src/engine';
import { importDocument } from '../../src/import';
import { makeDocx, makePdf } from './build';
import type { DocxPara } from './build';

const PAIRS = join(__dirname, '..', '..', 'fixtures', 'pairs', 'ukraine-2025');
const VERSIONS = ['v28', 'veu', 'v20'] as const;

/** Characters per printed line, and lines per page, for an A4 page at 11 pt. */
const LINE_CHARS = 70;
const PAGE_LINES = 42;

const plain = (c: Clause) => ({ label: c.label, parent: c.parent ?? null, text: c.text });

function expected(slug: string): { title: string; clauses: ReturnType<typeof plain>[] } {
  const v = segment(readFileSync(join(PAIRS, `${slug}.txt`), 'utf8'));
  return { title: v.title, clauses: v.clauses.map(plain) };
}

/**
 * Word numbers points 1, 2, 3… and sub-points a, b, c… by itself. A draft whose numbering has
 * gaps (the European counter-proposal skips the points it dropped) cannot be auto-numbered, so
 * there the numbers are typed into the paragraphs, as its authors would have had to.
 */
function docxParas(slug: string): { paras: DocxPara[]; auto: boolean } {
  const { title, clauses } = expected(slug);
  let top = 0;
  let sub = 0;
  const auto = clauses.every((c) => {
    if (c.parent === null) {
      sub = 0;
      return c.label === String(++top);
    }
    return c.label === `${c.parent}${String.fromCharCode(97 + sub++)}`;
  });
  const typed = (c: (typeof clauses)[number]) =>
    c.parent === null ? `${c.label}. ${c.text}` : `${c.label.slice(c.parent.length)}) ${c.text}`;
  return {
    auto,
    paras: [
      title,
      ...clauses.map((c) => (auto ? { level: c.parent === null ? 0 : 1, text: c.text } : typed(c))),
    ],
  };
}

/**
 * Prints the text as a typesetter would: the label starts the point's first line, long points
 * wrap at word boundaries, and every third wrap hyphenates a long lowercase word across the
 * line end (the importer must rejoin it without leaving the hyphen).
 */
function printedLines(slug: string): string[] {
  const { title, clauses } = expected(slug);
  const lines = [title];
  let wraps = 0;
  for (const c of clauses) {
    const label = c.parent === null ? `${c.label}.` : `${c.label.slice(c.parent.length)})`;
    let line = label;
    for (const word of c.text.split(' ')) {
      if (line.length + 1 + word.length <= LINE_CHARS) {
        line += ` ${word}`;
        continue;
      }
      wraps++;
      const room = LINE_CHARS - line.length - 2;
      if (wraps % 3 === 0 && /^[a-z]{9,}$/.test(word) && room >= 4) {
        const cut = Math.min(room, word.length - 4);
        lines.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
      } else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

function pages(lines: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < lines.length; i += PAGE_LINES) out.push(lines.slice(i, i + PAGE_LINES));
  return out;
}

describe.each(VERSIONS)('the real %s text, imported from a document', (slug) => {
  const want = expected(slug);

  it('from Word (automatic numbering where it can be): the same clauses, labels and parents', async () => {
    const { paras, auto } = docxParas(slug);
    expect(auto).toBe(slug !== 'veu');
    const r = await importDocument(await makeDocx(paras), `${slug}.docx`);
    expect(r.version.title).toBe(want.title);
    expect(r.version.clauses.map(plain)).toEqual(want.clauses);
  });

  it('from a printed PDF (header, footer, page numbers, wraps, hyphenation): the same clauses', async () => {
    const lines = printedLines(slug);
    expect(lines.some((l) => /[a-z]-$/.test(l))).toBe(true); // the hyphenation case is exercised
    const pdf = await makePdf({
      pages: pages(lines),
      header: 'DRAFT — NOT FOR DISTRIBUTION',
      footer: 'Page # — confidential',
      pageNumbers: true,
      unicode: true,
    });
    const r = await importDocument(pdf, `${slug}.pdf`);
    expect(r.version.clauses.map(plain)).toEqual(want.clauses);
  });
});
