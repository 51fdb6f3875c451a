import { Vocabulary } from './vectors';

describe('Vocabulary', () => {
  it('gives each new term the next id, and the same id again', () => {
    const v = new Vocabulary();
    expect([v.id('ceasefire'), v.id('guarantees'), v.id('ceasefire')]).toEqual([0, 1, 0]);
    expect(v.size).toBe(2);
  });

  it('looks a term up with `known` without adding it (a cached index must not grow per query)', () => {
    const v = new Vocabulary();
    v.id('ceasefire');
    expect(v.known('ceasefire')).toBe(0);
    expect(v.known('referendum')).toBeUndefined();
    expect(v.size).toBe(1);
  });
});
