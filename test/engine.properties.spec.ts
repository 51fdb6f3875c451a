import fc from 'fast-check';
import {
  compareTexts,
  topicsOf,
  compareVersions,
  newText,
  oldText,
  type Comparison,
  type VersionText,
} from '../src/engine';

// Documents built from a small vocabulary so generated versions share words (and sometimes whole
// clauses), which is where alignment decisions get hard.
const WORDS = [
  'ukraine',
  'russia',
  'nato',
  'guarantee',
  'ceasefire',
  'troops',
  'withdraw',
  'shall',
  'may',
  'not',
  'within',
  '100',
  'days',
  '600,000',
  'sanctions',
  'elections',
  'territory',
  'the',
  'parties',
  'agree',
  'гарантии',
  'выборы',
  'територія',
  'frozen',
  'assets',
  'zone',
];
const clauseText = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 })
  .map((w) => w.join(' '));
const version = (texts: readonly string[], title = 'T'): VersionText => ({
  title,
  clauses: texts.map((text, i) => ({ label: String(i + 1), text })),
});

/** A pair of versions: B is A reordered, with some clauses dropped, reworded or added. */
const versionPair = fc
  .record({
    a: fc.array(clauseText, { minLength: 0, maxLength: 14 }),
    keep: fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
    swaps: fc.array(fc.nat(), { maxLength: 4 }),
    reword: fc.array(clauseText, { maxLength: 4 }),
    add: fc.array(clauseText, { maxLength: 3 }),
  })
  .map(({ a, keep, swaps, reword, add }) => {
    const b = a.filter((_, i) => keep[i]);
    reword.forEach((extra, i) => {
      if (b.length > 0) b[i % b.length] = `${b[i % b.length]} ${extra}`;
    });
    for (const s of swaps) {
      if (b.length > 1) {
        const i = s % b.length;
        const j = (s * 7 + 3) % b.length;
        [b[i], b[j]] = [b[j]!, b[i]!];
      }
    }
    return { a: version(a, 'A'), b: version([...b, ...add], 'B') };
  });

type Pair = { a: VersionText; b: VersionText };

function assertPartition(result: Comparison, a: VersionText, b: VersionText): void {
  const from = result.changes.flatMap((c) => c.from).sort();
  const to = result.changes.flatMap((c) => c.to).sort();
  expect(from).toEqual(a.clauses.map((c) => c.label).sort());
  expect(to).toEqual(b.clauses.map((c) => c.label).sort());
}

/**
 * Each property runs FC_NUM_RUNS cases (default 2,000: 6 properties, at least 12,000 generated
 * cases per CI run, about half a minute). FC_SEED=<seed> replays a failure fast-check reported.
 */
const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 2000);
const RUNS = {
  numRuns: NUM_RUNS,
  ...(process.env.FC_SEED !== undefined ? { seed: Number(process.env.FC_SEED) } : {}),
};
const MIN_TOTAL_CASES = 10_000;
/** Cases that ran to the end per property (a precondition's skips and failures do not count). */
const executed = new Map<string, number>();
const counted =
  <T extends unknown[]>(name: string, check: (...args: T) => void) =>
  (...args: T): void => {
    check(...args);
    executed.set(name, (executed.get(name) ?? 0) + 1);
  };

/** Any Unicode: lone surrogates and control characters (binary), or whole grapheme clusters. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary-ascii', maxLength: 400 }),
);

describe('engine properties', () => {
  it('never throws on arbitrary Unicode text, and always partitions both sides', () => {
    fc.assert(
      fc.property(
        anyText,
        anyText,
        counted('unicode', (x: string, y: string) => {
          const result = compareTexts(`1. ${x}\n2. ${y}\n${x}`, `1. ${y}\n${y}\n3. ${x}`);
          expect(result.changes.flatMap((c) => c.from).length).toBe(result.from.clauseCount);
          expect(result.changes.flatMap((c) => c.to).length).toBe(result.to.clauseCount);
          for (const change of result.changes) {
            expect(change.confidence).toBeGreaterThanOrEqual(0);
            expect(change.confidence).toBeLessThanOrEqual(1);
          }
        }),
      ),
      RUNS,
    );
  });

  it('puts every clause of A in exactly one from and every clause of B in exactly one to', () => {
    fc.assert(
      fc.property(
        versionPair,
        counted('partition', ({ a, b }: Pair) => assertPartition(compareVersions(a, b), a, b)),
      ),
      RUNS,
    );
  });

  it('finds a version identical to itself: every change unchanged, confidence 1', () => {
    fc.assert(
      fc.property(
        versionPair,
        counted('identity', ({ a }: Pair) => {
          const result = compareVersions(a, a);
          for (const change of result.changes) {
            expect(change.kind).toBe('unchanged');
            expect(change.from).toEqual(change.to);
            expect(change.confidence).toBe(1);
          }
        }),
      ),
      RUNS,
    );
  });

  it('is symmetric: swapping A and B mirrors every link and swaps added/removed, split/merged', () => {
    fc.assert(
      fc.property(
        versionPair,
        counted('symmetry', ({ a, b }: Pair) => {
          const forward = compareVersions(a, b);
          const backward = compareVersions(b, a);
          const links = (c: Comparison, flip: boolean): string[] =>
            c.changes
              .map((x) =>
                flip
                  ? `${x.to.join('+')}>${x.from.join('+')}`
                  : `${x.from.join('+')}>${x.to.join('+')}`,
              )
              .sort();
          expect(links(backward, true)).toEqual(links(forward, false));
          expect(backward.summary.added).toBe(forward.summary.removed);
          expect(backward.summary.removed).toBe(forward.summary.added);
          expect(backward.summary.split).toBe(forward.summary.merged);
          expect(backward.summary.merged).toBe(forward.summary.split);
        }),
      ),
      RUNS,
    );
  });

  it('keeps similarity and confidence in [0,1], redlines that rebuild both texts, topics of both sides', () => {
    fc.assert(
      fc.property(
        versionPair,
        counted('ranges', ({ a, b }: Pair) => {
          const textOf = (v: VersionText, labels: readonly string[]): string =>
            labels.map((l) => v.clauses.find((c) => c.label === l)!.text).join('\n');
          for (const change of compareVersions(a, b).changes) {
            expect(change.similarity).toBeGreaterThanOrEqual(0);
            expect(change.similarity).toBeLessThanOrEqual(1);
            expect(change.confidence).toBeGreaterThanOrEqual(0);
            expect(change.confidence).toBeLessThanOrEqual(1);
            expect(oldText(change.diff)).toBe(textOf(a, change.from));
            expect(newText(change.diff)).toBe(textOf(b, change.to));
            const texts = [
              ...change.from.map((l) => textOf(a, [l])),
              ...change.to.map((l) => textOf(b, [l])),
            ];
            expect(change.topics).toEqual([...new Set(texts.flatMap(topicsOf))].sort());
          }
        }),
      ),
      RUNS,
    );
  });

  it('always honours pinned and forbidden links', () => {
    fc.assert(
      fc.property(
        versionPair,
        fc.nat(),
        fc.nat(),
        counted('overrides', ({ a, b }: Pair, x: number, y: number) => {
          fc.pre(a.clauses.length > 1 && b.clauses.length > 1);
          const pinFrom = a.clauses[x % a.clauses.length]!.label;
          const pinTo = b.clauses[y % b.clauses.length]!.label;
          const forbidFrom = a.clauses[(x + 1) % a.clauses.length]!.label;
          const forbidTo = b.clauses[(y + 1) % b.clauses.length]!.label;
          const result = compareVersions(a, b, {
            overrides: {
              pin: [{ from: [pinFrom], to: [pinTo] }],
              forbid: [{ from: forbidFrom, to: forbidTo }],
            },
          });
          const pinned = result.changes.filter((c) => c.pinned === true);
          expect(pinned.map((c) => [c.from, c.to])).toEqual([[[pinFrom], [pinTo]]]);
          const linkedToForbidden = result.changes.some(
            (c) => c.from.includes(forbidFrom) && c.to.includes(forbidTo),
          );
          expect(linkedToForbidden).toBe(false);
          assertPartition(result, a, b);
        }),
      ),
      RUNS,
    );
  });

  afterAll(() => {
    // The suite's claim ("at least 10,000 generated cases") is checked, not just configured.
    const total = [...executed.values()].reduce((x, y) => x + y, 0);
    process.stdout.write(`engine properties: ${total} cases (${JSON.stringify([...executed])})\n`);
    expect(executed.size).toBe(6);
    if (process.env.FC_NUM_RUNS === undefined) {
      expect(total).toBeGreaterThanOrEqual(MIN_TOTAL_CASES);
    }
  });
});
