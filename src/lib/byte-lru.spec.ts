import { ByteLru } from './byte-lru';

describe('ByteLru', () => {
  const lru = () => new ByteLru<string>(10, (s) => s.length);

  it('evicts the least recently used entries once over budget', () => {
    const cache = lru();
    cache.set('a', 'aaaa');
    cache.set('b', 'bbbb');
    expect(cache.get('a')).toBe('aaaa'); // a is now the most recent
    cache.set('c', 'cccc');
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('aaaa');
    expect(cache.get('c')).toBe('cccc');
    expect(cache.bytes).toBe(8);
  });

  it('replaces a key and keeps nothing larger than the budget', () => {
    const cache = lru();
    cache.set('a', 'aaaa');
    cache.set('a', 'aa');
    expect(cache.bytes).toBe(2);
    cache.set('big', 'x'.repeat(11));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('keeps nothing with a zero budget', () => {
    const cache = new ByteLru<string>(0, (s) => s.length);
    cache.set('a', 'a');
    expect(cache.size).toBe(0);
  });
});
