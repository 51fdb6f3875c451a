import { pairTokenIds } from './token-ids';
import { asciiTokens, regexTokens } from './word-diff';

/** Deterministic PRNG (mulberry32). */
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

describe('asciiTokens', () => {
  it('splits like the Unicode regex on ASCII text', () => {
    for (const text of [
      '',
      "Russia's 600,000 troops don't withdraw by 1.2.3., 12,a 1..2 x'' 'y' a'b'c",
      ' \t\n\v\f\r mixed   runs\r\n',
      'Article 5(b)-7; "quoted" [brackets] 3rd 2026. end.',
    ]) {
      expect(asciiTokens(text)).toEqual(regexTokens(text));
    }
  });

  it('agrees with the regex on 5,000 random ASCII strings', () => {
    const next = rng(18);
    // Weighted towards the characters the token rules care about.
    const pool = "aZ09.,' \t\n\r\v\f-;()xyz5";
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let n = Math.floor(next() * 30); n > 0; n--) {
        text +=
          next() < 0.8
            ? pool[Math.floor(next() * pool.length)]!
            : String.fromCharCode(Math.floor(next() * 128));
      }
      expect({ text, tokens: asciiTokens(text) }).toEqual({ text, tokens: regexTokens(text) });
    }
  });
});

describe('pairTokenIds', () => {
  it('gives two tokens of a pair one id exactly when their texts are equal', () => {
    const next = rng(6);
    const pool = "ab 1,2.'\tжё600\u00a0x";
    const text = (): string => {
      let s = '';
      for (let n = Math.floor(next() * 40); n > 0; n--) {
        s += pool[Math.floor(next() * pool.length)]!;
      }
      return s;
    };
    for (let i = 0; i < 2000; i++) {
      const before = text();
      const after = next() < 0.5 ? text() : before.replace(/[a-z]/gu, 'b');
      const [a, b] = pairTokenIds(before, after);
      const tokens = [...regexTokens(before), ...regexTokens(after)];
      const ids = [...a.ids, ...b.ids];
      const read = [
        ...Array.from(a.ids, (_, t) => before.slice(a.starts[t], a.starts[t + 1])),
        ...Array.from(b.ids, (_, t) => after.slice(b.starts[t], b.starts[t + 1])),
      ];
      expect(read).toEqual(tokens);
      const wrong: string[] = [];
      for (let x = 0; x < ids.length; x++) {
        for (let y = 0; y < x; y++) {
          if ((ids[x] === ids[y]) !== (tokens[x] === tokens[y])) wrong.push(`${x} ${y}`);
        }
      }
      expect({ before, after, wrong }).toEqual({ before, after, wrong: [] });
    }
  });
});
