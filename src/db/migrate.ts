// Applies the committed Prisma migrations (prisma[/postgres]/migrations/<name>/migration.sql)
// at startup through the plain driver, recording them in `_prisma_migrations` exactly as
// `prisma migrate deploy` does, so `prisma migrate status/deploy` agree where engines exist.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}
interface Row {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Migration folders in name order (Prisma's order), skipping ones without migration.sql. */
export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: sha256(sql) };
    });
}

/** Prisma accepts a checksum computed with LF or CRLF line endings (git autocrlf). */
const sameScript = (m: Migration, checksum: string) =>
  [
    m.checksum,
    sha256(m.sql.replace(/\r\n/g, '\n')),
    sha256(m.sql.replace(/\r?\n/g, '\r\n')),
  ].includes(checksum);

/** Decide what to apply from the rows already recorded; throws like Prisma's P3009 on a failed one. */
function pending(all: Migration[], rows: Row[], log: (m: string) => void): Migration[] {
  const live = rows.filter((r) => r.rolled_back_at == null);
  const failed = live.filter((r) => r.finished_at == null);
  if (failed.length) {
    throw new Error(
      `failed migration(s) recorded in _prisma_migrations: ${failed.map((r) => r.migration_name).join(', ')}; resolve them first (prisma migrate resolve)`,
    );
  }
  const done = new Map(live.map((r) => [r.migration_name, r.checksum]));
  for (const m of all) {
    if (done.has(m.name) && !sameScript(m, done.get(m.name)!)) {
      log(`warning: migration ${m.name} was modified after it was applied`);
    }
  }
  for (const name of done.keys()) {
    if (!all.some((m) => m.name === name)) {
      log(`warning: applied migration ${name} is missing from the migrations folder`);
    }
  }
  return all.filter((m) => !done.has(m.name));
}

// The tables `prisma migrate deploy` creates (same columns and types; verified against Prisma's engine).
const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
    "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;
const PG_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;
const INSERT = (p: (i: number) => string) =>
  `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, NULL, NULL, ${p(5)}, 1)`;
const SELECT =
  'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at';

/** SQLite file (created with its folder); sets WAL once (it persists in the file). Returns applied names. */
export function migrateSqlite(
  file: string,
  dir: string,
  log: (m: string) => void = console.log,
): string[] {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 5000 }); // busy timeout while another process holds the lock
  try {
    db.pragma('journal_mode = WAL');
    // Prisma's table-redefinition scripts say PRAGMA foreign_keys=OFF, a no-op inside a transaction:
    // with FKs on, their DROP TABLE would cascade-delete child rows. So switch FKs off out here and
    // run SQLite's foreign_key_check before each commit instead.
    db.pragma('foreign_keys = OFF');
    db.exec(SQLITE_TABLE);
    const insert = db.prepare(INSERT(() => '?'));
    const applied: string[] = [];
    for (const m of readMigrations(dir)) {
      // One IMMEDIATE transaction per migration: takes the write lock, re-checks, applies, records.
      db.transaction(() => {
        if (!pending([m], db.prepare(SELECT).all() as Row[], () => {}).length) return;
        const started = new Date().toISOString();
        db.exec(m.sql);
        const bad = db.pragma('foreign_key_check') as unknown[];
        if (bad.length) {
          throw new Error(`migration ${m.name} leaves ${bad.length} foreign key violation(s)`);
        }
        insert.run(randomUUID(), m.checksum, new Date().toISOString(), m.name, started);
        applied.push(m.name);
      }).immediate();
    }
    pending(readMigrations(dir), db.prepare(SELECT).all() as Row[], log); // warnings only
    for (const n of applied) log(`applied migration ${n}`);
    return applied;
  } finally {
    db.close();
  }
}

/** PostgreSQL, under Prisma's own advisory lock (72707369) so parallel starters and `prisma migrate` serialize. */
export async function migratePostgres(
  url: string,
  dir: string,
  log: (m: string) => void = console.log,
): Promise<string[]> {
  const schema = new URL(url).searchParams.get('schema');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(72707369)');
    if (schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.replace(/"/g, '""')}"`);
      await client.query(`SET search_path TO "${schema.replace(/"/g, '""')}"`);
    }
    await client.query(PG_TABLE);
    const todo = pending(readMigrations(dir), (await client.query<Row>(SELECT)).rows, log);
    for (const m of todo) {
      const started = new Date();
      // Prisma emits its own BEGIN;...COMMIT; for some changes (enum rewrites): run those as-is, like Prisma.
      const own = /^\s*(BEGIN|COMMIT)\s*;/im.test(m.sql);
      if (!own) await client.query('BEGIN');
      try {
        await client.query(m.sql); // simple-query protocol: many statements in one call
        await client.query(
          INSERT((i) => `$${i}`),
          [randomUUID(), m.checksum, new Date(), m.name, started],
        );
        if (!own) await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {}); // a no-op if the script's own COMMIT already ran
        throw new Error(
          `migration ${m.name} failed${own ? ' (it manages its own transaction; check the database)' : ' and was rolled back'}: ${(e as Error).message}`,
        );
      }
      log(`applied migration ${m.name}`);
    }
    return todo.map((m) => m.name);
  } finally {
    await client.query('SELECT pg_advisory_unlock(72707369)').catch(() => {});
    await client.end();
  }
}
