import Database from 'better-sqlite3';

/**
 * Tells whether anything was committed to the database since an earlier reading, without a
 * query through Prisma. On SQLite this is `PRAGMA data_version` on a connection of its own: it
 * changes whenever any other connection, in this process or another, commits (WAL or not), and
 * costs microseconds. PostgreSQL has no equivalent; there `current()` is null, meaning "unknown:
 * validate against the database".
 */
export interface DbChanges {
  current(): number | null;
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
