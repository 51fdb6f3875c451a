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

describe('HTML side-by-side view', () => {
  it('shows the old wording with deletions and the new wording with insertions, escaped', () => {
    const html = renderHtml(sampleComparison());
    expect(html).toContain('<table class="side-by-side">');
    expect(html).toMatch(/<td>[^<]*<del>600,000<\/del>[^<]*<\/td><td>[^<]*<ins>800,000<\/ins>/);
  });
});
