/**
 * Long reads and writes in slices, with the event loop let run between them. Prisma builds each
 * query and maps each result row on the main thread (its query compiler is WASM; better-sqlite3
 * runs statements synchronously), so reading or inserting 10,000 clauses in one statement held
 * every other request, /api/health included, for a second or more.
 */

/** Rows per statement: a slice costs a few to a few tens of milliseconds. */
export const SLICE_ROWS = 500;

/** Lets queued callbacks (other requests, health probes) run between two slices. */
export const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => setImmediate(resolve));

/**
 * Every row, read `size` at a time: `page(skip, take)` must order its rows by a unique key so
 * the slices neither overlap nor leave gaps (inside a transaction, or on immutable rows).
 */
export async function readInSlices<T>(
  page: (skip: number, take: number) => Promise<T[]>,
  size = SLICE_ROWS,
): Promise<T[]> {
  const rows: T[] = [];
  for (let skip = 0; ; skip += size) {
    const slice = await page(skip, size);
    for (const row of slice) rows.push(row);
    if (slice.length < size) return rows;
    await yieldToEventLoop();
  }
}
