import { resolve } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient as SqlitePrismaClient } from '../generated/prisma-sqlite/client';
import type { Prisma } from '../generated/prisma-sqlite/client';
import type * as PgAdapterModule from '@prisma/adapter-pg';
import type * as PgClientModule from '../generated/prisma-pg/client';
import { isPostgresUrl } from '../config/app-config';
import { TRANSACTION_LIMITS } from '../config/limits';
import { projectRoot } from '../lib/project-root';
import { migratePostgres, migrateSqlite } from './migrate';

const transactionOptions = {
  maxWait: TRANSACTION_LIMITS.maxWaitMs,
  timeout: TRANSACTION_LIMITS.timeoutMs,
};

/**
 * The one client type the application codes against: the SQLite client's type (the narrower
 * feature set). The PostgreSQL client is the same API at run time but a distinct, not
 * structurally assignable, generated type, so it is cast once, here.
 */
export type Db = SqlitePrismaClient;
export type Tx = Prisma.TransactionClient;

/** The project root, where prisma/ lives. */
const PROJECT_ROOT = projectRoot();

export interface OpenOptions {
  readonly url: string;
  /** Directory relative `file:` URLs and prisma/ are resolved against (default: project root). */
  readonly root?: string;
  readonly migrate?: boolean;
  readonly log?: (message: string) => void;
}

/** The file of a SQLite `file:` URL, relative ones resolved against the project root. */
export const sqliteFile = (url: string, root = PROJECT_ROOT): string =>
  resolve(root, url.slice('file:'.length));

/** Applies pending migrations, then returns a connected client (SQLite `file:` or PostgreSQL). */
export async function openDatabase(opts: OpenOptions): Promise<Db> {
  const root = opts.root ?? PROJECT_ROOT;
  const log = opts.log ?? ((m: string) => console.log(`[db] ${m}`));
  const url = opts.url;
  if (isPostgresUrl(url)) {
    if (opts.migrate !== false) {
      await migratePostgres(url, resolve(root, 'prisma/postgres/migrations'), log);
    }
    // Loaded only when used, so SQLite deployments never load the PostgreSQL client or pg.
    // require, not import(): ts-jest runs CommonJS, where a real dynamic import needs VM modules.
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { PrismaClient } = require('../generated/prisma-pg/client') as typeof PgClientModule;
    const { PrismaPg } = require('@prisma/adapter-pg') as typeof PgAdapterModule;
    /* eslint-enable @typescript-eslint/no-require-imports */
    const schema = new URL(url).searchParams.get('schema') ?? undefined;
    const client = new PrismaClient({
      adapter: new PrismaPg({ connectionString: url }, schema ? { schema } : {}),
      transactionOptions,
    });
    await client.$connect();
    return client as unknown as Db;
  }
  if (!url.startsWith('file:')) {
    throw new Error(`DATABASE_URL must be file:… or postgres(ql)://…, got ${url}`);
  }
  // Relative to the project root, not the cwd, so `npm start` from anywhere finds ./data/.
  const file = sqliteFile(url, root);
  if (opts.migrate !== false) migrateSqlite(file, resolve(root, 'prisma/migrations'), log);
  // timeout = better-sqlite3's busy timeout (ms), so concurrent writers wait instead of failing.
  const client = new SqlitePrismaClient({
    adapter: new PrismaBetterSqlite3({ url: file, timeout: 5000 }),
    transactionOptions,
  });
  await client.$connect();
  return client;
}
