import type { GoldLink } from '../../src/engine';
import { lexicon } from './lexicon';
import { DEFAULT_RATES, MIN_MOVE, generatePair } from './synthetic';
import type { SyntheticOptions, SyntheticPair } from './synthetic';

interface Parsed {
  title: string;
  labels: string[];
  text: Map<string, string>;
}

/** Parses the generated layout strictly: title, blank line, then one `N. text` line per clause. */
function parse(doc: string): Parsed {
  expect(doc.endsWith('\n')).toBe(true);
  const [title = '', blank, ...lines] = doc.slice(0, -1).split('\n');
  expect(title.trim()).not.toBe('');
  expect(title).not.toMatch(/^\s*(\(?[0-9a-z]{1,4}[.)]|\d)/i);
  expect(blank).toBe('');
  const labels: string[] = [];
  const text = new Map<string, string>();
  for (const line of lines) {
    const m = /^(\d+)\. (\S.*)$/.exec(line);
    if (!m) throw new Error(`not a clause line: ${JSON.stringify(line.slice(0, 80))}`);
    labels.push(m[1]!);
    text.set(m[1]!, m[2]!);
  }
  return { title, labels, text };
}

const tokens = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/[;,.:]+$/, ''))
    .filter((t) => t.length > 0);
const tokenSet = (s: string): Set<string> => new Set(tokens(s));
function jaccard(a: Set<string>, b: Set<string>): number {
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return common / (a.size + b.size - common);
}

const cache = new Map<string, SyntheticPair>();
function pair(options: SyntheticOptions): SyntheticPair {
  const key = JSON.stringify(options);
  let p = cache.get(key);
  if (!p) cache.set(key, (p = generatePair(options)));
  return p;
}

const range = (n: number): string[] => Array.from({ length: n }, (_, i) => String(i + 1));
const linksOf = (p: SyntheticPair, basis: string): GoldLink[] =>
  p.gold.links.filter((l) => l.basis === basis);

describe('generatePair', () => {
  it('is deterministic for a seed and varies across seeds', () => {
    const a = generatePair({ clauses: 200, seed: 11 });
    const b = generatePair({ clauses: 200, seed: 11 });
    const c = generatePair({ clauses: 200, seed: 12 });
    expect(b).toEqual(a);
    expect(c.a).not.toBe(a.a);
    expect(c.b).not.toBe(a.b);
    const hard = generatePair({ clauses: 200, seed: 11, profile: 'hard' });
    expect(generatePair({ clauses: 200, seed: 11, profile: 'hard' })).toEqual(hard);
  });

  it('keeps A unchanged when only the rates change', () => {
    const base = pair({ clauses: 300, seed: 5 });
    const other = generatePair({ clauses: 300, seed: 5, rates: { remove: 0.2, add: 0 } });
    expect(other.a).toBe(base.a);
    expect(other.stats.removed).toBe(60);
    expect(other.stats.added).toBe(0);
  });

  it.each([30, 300, 3000])('gold partitions both versions (N=%i)', (n) => {
    for (const profile of ['default', 'hard'] as const) {
      const p = pair({ clauses: n, seed: 3, profile });
      const a = parse(p.a);
      const b = parse(p.b);
      expect(a.labels).toEqual(range(n));
      expect(b.labels).toEqual(range(b.labels.length));
      expect(p.gold).toMatchObject({ schema: 'plandiff.gold/v1', from: 'A', to: 'B' });
      expect(p.gold.derivation).toMatch(/^synthetic/);
      expect(p.gold.unknown).toEqual({ from: [], to: [] });
      const shape: Record<string, [number, number]> = {
        unchanged: [1, 1],
        reworded: [1, 1],
        moved: [1, 1],
        split: [1, 2],
        merged: [2, 1],
        added: [0, 1],
        removed: [1, 0],
      };
      for (const l of p.gold.links) {
        expect([l.from.length, l.to.length]).toEqual(shape[l.kind]);
      }
      const from = p.gold.links.flatMap((l) => l.from).sort((x, y) => +x - +y);
      const to = p.gold.links.flatMap((l) => l.to).sort((x, y) => +x - +y);
      expect(from).toEqual(a.labels);
      expect(to).toEqual(b.labels);
      expect(p.stats.clausesB).toBe(b.labels.length);
    }
  });

  it('writes one-line clauses of 20–60 words with nothing that reads as a sub-point label', () => {
    const labelStart = /^(\(?[0-9ivx]{1,4}[.)]|\(?[a-z]\)|\d)/i;
    const inlineLabel = /\s\(?[a-z0-9]{1,4}\)|\d[.)](\s|$)/i;
    for (const profile of ['default', 'hard'] as const) {
      const p = pair({ clauses: 3000, seed: 3, profile });
      // Offenders are collected rather than asserted one by one: 12,000 expect() calls are slow.
      const bad: string[] = [];
      for (const [side, doc] of [
        ['A', p.a],
        ['B', p.b],
      ] as const) {
        for (const text of parse(doc).text.values()) {
          const words = text.split(' ').length;
          const badLength = side === 'A' && (words < 20 || words > 60);
          if (
            text.trim() !== text ||
            labelStart.test(text) ||
            inlineLabel.test(text) ||
            badLength
          ) {
            bad.push(`${profile} ${side}: ${text}`);
          }
        }
      }
      expect(bad).toEqual([]);
    }
  });

  it('applies each operation at roughly its rate (N=3000)', () => {
    for (const profile of ['default', 'hard'] as const) {
      const p = pair({ clauses: 3000, seed: 3, profile });
      const expected: Record<string, number> = {
        removed: DEFAULT_RATES.remove,
        reworded: DEFAULT_RATES.reword,
        moved: DEFAULT_RATES.move,
        split: DEFAULT_RATES.split,
        merged: DEFAULT_RATES.merge,
        added: DEFAULT_RATES.add,
      };
      for (const [kind, rate] of Object.entries(expected)) {
        const fromGold = p.gold.links.filter((l) => l.kind === kind).length;
        // Stats count moved+reworded under "moved"; plain rewording is the `reword` basis.
        const inGold = kind === 'reworded' ? linksOf(p, 'reword').length : fromGold;
        expect(p.stats[kind]).toBe(inGold);
        expect(inGold).toBeGreaterThanOrEqual(rate * 3000 * 0.7);
        expect(inGold).toBeLessThanOrEqual(rate * 3000 * 1.3);
      }
      const movedAndReworded = p.stats.movedReworded!;
      expect(movedAndReworded / p.stats.moved!).toBeCloseTo(1 / 3, 1);
    }
  });

  it('keeps unchanged and moved-only clauses verbatim and changes reworded ones', () => {
    for (const profile of ['default', 'hard'] as const) {
      const p = pair({ clauses: 3000, seed: 3, profile });
      const a = parse(p.a).text;
      const b = parse(p.b).text;
      const textOf = (l: GoldLink, side: 'from' | 'to'): string =>
        (side === 'from' ? a : b).get(l[side][0]!)!;
      const verbatim = [...linksOf(p, 'unchanged'), ...linksOf(p, 'move')];
      const reworded = [...linksOf(p, 'reword'), ...linksOf(p, 'move+reword')];
      expect(verbatim.filter((l) => textOf(l, 'to') !== textOf(l, 'from'))).toEqual([]);
      expect(reworded.filter((l) => textOf(l, 'to') === textOf(l, 'from'))).toEqual([]);
    }
  });

  it(`moves clauses at least ${MIN_MOVE} places among the clauses that stay put`, () => {
    const p = pair({ clauses: 3000, seed: 3 });
    const anchors = p.gold.links
      .filter((l) => ['unchanged', 'reworded', 'split', 'merged'].includes(l.kind))
      .map((l) => [+l.from[0]!, +l.to[0]!] as const);
    const moved = p.gold.links.filter((x) => x.kind === 'moved');
    expect(moved.length).toBeGreaterThan(0);
    const shortMoves = moved.filter((l) => {
      const [ai, bi] = [+l.from[0]!, +l.to[0]!];
      return anchors.filter(([a, b]) => a < ai !== b < bi).length < MIN_MOVE;
    });
    expect(shortMoves).toEqual([]);
  });

  it('builds split halves and merged clauses from source words only when rewording is off', () => {
    for (const profile of ['default', 'hard'] as const) {
      const p = pair({ clauses: 3000, seed: 4, profile, splitMergeReword: false });
      const a = parse(p.a).text;
      const b = parse(p.b).text;
      const splits = linksOf(p, 'split');
      const merges = linksOf(p, 'merge');
      expect(splits.length).toBeGreaterThan(0);
      expect(merges.length).toBeGreaterThan(0);
      for (const l of [...splits, ...merges]) {
        const source = new Set(['and', ...l.from.flatMap((x) => tokens(a.get(x)!))]);
        for (const half of l.to) {
          expect(tokens(b.get(half)!).filter((t) => !source.has(t))).toEqual([]);
        }
      }
      // Splits cut at clause boundaries: the halves together hold nearly all of the source.
      for (const l of splits) {
        const src = tokens(a.get(l.from[0]!)!).length;
        const halves = l.to.reduce((n, x) => n + tokens(b.get(x)!).length, 0);
        expect(src - halves).toBeGreaterThanOrEqual(0);
        expect(src - halves).toBeLessThanOrEqual(1);
      }
    }
  });

  it('rewords split and merged clauses only lightly by default', () => {
    const p = pair({ clauses: 3000, seed: 4 });
    const a = parse(p.a).text;
    const b = parse(p.b).text;
    for (const l of [...linksOf(p, 'split'), ...linksOf(p, 'merge')]) {
      const source = tokenSet(l.from.map((x) => a.get(x)!).join(' '));
      for (const half of l.to) {
        const own = tokens(b.get(half)!);
        expect(own.filter((t) => source.has(t)).length / own.length).toBeGreaterThan(0.8);
      }
    }
  });

  it('includes Cyrillic clauses at a small share', () => {
    const p = pair({ clauses: 3000, seed: 3 });
    const texts = [...parse(p.a).text.values()];
    const share = texts.filter((t) => /[\u0400-\u04ff]/.test(t)).length / texts.length;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.1);
    expect(p.stats.cyrillic! / texts.length).toBeCloseTo(share, 5);
    expect(p.b).toMatch(/[\u0400-\u04ff]/);
  });

  it('rewords harder in the hard profile', () => {
    const meanSimilarity = (p: SyntheticPair): number => {
      const a = parse(p.a).text;
      const b = parse(p.b).text;
      const sims = linksOf(p, 'reword').map((l) =>
        jaccard(tokenSet(a.get(l.from[0]!)!), tokenSet(b.get(l.to[0]!)!)),
      );
      return sims.reduce((s, x) => s + x, 0) / sims.length;
    };
    const soft = meanSimilarity(pair({ clauses: 3000, seed: 3 }));
    const hard = meanSimilarity(pair({ clauses: 3000, seed: 3, profile: 'hard' }));
    expect(soft).toBeGreaterThan(0.6);
    expect(hard).toBeLessThan(soft - 0.1);
  });

  it('fills a fifth of A with near-duplicate boilerplate in the hard profile only', () => {
    const nearDuplicates = (p: SyntheticPair): number => {
      const sets = [...parse(p.a).text.values()].map(tokenSet);
      return sets.filter((s, i) => sets.some((o, j) => j !== i && jaccard(s, o) >= 0.8)).length;
    };
    const hard = pair({ clauses: 300, seed: 3, profile: 'hard' });
    expect(hard.stats.boilerplate).toBeGreaterThanOrEqual(300 * 0.2 * 0.7);
    expect(hard.stats.boilerplate).toBeLessThanOrEqual(300 * 0.2 * 1.3);
    expect(nearDuplicates(hard)).toBeGreaterThanOrEqual(hard.stats.boilerplate! * 0.8);
    expect(nearDuplicates(pair({ clauses: 300, seed: 3 }))).toBeLessThanOrEqual(3);
  });

  it('draws from a large vocabulary with a long tail of rare words', () => {
    expect(lexicon().size).toBeGreaterThanOrEqual(1500);
    const p = pair({ clauses: 3000, seed: 3 });
    const freq = new Map<string, number>();
    const all = [...parse(p.a).text.values()].flatMap(tokens);
    for (const t of all) freq.set(t, (freq.get(t) ?? 0) + 1);
    const counts = [...freq.values()];
    expect(freq.size).toBeGreaterThan(2000);
    expect(Math.max(...counts) / all.length).toBeLessThan(0.2);
    expect(counts.filter((c) => c <= 3).length / freq.size).toBeGreaterThan(0.3);
  });

  it('rejects nonsensical options', () => {
    expect(() => generatePair({ clauses: 0 })).toThrow(RangeError);
    expect(() => generatePair({ clauses: 10.5 })).toThrow(RangeError);
    expect(() => generatePair({ clauses: 30, rates: { move: 1.5 } })).toThrow(RangeError);
  });
});
