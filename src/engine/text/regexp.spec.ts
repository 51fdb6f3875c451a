import fc from 'fast-check';
import { Alternation, chunkAlternatives, factorAlternatives } from './regexp';

/**
 * The speed helpers must not change a match: a factored or split alternation finds the same
 * matches, at the same places, in the same order, as the plain alternation of the same parts.
 */

const matches = (re: RegExp, text: string): string[] =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

// Small alphabets make shared prefixes, overlaps and nested alternatives likely.
const piece = fc.constantFrom(
  'a',
  'b',
  'ab',
  'ba',
  '[ab]*',
  'a+',
  '(?![a])',
  '(?<![b])',
  '\\s',
  ' ',
);
const alternative = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
const alternatives = fc.array(alternative, { minLength: 1, maxLength: 12 });
const text = fc
  .array(fc.constantFrom('a', 'b', ' ', 'c'), { maxLength: 30 })
  .map((t) => t.join(''));

describe('regexp speed helpers', () => {
  it('factorAlternatives shares opening letters', () => {
    expect(factorAlternatives(['abc', 'abd', 'e', '[x]', 'af'])).toBe('ab(?:c|d)|e|[x]|af');
    // A letter under a quantifier stays with it.
    expect(factorAlternatives(['ab*', 'ac'])).toBe('a(?:b*|c)');
    expect(factorAlternatives(['a*', 'ac'])).toBe('a*|ac');
  });

  it('factorAlternatives matches as the plain alternation does', () => {
    fc.assert(
      fc.property(alternatives, text, (alts, t) => {
        const plain = new RegExp(alts.join('|'), 'gu');
        const factored = new RegExp(factorAlternatives(alts), 'gu');
        expect(matches(factored, t)).toEqual(matches(plain, t));
      }),
    );
  });

  it('Alternation over chunks matches as the joined pattern does', () => {
    fc.assert(
      fc.property(alternatives, text, fc.integer({ min: 8, max: 40 }), (alts, t, limit) => {
        const wrap = (a: string): string => `(?<![c])(?:${a})`;
        const parts = chunkAlternatives(alts, wrap, limit);
        const joined = new RegExp(`${wrap(alts.join('|'))}|c+`, 'gu');
        const split = new Alternation([...parts, 'c+'], 'gu');
        expect(matches(split, t)).toEqual(matches(joined, t));
        expect(split.test(t)).toBe(joined.test(t));
        expect(t.replace(split, '_')).toBe(t.replace(joined, '_'));
        expect(t.split(split)).toEqual(t.split(joined));
        const once = new Alternation([...parts, 'c+'], 'u');
        expect(once.exec(t)?.[0]).toBe(new RegExp(joined.source, 'u').exec(t)?.[0]);
      }),
    );
  });

  it('Alternation refuses parts with capture groups', () => {
    expect(() => new Alternation(['(a)', 'b'], 'gu')).toThrow(/captures/u);
    expect(() => new Alternation(['(?:a)(?<!b)[(]', 'b'], 'gu')).not.toThrow();
  });
});
