import fc from 'fast-check';
import { Arena } from './arena';

describe('Arena', () => {
  it('hands out zeroed, disjoint views, across chunk boundaries too', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 70_000 }), { maxLength: 12 }), (lengths) => {
        const arena = new Arena();
        const views = lengths.map((n, k) => {
          const ints = arena.int32(n);
          const floats = arena.float64(n);
          expect(ints.length).toBe(n);
          expect(floats.length).toBe(n);
          expect(ints.every((x) => x === 0) && floats.every((x) => x === 0)).toBe(true);
          ints.fill(k + 1);
          floats.fill(k + 1);
          return { ints, floats, k };
        });
        // A later view never overwrites an earlier one.
        for (const { ints, floats, k } of views) {
          expect(ints.every((x) => x === k + 1) && floats.every((x) => x === k + 1)).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });
});
