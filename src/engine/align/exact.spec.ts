import { keyHash, sameKey } from './exact';

// The key the exact stage used to build (and still defines): non-alphanumeric runs as one space.
const key = (folded: string): string => folded.replace(/[^a-z0-9]+/g, ' ').trim();

/** A deterministic generator (mulberry32), so a failure names its case. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('exact stage keys without building them', () => {
  it('agrees with the regex key on 20,000 random pairs dense in separators', () => {
    const next = random(18);
    const alphabet = 'ab1 ,.-\n\'"(';
    const text = (): string =>
      Array.from({ length: Math.floor(next() * 8) }, () =>
        alphabet.charAt(Math.floor(next() * alphabet.length)),
      ).join('');
    let equal = 0;
    const wrong: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      const s = text();
      const t = next() < 0.3 ? s.replace(/[ ,.]/g, '-') : text();
      const same = key(s) === key(t);
      if (same) equal++;
      if (sameKey(s, t) !== same || (same && keyHash(s) !== keyHash(t))) {
        wrong.push(JSON.stringify([s, t]));
      }
    }
    expect(wrong).toEqual([]);
    // Both outcomes are exercised, so the check can fail either way.
    expect(equal).toBeGreaterThan(1000);
    expect(equal).toBeLessThan(19_000);
  });

  it('tells keys apart that differ only in where a run breaks', () => {
    expect(sameKey('ab1', 'ab 1')).toBe(false);
    expect(sameKey(' a, b ', 'a b')).toBe(true);
    expect(sameKey('600,000', '600 000')).toBe(true);
    expect(sameKey('a', 'ab')).toBe(false);
    expect(sameKey('', '  ')).toBe(true);
  });
});
