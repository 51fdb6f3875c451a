import Database from 'better-sqlite3';
import { ByteLru } from '../lib/byte-lru';
import type { Db } from './client';

/**
 * Tells whether anything was committed to the database since an earlier reading: two equal
 * readings mean no commit in between. On SQLite this is `PRAGMA data_version` on a connection of
 * its own: it changes whenever any other connection, in this process or another, commits, and
 * costs microseconds. On PostgreSQL it is the current snapshot (`xmin:xmax:in-progress xids`):
 * a committing write transaction either was in progress (and leaves the list) or started later
 * (and moves xmax), so any commit changes it, from any instance; read-only transactions take no
 * xid and leave it alone. One query without table access instead of the three a cached compare
 * would otherwise make. `null` means "unknown: validate against the database".
 */
export interface DbChanges {
  current(): number | string | null | Promise<number | string | null>;
  close(): void;
}

export const DB_CHANGES = Symbol('DB_CHANGES');

export const UNTRACKED: DbChanges = { current: () => null, close: () => undefined };

export function sqliteChanges(file: string): DbChanges {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  // Prepared once: db.pragma() would prepare the statement on every call.
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  return {
    current: () => dataVersion.get() as number,
    close: () => db.close(),
  };
}

export function postgresChanges(db: Db): DbChanges {
  return {
    current: async () => {
      const rows = await db.$queryRaw<{ s: string }[]>`SELECT pg_current_snapshot()::text AS s`;
      return rows[0]?.s ?? null;
    },
    close: () => undefined,
  };
}

/**
 * Values computed from the database, reused while DB_CHANGES shows no commit since they were
 * computed (any write, from any connection or instance, invalidates them all). Bounded to the
 * most recently used `entries` keys. With an untracked database nothing is kept.
 */
export class ChangeMemo<V> {
  private readonly kept: ByteLru<{ readonly seen: number | string; readonly value: V }>;

  public constructor(
    private readonly changes: DbChanges,
    entries: number,
  ) {
    this.kept = new ByteLru(entries, () => 1);
  }

  public async get(key: string, load: () => Promise<V>): Promise<V> {
    // Read before loading: a commit landing meanwhile makes the next call load again.
    const seen = await this.changes.current();
    const hit = seen === null ? undefined : this.kept.get(key);
    if (hit !== undefined && hit.seen === seen) return hit.value;
    const value = await load();
    if (seen !== null) this.kept.set(key, { seen, value });
    return value;
  }
}
