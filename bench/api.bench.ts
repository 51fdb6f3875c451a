/**
 * `npm run bench:api`: the built server against a fresh SQLite file (and a fresh schema of the
 * PostgreSQL server in DATABASE_URL, when given), driven with autocannon on loopback. The rate
 * limit is raised for the run (RATE_LIMIT_MAX), or the 429s would be all it measures.
 *
 * On SQLite it also times /api/health alone and while uncached comparisons of two versions near
 * the 10,000-clause limit run (bench/health-under-compare.ts; issue #18's p99 < 50 ms).
 *
 * BENCH_DURATION (s per scenario, default 10) and BENCH_CONNECTIONS (default 10) tune the load.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { HEALTH_P99_MS, healthUnderCompare } from './health-under-compare';
import { startServer } from './server-process';
import type { ServerProcess } from './server-process';

const PLAN = '/api/plans/ukraine-2025';
const DURATION = Number(process.env['BENCH_DURATION'] ?? 10);
// autocannon's own default. By Little's law, 50 connections at 2,000 rps queue 25 ms per request
// on average, so the p99 < 20 ms target presumes fewer; BENCH_CONNECTIONS=50 shows that.
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const HEAVY_CONNECTIONS = 4;
const SERVER_ENV = { RATE_LIMIT_MAX: '1000000', RATE_LIMIT_TTL_MS: '60000' };
/** The target for the cached compare; the other scenarios are reported, not judged. */
const TARGET = { rps: 2000, p99Ms: 20 };
/** Every ordered pair of the seeded corpus's versions, so the uncached scenario varies. */
const VERSIONS = ['v28', 'veu', 'veu24', 'v19', 'v27', 'v20us', 'v20'];

interface Row {
  readonly backend: string;
  readonly scenario: string;
  readonly rps: number;
  /** Server CPU (user + system) per request: what the load on the shared machine cannot skew. */
  readonly cpuMs: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
  /** The bound the row is judged against and its verdict, or '' when it is only reported. */
  readonly target: string;
}

/** The child's CPU time so far (ms), from /proc (Linux). */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, USER_HZ 100
  } catch {
    return Number.NaN;
  }
}

async function load(
  server: ServerProcess,
  paths: readonly string[],
  duration = DURATION,
  connections = CONNECTIONS,
): Promise<autocannon.Result & { cpuMs: number }> {
  const before = cpuMs(server.child.pid);
  const result = await autocannon({
    url: server.url,
    connections,
    pipelining: 1,
    duration,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return { ...result, cpuMs: (cpuMs(server.child.pid) - before) / result.requests.total };
}

function row(
  backend: string,
  scenario: string,
  r: autocannon.Result & { cpuMs: number },
  judged: boolean,
): Row {
  const ok =
    r.requests.average >= TARGET.rps &&
    r.latency.p99 < TARGET.p99Ms &&
    r.non2xx === 0 &&
    r.errors === 0;
  return {
    backend,
    scenario,
    rps: r.requests.average,
    cpuMs: r.cpuMs,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    target: judged
      ? `≥ ${TARGET.rps} rps, p99 < ${TARGET.p99Ms} ms, 0 non-2xx: ${ok ? 'PASS' : 'FAIL'}`
      : '',
  };
}

async function scenarios(backend: string, databaseUrl: string): Promise<Row[]> {
  const rows: Row[] = [];
  const pairs = VERSIONS.flatMap((from) =>
    VERSIONS.filter((to) => to !== from).map((to) => `${PLAN}/compare?from=${from}&to=${to}`),
  );
  // Uncached: a server that neither reads nor writes the comparison caches, over all 42 pairs.
  let server = await startServer({
    databaseUrl,
    env: { ...SERVER_ENV, COMPARE_CACHE_MB: '0' },
  });
  try {
    // Each request runs the engine (tens of ms): a few connections, or it measures the queue.
    await load(server, pairs, 2, HEAVY_CONNECTIONS);
    rows.push(
      row(
        backend,
        `uncached compare, 42 pairs (${HEAVY_CONNECTIONS} conn.)`,
        await load(server, pairs, DURATION, HEAVY_CONNECTIONS),
        false,
      ),
    );
  } finally {
    await server.stop();
  }
  server = await startServer({ databaseUrl, env: SERVER_ENV });
  try {
    const cached = [`${PLAN}/compare?from=v28&to=veu`];
    await load(server, cached, 2);
    rows.push(row(backend, 'cached compare v28→veu', await load(server, cached), true));
    await load(server, [`${PLAN}/versions`], 2);
    rows.push(row(backend, 'version list', await load(server, [`${PLAN}/versions`]), false));
    const exportPath = [`${PLAN}/export`];
    await load(server, exportPath, 2, HEAVY_CONNECTIONS);
    rows.push(
      row(
        backend,
        `briefing export (${HEAVY_CONNECTIONS} conn.)`,
        await load(server, exportPath, DURATION, HEAVY_CONNECTIONS),
        false,
      ),
    );
  } finally {
    await server.stop();
  }
  return rows;
}

/** A fresh schema on the given PostgreSQL server, dropped afterwards. */
async function withPostgresSchema<T>(base: string, run: (url: string) => Promise<T>): Promise<T> {
  const schema = `bench_${process.pid}_${Date.now().toString(36)}`;
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  try {
    return await run(url.toString());
  } finally {
    const client = new Client({ connectionString: base });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}

const fmt = (x: number, digits = 0): string => x.toFixed(digits);

async function main(): Promise<void> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-bench-api-'));
  try {
    rows.push(...(await scenarios('sqlite', `file:${join(dir, 'bench.db')}`)));
    const health = await healthUnderCompare(`file:${join(dir, 'health.db')}`, DURATION, SERVER_ENV);
    notes.push(`Health rows: ${health.note}.`);
    for (const h of health.rows) {
      rows.push({
        backend: 'sqlite',
        scenario: h.scenario,
        rps: h.rps,
        cpuMs: Number.NaN,
        p50: h.p50,
        p99: h.p99,
        non2xx: h.non2xx,
        errors: h.errors,
        target: `p99 < ${HEALTH_P99_MS} ms, 0 non-2xx: ${h.pass ? 'PASS' : 'FAIL'}`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pg = process.env['DATABASE_URL'];
  if (pg) rows.push(...(await withPostgresSchema(pg, (url) => scenarios('postgresql', url))));
  const header = [
    'backend',
    'scenario',
    'rps',
    'p50 ms',
    'p99 ms',
    'non-2xx',
    'errors',
    'server CPU ms/req',
    'target',
  ];
  process.stdout.write(
    `plandiff API benchmark (node ${process.version}, ${cpus().length} cores, load average ` +
      `${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}; autocannon ${CONNECTIONS} connections, ` +
      `pipelining 1 (${HEAVY_CONNECTIONS} for the heavy scenarios), ${DURATION} s per scenario after a 2 s warm-up, client and server on this machine; ` +
      `server started with RATE_LIMIT_MAX=${SERVER_ENV.RATE_LIMIT_MAX} per minute)\n\n`,
  );
  process.stdout.write(`| ${header.join(' | ')} |\n|${header.map(() => ' ---: ').join('|')}|\n`);
  for (const r of rows) {
    const cpu = Number.isNaN(r.cpuMs) ? '' : fmt(r.cpuMs, 2);
    process.stdout.write(
      `| ${[r.backend, r.scenario, fmt(r.rps), fmt(r.p50), fmt(r.p99), r.non2xx, r.errors, cpu, r.target].join(' | ')} |\n`,
    );
  }
  for (const n of notes) process.stdout.write(`\n${n}\n`);
  if (!pg) {
    process.stdout.write(
      '\n(PostgreSQL skipped: set DATABASE_URL=postgresql://… to include it.)\n',
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
