import { toOverrides } from './overrides';
import type { CuratedLink } from './comparisons.repository';

const labels = (...l: string[]): Set<string> => new Set(l);
const link = (kind: string, from: string | null, to: string | null): CuratedLink => ({
  kind,
  from,
  to,
});

describe('toOverrides (curated links → engine pins)', () => {
  const A = labels('1', '2', '3', '4', '5');
  const B = labels('1', '2', '3', '4', '5', '6');

  it('pins 1:1 kinds, gathers split and merged, one-sided removed/added', () => {
    const o = toOverrides(
      [
        link('same', '1', '1'),
        link('reworded', '2', '3'),
        link('split', '3', '4'),
        link('split', '3', '5'),
        link('merged', '4', '6'),
        link('merged', '5', '6'),
        link('removed', '6', null),
        link('added', null, '2'),
      ],
      labels('1', '2', '3', '4', '5', '6'),
      B,
    );
    expect(o.pin).toEqual([
      { from: ['1'], to: ['1'] },
      { from: ['2'], to: ['3'] },
      { from: ['3'], to: ['4', '5'] },
      { from: ['4', '5'], to: ['6'] },
      { from: ['6'], to: [] },
      { from: [], to: ['2'] },
    ]);
  });

  it('ignores relation kinds and links to clauses that are not compared', () => {
    const o = toOverrides(
      [
        link('thematic', '1', '1'),
        link('parallel', '2', null),
        link('deferred', '3', '3'),
        link('same', '9', '1'),
        link('removed', null, '1'),
      ],
      A,
      B,
    );
    expect(o).toEqual({});
  });

  it('lets the oldest decision win when links contradict', () => {
    const o = toOverrides(
      [link('same', '1', '1'), link('same', '1', '2'), link('removed', '1', null)],
      A,
      B,
    );
    expect(o.pin).toEqual([{ from: ['1'], to: ['1'] }]);
  });
});
