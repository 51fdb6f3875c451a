import { sampleComparison } from '../../../test/factories/comparison';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import type { ReportContext } from './context';

const context: ReportContext = {
  plan: { slug: 'ukraine-2025', title: 'Peace plan <2025>' },
  from: { slug: 'v28', title: 'US 28-point draft', date: '2025-11-20', basis: 'text', grade: 'A' },
  to: {
    slug: 'veu',
    title: 'E3 counter-proposal',
    date: '2025-11-23',
    basis: 'mixed',
    grade: 'A/B',
  },
  disputes: {
    version: 'veu',
    clauses: [
      { label: '1', status: 'agreed', parties: [] },
      {
        label: '6',
        status: 'disputed',
        parties: [
          {
            party: 'Europe/EU',
            stance: 'opposes',
            via: 'clause',
            quotes: [
              {
                actor: 'Keir Starmer',
                quote: 'no <script>alert(1)</script> *limits*',
                date: '2025-11-22',
                outlet: 'BBC',
                sources: ['https://example.org/a(b)'],
              },
            ],
          },
        ],
      },
    ],
  },
  parameters: { overrides: 2 },
  generatedAt: '2026-11-23T12:00:00Z',
  sources: [{ url: 'https://example.org/source', outlet: 'Reuters' }],
};

describe('report context: disputes and provenance', () => {
  const c = sampleComparison();

  it('appends contested clauses with sourced quotes and a provenance table to Markdown', () => {
    const md = renderMarkdown(c, { context });
    expect(md).toContain('## Disputes');
    expect(md).toContain('### 6 · disputed');
    expect(md).not.toContain('### 1 · agreed');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('(https://example.org/a%28b%29)');
    expect(md).toContain(
      '- **From:** US 28-point draft · 2025-11-20 · basis: text · evidence grade A',
    );
    expect(md).toContain('- **Generated:** 2026-11-23T12:00:00Z');
    expect(md).toContain('<https://example.org/source>');
  });

  it('escapes every context string in HTML', () => {
    const html = renderHtml(c, { context });
    expect(html).toContain('<section id="disputes">');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Peace plan &lt;2025&gt;');
    expect(html).toContain('<th scope="row">Engine</th>');
  });

  it('always ends with provenance, even without context', () => {
    expect(renderMarkdown(c)).toContain('## Provenance');
    expect(renderHtml(c)).toContain('<section id="provenance">');
  });
});

describe('sources tied to the changes they support, parameters in words', () => {
  const c = sampleComparison();
  const withSources: ReportContext = {
    from: { slug: 'v1', title: 'draft 1' },
    to: { slug: 'v2', title: 'draft 2' },
    parameters: {
      overrides: { pin: [{ from: ['4'], to: ['6'] }], forbid: [{ from: '3', to: '3' }] },
    },
    sources: [
      { url: 'https://z.example/b', outlet: 'Reuters', clauses: ['v2:4'] },
      { url: 'https://a.example/a', outlet: 'BBC', clauses: ['v1:9', 'v2:8'] },
      { url: 'https://m.example/c', clauses: [] },
    ],
  };

  it('numbers sources by outlet then address, and cites them from the change table', () => {
    const md = renderMarkdown(c, { context: withSources });
    const list = md.slice(md.indexOf('### Sources'));
    expect(list).toContain('1. <https://m.example/c>');
    expect(list).toContain('2. BBC: <https://a.example/a> (supports v1 9; v2 8)');
    expect(list).toContain('3. Reuters: <https://z.example/b> (supports v2 4)');
    expect(md).toMatch(/\| 6 → 4 \| reworded \|[^\n]*\| \[3\] \|/);
    expect(md).toMatch(/\| 9 → ∅ \| removed \|[^\n]*\| \[2\] \|/);
    const html = renderHtml(c, { context: withSources });
    expect(html).toContain(
      '<li id="source-2">BBC: <a href="https://a.example/a" rel="noreferrer">',
    );
    expect(html).toContain('<a href="#source-3">[3]</a>');
  });

  it('says the overrides in words rather than JSON', () => {
    const md = renderMarkdown(c, { context: withSources });
    expect(md).toContain(
      '- **Parameters:** links pinned by an analyst: 4 → 6; links forbidden: 3 ↛ 3',
    );
    expect(md).not.toContain('{"overrides"');
    expect(renderMarkdown(c)).toContain('- **Parameters:** engine defaults, no analyst overrides');
  });
});
