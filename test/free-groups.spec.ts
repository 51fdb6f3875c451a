/**
 * Free groups (src/engine/align/free-groups.ts, engine 0.6.0): a merge or split whose parts and
 * host were all left unlinked, on the two development pairs it was measured on (docs/engine.md
 * §6), and the guards that keep the synthetic corpora whole.
 */
import { compareTexts, evaluate } from '../src/engine';
import { compareUnseen as compare, partnersOf } from './support/unseen-pairs';
import { generatePair } from './synthetic/synthetic';

describe('free groups', () => {
  it('merges the Gaza plan 7 + 8 (the Board of Peace) into resolution 2803 6', () => {
    const merged = compare('gaza20-en', 'unsc2803-en');
    expect(partnersOf(merged, '7')).toEqual(['6']);
    expect(partnersOf(merged, '8')).toEqual(['6']);
    // Parts that must share more words than they do: all three stay unlinked.
    const off = compare('gaza20-en', 'unsc2803-en', { freeGroupTerms: 99 });
    expect(partnersOf(off, '7')).toEqual([]);
    expect(partnersOf(off, '8')).toEqual([]);
  });

  it('splits Pretoria 5 (disarmament) into Nairobi 4 + 5 (heavy and light weapons)', () => {
    expect(partnersOf(compare('pta22-en', 'nbo22-en'), '5')).toEqual(['4', '5']);
    expect(partnersOf(compare('pta22-en', 'nbo22-en', { freeGroupTerms: 99 }), '5')).toEqual([]);
  });

  it('keeps the synthetic corpora whole (consecutive parts only)', () => {
    const pair = generatePair({ clauses: 300, profile: 'default', seed: 20251123 });
    expect(evaluate(compareTexts(pair.a, pair.b), pair.gold).accuracy).toBe(1);
  });
});
