import fc from 'fast-check';
import type { DiffRun } from '../types';
import {
  TROOPS_DIFF,
  makeChange,
  makeComparison,
  sampleComparison,
} from '../../../test/factories/comparison';
import { normaliseRuns } from './common';
import { esc, renderHtml, renderHtmlRedline } from './html';

function unescapeHtml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderHtml', () => {
  const html = renderHtml(sampleComparison(), { sourceLabel: { from: 'v1.txt', to: 'v2.txt' } });

  it('is a standalone HTML5 page', () => {
    expect(
      html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">'),
    ).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<title>Peace Plan (draft 1) → Peace Plan (draft 2) · plandiff</title>');
    expect(html).toMatch(/<style>[\s\S]*@media print \{[\s\S]*<\/style>/);
    // No external assets or scripts of any kind.
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=|https?:/i);
  });

  it('has a summary table with scoped headers for all nine kinds', () => {
    expect(html).toContain(
      '<thead><tr><th scope="col">Kind</th><th scope="col">Count</th></tr></thead>',
    );
    expect(html).toContain(
      '<tr><th scope="row"><span class="badge kind-reworded">reworded</span></th><td class="num">1</td></tr>',
    );
    expect(html.match(/<tr><th scope="row"><span class="badge kind-/g)).toHaveLength(9);
    expect(html).toContain(
      '<tfoot><tr><th scope="row">total</th><td class="num">9</td></tr></tfoot>',
    );
  });

  it('lists topics by count, then name', () => {
    const topics = html.slice(html.indexOf('<h2 id="topics">'), html.indexOf('<h2 id="changes">'));
    const rows = [
      ...topics.matchAll(/<tr><th scope="row">([a-z]+)<\/th><td class="num">(\d+)<\/td>/g),
    ];
    expect(rows.map((m) => `${m[1]}:${m[2]}`)).toEqual([
      'military:2',
      'sanctions:2',
      'elections:1',
      'humanitarian:1',
      'monitoring:1',
      'security:1',
      'troops:1',
    ]);
  });

  it('prints the newer text once, every clause in place, the changes marked and noted', () => {
    const doc = html.slice(html.indexOf('<h2 id="document">'), html.indexOf('<h2 id="summary">'));
    expect(doc).toContain(
      '<p class="clause changed rule-reworded" id="change-1"><span class="label">4</span>' +
        '<span class="text redline">The armed forces will be limited to <del>600,000</del><ins>800,000</ins> personnel.</span>' +
        '<span class="note"><span class="badge kind-reworded">reworded</span> was 6 · number-changed</span></p>',
    );
    // Unchanged clauses are shown, in a run the reader can fold (open by default, and in print).
    expect(doc).toContain(
      '<details class="unchanged-run" open><summary>2 unchanged clauses (1–2)</summary>\n' +
        '<p class="clause"><span class="label">1</span><span class="text redline">The parties agree to a ceasefire.</span></p>',
    );
    expect(doc.match(/<p class="clause/g)).toHaveLength(9);
    expect(doc).toContain('<span class="label">old 9</span>');
    expect(doc).toContain('<span class="label">8</span><span class="text redline"><ins>');
    // Each redline is printed once in the whole report: no second copy in a table.
    expect(html.split('<del>600,000</del>')).toHaveLength(2);
    expect(html).not.toContain('side-by-side');
  });

  it('lists the changes in one table linked to their place in the text', () => {
    const table = html.slice(
      html.indexOf('<h2 id="changes">'),
      html.indexOf('</table>', html.indexOf('<h2 id="changes">')),
    );
    expect(table).toContain(
      '<tr><td><a href="#change-1">6 → 4</a></td><td><span class="badge kind-reworded">reworded</span></td>' +
        '<td class="num">0.82</td><td class="num">0.90</td><td>number-changed</td><td>military, troops</td></tr>',
    );
    expect(table.match(/<tr><td><a href="#change-\d+">/g)).toHaveLength(7);
    expect(table).toContain('<a href="#change-6">∅ → 8</a>');
    expect(table).toContain('<span class="badge kind-moved">moved</span> (pinned by an analyst)');
  });

  it('opens with a title block and a contents list', () => {
    expect(html).toContain('<header class="title-block">');
    expect(html).toMatch(
      /<nav class="contents"[^>]*><h2 id="contents">Contents<\/h2><ol>(<li><a href="#[a-z]+">[^<]+<\/a><\/li>){5}<\/ol><\/nav>/,
    );
  });

  it('keeps colours in print and uses one font family throughout', () => {
    expect(html).toContain('print-color-adjust: exact');
    expect(html.match(/font-family|font: /g)).toHaveLength(1);
    expect(html).not.toMatch(/@media print \{[^@]*(del|ins), [^{]*\{[^}]*background: none/);
  });

  it('says plainly when nothing changed, with no empty change table', () => {
    const same = renderHtml(makeComparison([makeChange(), makeChange({ from: ['2'], to: ['2'] })]));
    expect(same).toContain('<p class="summary-line">No clause changed.</p>');
    expect(same).not.toContain('id="changes"');
    expect(same).toContain('<summary>2 unchanged clauses (1–2)</summary>');
  });

  it('does not rely on colour alone for insertions and deletions', () => {
    expect(html).toMatch(/del \{[^}]*text-decoration: line-through/);
    expect(html).toMatch(/ins \{[^}]*text-decoration: underline/);
    expect(html).toContain('content: " [deleted: "');
    expect(html).toContain('deleted text is <del>struck through</del>');
  });

  it('ends with the provenance line', () => {
    expect(html).toContain(
      '<footer>\n<p>Generated by plandiff engine 0.0.0-test (schema plandiff.comparison/v1).</p>\n</footer>',
    );
  });
});

describe('renderHtml with hostile strings', () => {
  const attack = '<script>alert(1)</script>';
  const html = renderHtml(
    makeComparison(
      [
        makeChange({
          kind: 'reworded',
          from: ['"><img src=x onerror=alert(1)>'],
          to: ["1'"],
          flags: [],
          topics: ['<b>topic</b>', 'a & b'],
          diff: [
            { op: 'equal', text: attack },
            { op: 'delete', text: '</del><script>' },
            { op: 'insert', text: '</ins>&amp;"\'' },
          ],
        }),
      ],
      {
        from: { title: `${attack} & "A"`, clauseCount: 1 },
        to: { title: "O'Brien <draft>", clauseCount: 1 },
        engineVersion: '"><script>x</script>',
      },
    ),
  );

  it('never lets text become markup', () => {
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;A&quot;');
    expect(html).toContain('O&#39;Brien &lt;draft&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; → 1&#39;');
    expect(html).toContain('<td>&lt;b&gt;topic&lt;/b&gt;, a &amp; b</td>');
    expect(html).toContain(
      '<del>&lt;/del&gt;&lt;script&gt;</del><ins>&lt;/ins&gt;&amp;amp;&quot;&#39;</ins>',
    );
    expect(html).toContain(
      '<meta name="generator" content="plandiff &quot;&gt;&lt;script&gt;x&lt;/script&gt;">',
    );
  });

  it('escapes all five special characters', () => {
    expect(esc(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('escapes the redline on its own', () => {
    expect(renderHtmlRedline(TROOPS_DIFF)).toBe(
      'The armed forces will be limited to <del>600,000</del><ins>800,000</ins> personnel.',
    );
  });
});

const nasty = fc.constantFrom(...'<>&"\'/;#=ab \n\u00a0😀'.split(''));
const runs = fc.array(
  fc.record({
    op: fc.constantFrom('equal' as const, 'insert' as const, 'delete' as const),
    text: fc.oneof(
      fc.string({ unit: nasty, maxLength: 16 }),
      fc.string({ unit: 'binary', maxLength: 8 }),
    ),
  }),
  { maxLength: 8 },
);

describe('renderHtml (property)', () => {
  it('never lets a < from the text through, and loses no text', () => {
    fc.assert(
      fc.property(runs, fc.string({ unit: nasty }), (diff: DiffRun[], topic: string) => {
        const page = renderHtml(
          makeComparison([makeChange({ kind: 'reworded', diff, topics: [topic] })]),
        );
        const open = '<span class="text redline">';
        const start = page.indexOf(open) + open.length;
        const inner = page.slice(start, page.indexOf('</span>', start));
        const bare = inner.replace(/<\/?(?:del|ins)>/g, '');
        expect(bare).not.toMatch(/[<>"']/);
        expect(unescapeHtml(bare)).toBe(
          normaliseRuns(diff)
            .map((r) => r.text)
            .join(''),
        );
        // Outside the redline too: the only tags left are the renderer's own.
        const tags = page.replace(
          /<\/?(?:[a-z][a-z0-9]*)(?: [a-z-]+="[^"<>]*")*>|<!DOCTYPE html>/g,
          '',
        );
        expect(tags).not.toContain('<');
      }),
      { numRuns: 300 },
    );
  });
});
