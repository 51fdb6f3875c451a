import { retryOnUniqueViolation } from './retry';

const unique = Object.assign(new Error('Unique constraint failed'), { code: 'P2002' });

describe('retryOnUniqueViolation', () => {
  it('retries a write that lost an insert race, then succeeds', async () => {
    const write = jest.fn().mockRejectedValueOnce(unique).mockResolvedValueOnce('ok');
    await expect(retryOnUniqueViolation(write)).resolves.toBe('ok');
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('rethrows a persistent conflict after the last attempt, and other errors at once', async () => {
    const conflict = jest.fn().mockRejectedValue(unique);
    await expect(retryOnUniqueViolation(conflict, 3)).rejects.toBe(unique);
    expect(conflict).toHaveBeenCalledTimes(3);
    const other = jest.fn().mockRejectedValue(new Error('boom'));
    await expect(retryOnUniqueViolation(other)).rejects.toThrow('boom');
    expect(other).toHaveBeenCalledTimes(1);
  });
});
