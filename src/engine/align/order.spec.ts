import { orderedShare } from './order';

const pair = (a: number, b: number, s: number): { a: number; b: number; s: number } => ({
  a,
  b,
  s,
});
const weight = (p: { s: number }): number => p.s;

describe('orderedShare: how far two versions keep one order', () => {
  it('is 1 when every clear match keeps the order, and when there is none', () => {
    expect(orderedShare([pair(0, 0, 0.9), pair(1, 1, 0.5), pair(2, 2, 0.4)], weight)).toBe(1);
    expect(orderedShare([], weight)).toBe(1);
  });

  it('counts only mutual-best pairs: a weaker rival of a matched clause is no evidence', () => {
    // 0→1 (0.3) crosses 1→0 but is not 0's best (0→0 is), so the order is intact.
    expect(orderedShare([pair(0, 0, 0.9), pair(1, 1, 0.6), pair(0, 1, 0.3)], weight)).toBe(1);
  });

  it('falls with the weight of the matches that a crossing-free chain cannot hold', () => {
    // A swap of two equal matches next to two in order: the chain keeps three of four.
    const swapped = [pair(0, 0, 0.5), pair(1, 2, 0.5), pair(2, 1, 0.5), pair(3, 3, 0.5)];
    expect(orderedShare(swapped, weight)).toBeCloseTo(0.75);
    const reversed = [pair(0, 2, 0.5), pair(1, 1, 0.5), pair(2, 0, 0.5)];
    expect(orderedShare(reversed, weight)).toBeCloseTo(1 / 3);
  });
});
