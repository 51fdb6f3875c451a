import { WindowCounterStorage } from './rate-limit-storage';

describe('WindowCounterStorage', () => {
  let clock = 0;
  const storage = () => new WindowCounterStorage(() => clock);
  beforeEach(() => (clock = 1_000_000));

  it('allows the limit per window, blocks the next hit until the window ends, then resets', async () => {
    const s = storage();
    for (let i = 1; i <= 3; i++) {
      expect(await s.increment('ip', 60_000, 3, 0, 'default')).toMatchObject({
        totalHits: i,
        isBlocked: false,
      });
    }
    clock += 20_000;
    expect(await s.increment('ip', 60_000, 3, 0, 'default')).toEqual({
      totalHits: 4,
      timeToExpire: 40,
      isBlocked: true,
      timeToBlockExpire: 40,
    });
    // Blocked hits are not counted again, and other keys and throttlers are independent.
    expect(await s.increment('ip', 60_000, 3, 0, 'default')).toMatchObject({ totalHits: 4 });
    expect(await s.increment('other', 60_000, 3, 0, 'default')).toMatchObject({ totalHits: 1 });
    expect(await s.increment('ip', 60_000, 3, 0, 'burst')).toMatchObject({ isBlocked: false });
    clock += 40_000;
    expect(await s.increment('ip', 60_000, 3, 0, 'default')).toMatchObject({
      totalHits: 1,
      isBlocked: false,
      timeToExpire: 60,
    });
  });

  it('honours a block duration longer than the window', async () => {
    const s = storage();
    await s.increment('ip', 1000, 1, 0, 'd');
    expect(await s.increment('ip', 1000, 1, 5000, 'd')).toMatchObject({
      isBlocked: true,
      timeToBlockExpire: 5,
    });
    clock += 2000; // a new window, but still blocked
    expect(await s.increment('ip', 1000, 1, 5000, 'd')).toMatchObject({ isBlocked: true });
    clock += 3000;
    expect(await s.increment('ip', 1000, 1, 5000, 'd')).toMatchObject({ isBlocked: false });
  });

  it('forgets idle clients', async () => {
    const s = storage();
    for (let i = 0; i < 100; i++) await s.increment(`ip${i}`, 1000, 10, 0, 'd');
    expect(s.size).toBe(100);
    clock += 20_000;
    await s.increment('new', 1000, 10, 0, 'd');
    expect(s.size).toBe(1);
  });
});
