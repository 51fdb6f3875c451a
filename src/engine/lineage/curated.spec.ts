import { compareVersions } from '../compare';
import { composeLinks, curatedComparison } from './curated';
import type { LineageLink } from './types';

const ref = (version: string, label: string) => ({ version, label });
const link = (
  kind: string,
  from: [string, string] | null,
  to: [string, string] | null,
  extra: Partial<LineageLink> = {},
): LineageLink => ({
  kind,
  from: from === null ? null : ref(...from),
  to: to === null ? null : ref(...to),
  ...extra,
});
const version = (slug: string, texts: Record<string, string>) => ({
  slug,
  title: slug,
  clauses: Object.entries(texts).map(([label, text]) => ({ label, text })),
});
const brief = (c: { kind: string; from: readonly string[]; to: readonly string[] }) =>
  `${c.kind} ${c.from.join('+')}>${c.to.join('+')}`;

const A = version('a', {
  '1': 'The parties confirm the sovereignty of the state.',
  '2': 'A joint council is created and chaired by the mediator.',
  '3': 'The agreement is legally binding and monitored by the council.',
  '4': 'Sanctions are lifted in stages after the ceasefire holds.',
  '5': 'Prisoners are exchanged all for all.',
  '6': 'Civilian detainees and children are returned home.',
  '7': 'A referendum on the agreement is held within one hundred days.',
});
const B = version('b', {
  '1': 'Sovereignty of the state is confirmed.',
  '2': 'The agreement is legally binding; a council chaired by the mediator monitors it.',
  '3': 'All prisoners are exchanged all for all and civilian detainees and children are returned home.',
  '4': 'Sanctions are lifted in stages once the ceasefire holds.',
});

describe('curatedComparison (curated links → the comparison an analyst reads)', () => {
  it('applies an n:1 curated merge as one merge: no member falls to "removed"', () => {
    const links = [link('same', ['a', '3'], ['b', '2']), link('merged', ['a', '2'], ['b', '2'])];
    const { comparison, overrides } = curatedComparison(A, B, links);
    expect(overrides.pin).toContainEqual({ from: ['2', '3'], to: ['2'] });
    const merge = comparison.changes.find((c) => c.to.includes('2'))!;
    expect(merge).toMatchObject({ kind: 'merged', from: ['2', '3'], curated: true });
    expect(comparison.changes.filter((c) => c.kind === 'removed').map(brief)).not.toContainEqual(
      expect.stringMatching(/^removed [23]>/),
    );
  });

  it('applies a 1:n curated split as one split', () => {
    const links = [link('split', ['b', '3'], ['a', '5']), link('split', ['b', '3'], ['a', '6'])];
    const { comparison } = curatedComparison(B, A, links);
    expect(comparison.changes.map(brief)).toContain('split 3>5+6');
  });

  it('keeps curated kinds: same → unchanged, reworded → reworded, and says it is curated', () => {
    const links = [link('same', ['a', '1'], ['b', '1']), link('reworded', ['a', '4'], ['b', '4'])];
    const { comparison } = curatedComparison(A, B, links);
    const of = (l: string) => comparison.changes.find((c) => c.from.includes(l))!;
    expect(of('1')).toMatchObject({ kind: 'unchanged', curated: true, pinned: true });
    expect(of('4')).toMatchObject({ kind: 'reworded', curated: true });
    expect(comparison.summary.unchanged).toBeGreaterThanOrEqual(1);
  });

  it('does not do worse than the engine alone where the curation is silent', () => {
    // Only 5 → 3 is curated; the engine itself merges 5 + 6 → 3 and links 2 and 3 → 2.
    const plain = compareVersions(A, B);
    const { comparison } = curatedComparison(A, B, [link('reworded', ['a', '5'], ['b', '3'])]);
    const merged = plain.changes.find((c) => c.to.includes('3'))!;
    expect(merged.from).toEqual(['5', '6']);
    expect(comparison.changes.find((c) => c.to.includes('3'))).toMatchObject({
      kind: 'merged',
      from: ['5', '6'],
      curated: true,
    });
    for (const change of plain.changes.filter((c) => c.kind !== 'removed')) {
      const same = comparison.changes.find((c) => c.from.join() === change.from.join());
      expect(same?.to ?? []).toEqual(change.to);
    }
  });

  it('reads a clause a reported B does not mention as unreported, a curated removal as removed', () => {
    const links = [link('removed', ['a', '7'], null, { toVersion: 'b' })];
    const plain = curatedComparison(A, B, []).comparison;
    expect(plain.changes.map(brief)).toContain('removed 7>');
    const reported = curatedComparison(A, { ...B, reported: true }, []).comparison;
    expect(reported.changes.map(brief)).toContain('unreported 7>');
    expect(reported.summary.removed).toBe(0);
    const curated = curatedComparison(A, { ...B, reported: true }, links).comparison;
    expect(curated.changes.map(brief)).toContain('removed 7>');
  });

  it('ignores relation kinds and links to clauses that are not compared', () => {
    const { overrides } = curatedComparison(A, B, [
      link('thematic', ['a', '1'], ['b', '1']),
      link('parallel', ['a', '2'], null),
      link('deferred', ['a', '3'], ['b', '3']),
      link('same', ['a', '9'], ['b', '1']),
      link('removed', null, ['b', '1']),
    ]);
    expect(overrides).toEqual({});
  });

  it('pins renumbered and moved links 1:1, with the kind the engine reads for the pair', () => {
    for (const kind of ['renumbered', 'moved']) {
      const { comparison, overrides } = curatedComparison(A, B, [
        link(kind, ['a', '7'], ['b', '1']),
      ]);
      expect(overrides.pin).toContainEqual({ from: ['7'], to: ['1'] });
      const pinned = comparison.changes.find((c) => c.from.includes('7'))!;
      expect(pinned).toMatchObject({ from: ['7'], to: ['1'], pinned: true, curated: true });
    }
  });

  it('never links a forbidden pair, not through a chain either, and lists the forbid', () => {
    const plain = curatedComparison(A, B, []).comparison;
    expect(plain.changes.some((c) => c.from.includes('4') && c.to.includes('4'))).toBe(true);
    const links = [
      link('forbid', ['a', '4'], ['b', '4']),
      // A chain a:4 → m:r1 → b:4 would compose a pin of the forbidden pair: it is dropped.
      link('same', ['a', '4'], ['m', 'r1']),
      link('same', ['m', 'r1'], ['b', '4']),
    ];
    const { comparison, overrides } = curatedComparison(A, B, links);
    expect(overrides.forbid).toEqual([{ from: '4', to: '4' }]);
    expect(overrides.pin ?? []).not.toContainEqual({ from: ['4'], to: ['4'] });
    expect(comparison.changes.some((c) => c.from.includes('4') && c.to.includes('4'))).toBe(false);
    expect(comparison.changes.some((c) => c.from.includes('4'))).toBe(true);
  });

  it('survives contradictory links: an n:m tangle is left to the aligner, not an error', () => {
    const links = [
      link('same', ['a', '1'], ['b', '1']),
      link('same', ['a', '1'], ['b', '2']),
      link('same', ['a', '2'], ['b', '1']),
    ];
    const { comparison, overrides } = curatedComparison(A, B, links);
    expect(overrides).toEqual({});
    expect(comparison.changes.some((c) => c.curated === true)).toBe(false);
  });
});

describe('composeLinks (chains through other versions)', () => {
  it('carries a link through a reported item when nothing links the pair directly', () => {
    const links = [
      link('reworded', ['v28', '21d'], ['v20us', 'r3'], { confidence: 'medium' }),
      link('reworded', ['v20us', 'r3'], ['v20', '14'], { confidence: 'low' }),
      link('same', ['v28', '22'], ['v20us', 'r4']),
      link('reworded', ['v20us', 'r4'], ['v20', '14']),
      link('same', ['v28', '22'], ['v20', '15']),
    ];
    const composed = composeLinks(links);
    expect(composed).toEqual([
      { from: ref('v28', '21d'), to: ref('v20', '14'), kind: 'reworded', confidence: 'low' },
    ]);
  });

  it('is `same` only when every hop is, and never overrides a curated removal', () => {
    const links = [
      link('same', ['a', '1'], ['m', 'r1']),
      link('same', ['m', 'r1'], ['b', '1']),
      link('same', ['a', '2'], ['m', 'r2']),
      link('same', ['m', 'r2'], ['b', '2']),
      link('removed', ['a', '2'], null, { toVersion: 'b' }),
    ];
    expect(composeLinks(links)).toEqual([
      { from: ref('a', '1'), to: ref('b', '1'), kind: 'same', confidence: 'medium' },
    ]);
  });
});

describe('curatedComparison against an engine that disagrees', () => {
  it('grows nothing from an engine link that contradicts the curated pairing', () => {
    const a = version('a', { '4': 'Sanctions are lifted in stages.' });
    const b = version('b', {
      '3': 'Sanctions are lifted in stages once the ceasefire holds.',
      '4': 'A joint commission reviews compliance every year.',
    });
    const { comparison } = curatedComparison(a, b, [link('reworded', ['a', '4'], ['b', '4'])]);
    expect(comparison.changes.map(brief)).toEqual(expect.arrayContaining(['reworded 4>4']));
  });
});

describe('editorial notes never reach the diff', () => {
  it('compares text only: a note differing between versions changes nothing', () => {
    const withNote = (slug: string, note: string) => ({
      slug,
      title: slug,
      clauses: [
        { label: '5', text: 'Ukraine receives reliable security guarantees.', note },
        { label: '6', text: 'The armed forces are capped at 600,000.', note: '(no peacetime cap)' },
      ],
    });
    const { comparison } = curatedComparison(
      withNote('a', '(unchanged from the US draft)'),
      withNote('b', '(order unverified; 2 not 3 reported)'),
      [],
    );
    expect(comparison.changes.map(brief)).toEqual(['unchanged 5>5', 'unchanged 6>6']);
    for (const change of comparison.changes) {
      expect(change.flags).toEqual([]);
      expect(change.diff.map((r) => r.text).join('')).not.toMatch(/unchanged from|unverified/);
    }
  });
});
