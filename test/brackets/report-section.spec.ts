import * as fs from 'node:fs';
import * as path from 'node:path';
import { curatedComparison, renderHtml, type Clause } from '../../src/engine';
import { renderMarkdown } from '../../src/engine/render/markdown';
import { BRACKET_ROW_ORDER, bracketRows } from '../../src/engine/render/brackets';

/** The reports' Brackets section, on the conventions fixture (d1 → d2) and on plain texts. */
const fixture = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../fixtures/brackets/conventions.json'), 'utf8'),
) as { versions: { slug: string; clauses: Clause[] }[] };
const [d1, d2] = fixture.versions as [
  { slug: string; clauses: Clause[] },
  { slug: string; clauses: Clause[] },
];
const side = (v: { slug: string; clauses: Clause[] }) => ({
  slug: v.slug,
  title: `Draft ${v.slug}`,
  clauses: v.clauses,
});

describe('Brackets section of the reports', () => {
  const { comparison } = curatedComparison(side(d1), side(d2), []);

  it('lists every decision once, settled ones before open ones and new ones last', () => {
    const rows = bracketRows(comparison);
    expect(rows).toHaveLength(
      comparison.brackets!.resolutions.length + comparison.brackets!.added.length,
    );
    const rank = rows.map((r) => BRACKET_ROW_ORDER.indexOf(r.kind));
    expect([...rank].sort((a, b) => a - b)).toEqual(rank);
    expect(rows[0]!.kind).not.toBe('open');
  });

  it('comes before the document in Markdown, with one table row per decision', () => {
    const md = renderMarkdown(comparison);
    expect(md.indexOf('## Brackets')).toBeGreaterThan(0);
    expect(md.indexOf('## Brackets')).toBeLessThan(md.indexOf('## Document'));
    const section = md.slice(md.indexOf('## Brackets'), md.indexOf('## Document'));
    const body = section.split('\n').filter((l) => /^\| (?!Clause|:)/u.test(l));
    expect(body).toHaveLength(bracketRows(comparison).length);
  });

  it('comes first in HTML, with its contents entry, escaped', () => {
    const html = renderHtml(comparison);
    expect(html).toContain('<a href="#brackets">Brackets</a>');
    expect(html.indexOf('id="brackets"')).toBeLessThan(html.indexOf('id="document"'));
    expect(html).not.toMatch(/<td>[^<]*[<>][^<]*<\/td>/u);
  });

  it('is absent for texts without brackets', () => {
    const plain = (slug: string) => ({
      slug,
      title: slug,
      clauses: [{ label: '1', text: 'The parties agree to a ceasefire.' }],
    });
    const { comparison: c } = curatedComparison(plain('a'), plain('b'), []);
    expect(c).not.toHaveProperty('brackets');
    expect(renderMarkdown(c)).not.toContain('## Brackets');
    expect(renderHtml(c)).not.toContain('id="brackets"');
  });
});
