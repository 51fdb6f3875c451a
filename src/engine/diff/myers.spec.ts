import { diffArrays } from 'diff';
import { myersDiff, type EditRun } from './myers';

/** Deterministic PRNG (mulberry32), so a failure names a reproducible case. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** jsdiff's changes as runs, the oracle the port must reproduce. */
function oracle(a: string[], b: string[], maxEditLength: number): EditRun[] | undefined {
  const changes = diffArrays(a, b, { maxEditLength });
  return changes?.map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    count: c.count,
  }));
}

/** A random token list over a small alphabet (so equal tokens are common) and an edited copy. */
function randomPair(next: () => number): [string[], string[]] {
  const alphabet = 1 + Math.floor(next() * 12);
  const word = () => `w${Math.floor(next() * alphabet)}`;
  const a = Array.from({ length: Math.floor(next() * 40) }, word);
  const b: string[] = [];
  const mode = next();
  if (mode < 0.3) {
    for (let i = 0, n = Math.floor(next() * 40); i < n; i++) b.push(word());
  } else {
    // An edit of a: tokens dropped, replaced, inserted, as redlines see them.
    for (const token of a) {
      const r = next();
      if (r < 0.1) continue;
      if (r < 0.2) b.push(word());
      else b.push(token);
      if (next() < 0.1) b.push(word());
    }
  }
  return [a, b];
}

describe('myersDiff against jsdiff diffArrays', () => {
  const unlimited = { maxEditLength: Infinity, maxSteps: Infinity };

  it('gives the same edit script on 5,000 random pairs', () => {
    const next = rng(18);
    for (let i = 0; i < 5000; i++) {
      const [a, b] = randomPair(next);
      expect({ i, runs: myersDiff(a, b, unlimited) }).toEqual({ i, runs: oracle(a, b, Infinity) });
    }
  });

  it('gives up exactly when jsdiff does under an edit-length limit', () => {
    const next = rng(7);
    for (let i = 0; i < 2000; i++) {
      const [a, b] = randomPair(next);
      const limit = 1 + Math.floor(next() * 12);
      const limits = { maxEditLength: limit, maxSteps: Infinity };
      expect({ i, runs: myersDiff(a, b, limits) }).toEqual({ i, runs: oracle(a, b, limit) });
    }
  });

  it('handles empty sides and identical inputs', () => {
    for (const [a, b] of [
      [[], []],
      [[], ['x', 'y']],
      [['x'], []],
      [
        ['x', 'y'],
        ['x', 'y'],
      ],
    ] as [string[], string[]][]) {
      expect(myersDiff(a, b, unlimited)).toEqual(oracle(a, b, Infinity));
    }
  });

  it('gives up when the step budget runs out, whatever the clock says', () => {
    const a = Array.from({ length: 300 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 300 }, (_, i) => `b${i}`);
    expect(myersDiff(a, b, { maxEditLength: Infinity, maxSteps: 1000 })).toBeUndefined();
    expect(myersDiff(a, b, { maxEditLength: Infinity, maxSteps: 1e7 })).toEqual(
      oracle(a, b, Infinity),
    );
  });
});
