import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { migratePostgres, migrateSqlite, readMigrations } from './migrate';

const ROOT = resolve(__dirname, '../..');
const SQLITE_DIR = join(ROOT, 'prisma/migrations');
const PG_DIR = join(ROOT, 'prisma/postgres/migrations');
const quiet = (): void => undefined;
const tmp = mkdtempSync(join(tmpdir(), 'plandiff-migrate-'));

/** A copy of a migrations folder with one more, failing, migration. */
function withBadMigration(dir: string): string {
  const copy = mkdtempSync(join(tmp, 'm-'));
  cpSync(dir, copy, { recursive: true });
  mkdirSync(join(copy, '99999999999999_bad'));
  writeFileSync(
    join(copy, '99999999999999_bad', 'migration.sql'),
    'CREATE TABLE "T" (x INT);\nSELECT nope FROM nowhere;\n',
  );
  return copy;
}

describe('migrateSqlite', () => {
  it('creates the folder and file, applies each migration once, records it like Prisma', () => {
    const file = join(tmp, 'nested/dir/app.db');
    const names = readMigrations(SQLITE_DIR).map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);
    expect(migrateSqlite(file, SQLITE_DIR, quiet)).toEqual(names);
    expect(migrateSqlite(file, SQLITE_DIR, quiet)).toEqual([]);
    const db = new Database(file);
    const rows = db
      .prepare('SELECT migration_name, checksum, applied_steps_count FROM _prisma_migrations')
      .all();
    expect(rows).toEqual(
      readMigrations(SQLITE_DIR).map((m) => ({
        migration_name: m.name,
        checksum: m.checksum,
        applied_steps_count: 1,
      })),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('rolls a failing migration back completely and records nothing for it', () => {
    const file = join(tmp, 'fail.db');
    expect(() => migrateSqlite(file, withBadMigration(SQLITE_DIR), quiet)).toThrow(/nowhere/);
    const db = new Database(file);
    expect(db.prepare(`SELECT count(*) AS c FROM sqlite_master WHERE name = 'T'`).get()).toEqual({
      c: 0,
    });
    db.close();
    expect(migrateSqlite(file, SQLITE_DIR, quiet)).toEqual([]); // the good ones had committed
  });
});

const PG_URL = process.env['TEST_DATABASE_URL'];
(PG_URL ? describe : describe.skip)('migratePostgres', () => {
  const schema = `migrate_${process.pid}`;
  const url = (): string => {
    const u = new URL(PG_URL!);
    u.searchParams.set('schema', schema);
    return u.toString();
  };
  afterAll(async () => {
    const c = new Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await c.end();
  });

  it('applies once under the advisory lock even with concurrent starters', async () => {
    const results = await Promise.all([1, 2, 3].map(() => migratePostgres(url(), PG_DIR, quiet)));
    expect(results.flat()).toEqual(readMigrations(PG_DIR).map((m) => m.name));
    expect(await migratePostgres(url(), PG_DIR, quiet)).toEqual([]);
  });

  it('rolls a failing migration back', async () => {
    await expect(migratePostgres(url(), withBadMigration(PG_DIR), quiet)).rejects.toThrow(
      /99999999999999_bad failed and was rolled back/,
    );
    const c = new Client({ connectionString: PG_URL });
    await c.connect();
    const r = await c.query(`SELECT to_regclass('"${schema}"."T"') AS t`);
    await c.end();
    expect(r.rows).toEqual([{ t: null }]);
  });
});
