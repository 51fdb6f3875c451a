#!/usr/bin/env node
// Offline-safe Prisma tooling. Usage:
//   node scripts/prisma.js generate            write prisma/postgres/schema.prisma, generate both clients
//   node scripts/prisma.js schemas [--check]    write (or check) the PostgreSQL schema + migration sync
//   node scripts/prisma.js migration <name>     new SQL migration for BOTH providers (offline, Prisma 6.19 WASM engine)
//   node scripts/prisma.js <anything else>      passthrough to the Prisma 7 CLI (needs engines: online machines)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const os = require('node:os');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const SQLITE_SCHEMA = path.join(root, 'prisma/schema.prisma');
const PG_SCHEMA = path.join(root, 'prisma/postgres/schema.prisma');
const SNAPSHOT = path.join(root, 'prisma/schema.snapshot.prisma'); // schema as of the latest migration
const MIGRATIONS = {
  sqlite: path.join(root, 'prisma/migrations'),
  postgresql: path.join(root, 'prisma/postgres/migrations'),
};
const DIFF_TOOL = path.join(root, 'tools/prisma-diff');

// `generate` never runs the schema engine, but Prisma 7 resolves (and would download) it first.
// Any existing executable satisfies the lookup; node itself is one on every OS. A value the
// user set is kept. CHECKPOINT_DISABLE stops the update check (a network call).
const offlineEnv = () => ({
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY || process.execPath, // 6.19 diff tool
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
});

function run(cliJs, args, opts = {}) {
  const r = spawnSync(process.execPath, [cliJs, ...args], {
    cwd: root,
    stdio: opts.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    env: opts.env ?? process.env,
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    console.error(`prisma ${args.join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
  return r.stdout;
}
const prisma7 = () => require.resolve('prisma/build/index.js', { paths: [root] });

/** The PostgreSQL schema is the SQLite one with two lines changed. */
function toPostgres(src) {
  if (/@db\./.test(src.replace(/\/\/.*$/gm, '')))
    throw new Error('schema.prisma must stay provider-neutral: no @db.* attributes');
  const out = src
    .replace(/^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"')
    .replace(
      /^(\s*output\s*=\s*)"\.\.\/src\/generated\/prisma-sqlite"/m,
      '$1"../../src/generated/prisma-pg"',
    );
  if (out === src || !out.includes('prisma-pg') || !out.includes('"postgresql"'))
    throw new Error('could not rewrite provider/output lines');
  return '// GENERATED from prisma/schema.prisma by scripts/prisma.js. Do not edit.\n' + out;
}

function schemas(check) {
  const want = toPostgres(fs.readFileSync(SQLITE_SCHEMA, 'utf8'));
  const have = fs.existsSync(PG_SCHEMA) ? fs.readFileSync(PG_SCHEMA, 'utf8') : '';
  const problems = [];
  if (have !== want)
    problems.push('prisma/postgres/schema.prisma is stale: run `npm run db:schemas`');
  const snap = fs.existsSync(SNAPSHOT) ? fs.readFileSync(SNAPSHOT, 'utf8') : '';
  if (snap !== fs.readFileSync(SQLITE_SCHEMA, 'utf8'))
    problems.push(
      'schema.prisma changed since the last migration: run `npm run db:migration -- <name>`',
    );
  const names = (dir) =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, 'migration.sql')))
      : [];
  if (names(MIGRATIONS.sqlite).join() !== names(MIGRATIONS.postgresql).join())
    problems.push('prisma/migrations and prisma/postgres/migrations list different migrations');
  if (check) {
    if (problems.length) {
      problems.forEach((p) => console.error('db:check: ' + p));
      process.exit(1);
    }
    console.log('db:check: schemas and migrations in sync');
    return;
  }
  if (have !== want) {
    fs.mkdirSync(path.dirname(PG_SCHEMA), { recursive: true });
    fs.writeFileSync(PG_SCHEMA, want);
    console.log('wrote prisma/postgres/schema.prisma');
  }
}

function generate() {
  schemas(false);
  for (const s of [SQLITE_SCHEMA, PG_SCHEMA])
    run(prisma7(), ['generate', '--schema', path.relative(root, s)], { env: offlineEnv() });
}

/** New migration for both providers: diff(snapshot -> schema) with the Prisma 6.19 CLI's WASM engine. */
function migration(name) {
  if (!/^[a-z0-9_]+$/.test(name ?? '')) {
    console.error('usage: npm run db:migration -- <snake_case_name>');
    process.exit(2);
  }
  if (!fs.existsSync(path.join(DIFF_TOOL, 'node_modules/prisma/build/index.js'))) {
    // Installed on demand from the npm registry; --ignore-scripts skips its engine download.
    const r = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: DIFF_TOOL,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (r.status !== 0) process.exit(r.status || 1);
  }
  schemas(false);
  const cli = path.join(DIFF_TOOL, 'node_modules/prisma/build/index.js');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'prisma-diff-'));
  const current = fs.readFileSync(SQLITE_SCHEMA, 'utf8');
  const previous = fs.existsSync(SNAPSHOT) ? fs.readFileSync(SNAPSHOT, 'utf8') : null;
  // Prisma 6 requires a url in the datasource block; Prisma 7 forbids it. Add a dummy one.
  const withUrl = (src, url) =>
    src.replace(/^(\s*provider\s*=\s*"(?:sqlite|postgresql)".*)$/m, `$1\n  url = "${url}"`);
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const scripts = {};
  for (const [provider] of Object.entries(MIGRATIONS)) {
    const conv = (s) =>
      withUrl(
        provider === 'sqlite' ? s : toPostgres(s),
        provider === 'sqlite' ? 'file:./unused.db' : 'postgresql://unused@localhost/unused',
      );
    const to = path.join(tmp, `${provider}-to.prisma`);
    fs.writeFileSync(to, conv(current));
    const from =
      previous === null
        ? ['--from-empty']
        : (fs.writeFileSync(path.join(tmp, `${provider}-from.prisma`), conv(previous)),
          ['--from-schema-datamodel', path.join(tmp, `${provider}-from.prisma`)]);
    scripts[provider] = run(
      cli,
      [
        'migrate',
        'diff',
        '--config',
        path.join(DIFF_TOOL, 'diff.config.ts'),
        ...from,
        '--to-schema-datamodel',
        to,
        '--script',
      ],
      { env: offlineEnv(), capture: true },
    );
  }
  const empty = (sql) => /^-- This is an empty migration\.\s*$/.test(sql.trim());
  if (Object.values(scripts).every(empty)) {
    console.log('no changes');
    fs.rmSync(tmp, { recursive: true, force: true });
    return;
  }
  // Keep both folders listing the same migrations: a change that is a no-op for one provider
  // (e.g. enum values on SQLite, stored as TEXT) still gets its (empty) migration there.
  const written = [];
  for (const [provider, dir] of Object.entries(MIGRATIONS)) {
    const out = path.join(dir, `${stamp}_${name}`);
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'migration.sql'), scripts[provider]);
    written.push(path.relative(root, out) + (empty(scripts[provider]) ? ' (empty)' : ''));
  }
  for (const d of Object.values(MIGRATIONS)) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(
    path.join(MIGRATIONS.sqlite, 'migration_lock.toml'),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n',
  );
  fs.writeFileSync(
    path.join(MIGRATIONS.postgresql, 'migration_lock.toml'),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
  fs.writeFileSync(SNAPSHOT, current);
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log('wrote ' + written.join(', '));
}

const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'generate') generate();
else if (cmd === 'schemas') schemas(rest.includes('--check'));
else if (cmd === 'migration') migration(rest[0]);
else run(prisma7(), process.argv.slice(2), { env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
