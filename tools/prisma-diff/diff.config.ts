// Config for the Prisma 6.19 CLI in this folder (see scripts/prisma.js `migration`).
// engine "js" makes it use its bundled WASM schema engine instead of a downloaded binary.
// The adapter only has to connect somewhere: an in-memory SQLite database, for either
// target provider (the provider comes from the schema being diffed).
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';

export default {
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => new PrismaBetterSqlite3({ url: ':memory:' }),
};
