/** Prisma's "unique constraint failed" error code. */
const UNIQUE_VIOLATION = 'P2002';

export const isUniqueViolation = (err: unknown): boolean =>
  typeof err === 'object' && err !== null && (err as { code?: unknown }).code === UNIQUE_VIOLATION;

/**
 * Runs a write transaction again when it lost a race to insert a shared row (a source URL, a
 * party, an actor): the retry finds the row the winner committed. A unique violation that
 * persists is a real conflict (a duplicate slug) and is rethrown for the 409.
 */
export async function retryOnUniqueViolation<T>(write: () => Promise<T>, attempts = 3): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await write();
    } catch (err) {
      if (i >= attempts || !isUniqueViolation(err)) throw err;
    }
  }
}
