import fc from 'fast-check';
import { MAX_BRACKET_DEPTH, parseBrackets } from '../../src/engine';

// Strings rich in bracket syntax: unbalanced, nested, slashes, dashes and party-like words.
const piece = fc.constantFrom(
  '[',
  ']',
  '{',
  '}',
  ' / ',
  ' - US',
  '; G77 delete',
  'Option 1: ',
  'text',
  ' ',
  'Agreed ad ref',
  'and',
);
const syntaxy = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));
const input = fc.oneof(fc.string({ maxLength: 200 }), syntaxy);
const squash = (s: string): string => s.replace(/\s+/gu, '');

describe('parseBrackets properties', () => {
  it('never throws, and spans and brackets lie inside the input', () => {
    fc.assert(
      fc.property(input, (s) => {
        const r = parseBrackets(s);
        for (const b of r.brackets) {
          expect(b.start).toBeGreaterThanOrEqual(0);
          expect(b.end).toBeLessThanOrEqual(s.length);
          expect(b.start).toBeLessThan(b.end);
          expect(b.depth).toBeGreaterThanOrEqual(1);
          expect(b.depth).toBeLessThanOrEqual(MAX_BRACKET_DEPTH);
        }
        let at = 0;
        for (const span of r.removed) {
          expect(span.start).toBeGreaterThanOrEqual(at);
          expect(span.end).toBeLessThanOrEqual(s.length);
          at = span.end;
        }
      }),
    );
  });

  it('clean text is the input minus the removed syntax (spaces aside)', () => {
    fc.assert(
      fc.property(input, (s) => {
        const r = parseBrackets(s);
        let rest = '';
        let at = 0;
        for (const span of r.removed) {
          rest += s.slice(at, span.start);
          at = span.end;
        }
        rest += s.slice(at);
        expect(squash(r.clean)).toBe(squash(rest));
        expect(r.clean).not.toMatch(/[[\]]/u);
      }),
    );
  });

  it('text without brackets or braces is left as it is', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }).filter((s) => !/[[\]{}]/u.test(s)),
        (s) => {
          expect(parseBrackets(s).clean).toBe(s);
        },
      ),
    );
  });

  it('deep and unbalanced nesting is bounded and reported', () => {
    const r = parseBrackets(`${'['.repeat(5000)}x${']'.repeat(10)}`);
    expect(Math.max(...r.brackets.map((b) => b.depth))).toBeLessThanOrEqual(MAX_BRACKET_DEPTH);
    expect(r.problems.some((p) => p.kind === 'unclosed')).toBe(true);
  });
});
