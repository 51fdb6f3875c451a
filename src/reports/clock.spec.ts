import { generationTime } from './clock';

describe('generationTime', () => {
  it('is SOURCE_DATE_EPOCH when given, for byte-identical reports', () => {
    expect(generationTime(1763683200)).toBe('2025-11-21T00:00:00.000Z');
    expect(generationTime(0)).toBe('1970-01-01T00:00:00.000Z');
  });

  it('is now otherwise', () => {
    const before = Date.now();
    const now = Date.parse(generationTime());
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
