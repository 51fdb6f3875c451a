import { sampleComparison } from '../../../test/factories/comparison';
import { RENDER_FORMATS, render, renderHtml, renderMarkdown } from './index';
import { joinLabels, normaliseRuns, topicCounts } from './common';

describe('render', () => {
  const c = sampleComparison();

  it('serialises json as the contract, pretty-printed with a final newline', () => {
    const out = render(c, 'json');
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toBe(`${JSON.stringify(c, null, 2)}\n`);
    expect(JSON.parse(out)).toEqual(c);
  });

  it('dispatches md and html to their renderers, passing options through', () => {
    const options = { sourceLabel: { from: 'a.txt', to: 'b.txt' } };
    expect(render(c, 'md', options)).toBe(renderMarkdown(c, options));
    expect(render(c, 'html', options)).toBe(renderHtml(c, options));
    expect(RENDER_FORMATS).toEqual(['json', 'md', 'html']);
  });

  it('is deterministic', () => {
    for (const format of RENDER_FORMATS) {
      expect(render(c, format)).toBe(render(sampleComparison(), format));
    }
  });
});

describe('render helpers', () => {
  it('joins labels and shows an empty side as ∅', () => {
    expect(joinLabels(['7', '8'])).toBe('7 + 8');
    expect(joinLabels([])).toBe('∅');
  });

  it('normalises runs by dropping empties and merging neighbours', () => {
    expect(
      normaliseRuns([
        { op: 'insert', text: 'a' },
        { op: 'equal', text: '' },
        { op: 'insert', text: 'b' },
        { op: 'delete', text: 'c' },
      ]),
    ).toEqual([
      { op: 'insert', text: 'ab' },
      { op: 'delete', text: 'c' },
    ]);
  });

  it('counts a topic once per change even if listed twice', () => {
    const c = sampleComparison();
    const dup = { ...c, changes: [{ ...c.changes[2]!, topics: ['x', 'x'] }] };
    expect(topicCounts(dup)).toEqual([{ topic: 'x', count: 1 }]);
  });
});
