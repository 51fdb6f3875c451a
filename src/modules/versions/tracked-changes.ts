import type { Db, Tx } from '../../db/client';
import { readInSlices, yieldToEventLoop } from '../../db/paged';
import type { NewTrackedChange, StoredTrackedChange } from './versions.types';

/**
 * The tracked changes of the Word file a version was imported from (who inserted, deleted or
 * moved which text, in which clause): written with the version, in its transaction, and read
 * back in document order. Versions are immutable, so these never change either.
 */
const INSERT_CHUNK = 200;

export async function insertTrackedChanges(
  tx: Tx,
  versionId: number,
  changes: readonly NewTrackedChange[],
): Promise<void> {
  for (let start = 0; start < changes.length; start += INSERT_CHUNK) {
    await tx.trackedChange.createMany({
      data: changes.slice(start, start + INSERT_CHUNK).map((c, i) => ({
        versionId,
        seq: start + i,
        kind: c.kind,
        author: c.author,
        date: c.date,
        text: c.text,
        clause: c.clause,
        side: c.side,
      })),
    });
    await yieldToEventLoop();
  }
}

export async function readTrackedChanges(
  db: Db,
  versionId: number,
): Promise<StoredTrackedChange[]> {
  const rows = await readInSlices((skip, take) =>
    db.trackedChange.findMany({ where: { versionId }, orderBy: { seq: 'asc' }, skip, take }),
  );
  return rows.map((r) => ({
    kind: r.kind as StoredTrackedChange['kind'],
    author: r.author,
    date: r.date,
    text: r.text,
    clause: r.clause,
    version: r.side as StoredTrackedChange['version'],
  }));
}
