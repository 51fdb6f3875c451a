// For the Prisma 7 CLI on machines that can fetch its engines (migrate status/deploy, studio):
// picks the schema + migrations of the provider DATABASE_URL points at. `npm run db:generate`
// passes --schema explicitly and needs no engine.
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL ?? 'file:./data/app.db';
const pg = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: pg ? 'prisma/postgres/schema.prisma' : 'prisma/schema.prisma',
  migrations: { path: pg ? 'prisma/postgres/migrations' : 'prisma/migrations' },
  datasource: { url },
});
