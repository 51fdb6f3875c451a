import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { createToken, startServer } from '../../bench/server-process';
import type { ServerProcess } from '../../bench/server-process';
import { sqliteFile } from '../../src/db/client';
import { ensureBuilt } from '../support/build';
import { BACKENDS, freshDatabase } from '../support/e2e';

/**
 * The real server in a child process, killed the hard way. SQLite (WAL) and, with
 * TEST_DATABASE_URL, PostgreSQL: committed data survives, a write in flight is all or nothing.
 */
const PLAN = '/api/plans/ukraine-2025';
const ENV = { RATE_LIMIT_MAX: '1000000', BODY_LIMIT_BYTES: String(50 * 1024 * 1024) };
const BIG = 10_000; // the most clauses one version may have (CreateVersionDto)

jest.setTimeout(600_000);

beforeAll(() => ensureBuilt(), 300_000);

const bigVersion = (slug: string) => ({
  slug,
  title: `Bulk import ${slug}`,
  date: '2025-12-31',
  clauses: Array.from({ length: BIG }, (_, i) => ({
    label: String(i + 1),
    text: `Clause ${i + 1} of ${slug}: the parties agree to review point ${i % 97} within ${i % 365} days.`,
  })),
});

async function api(
  s: ServerProcess,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: unknown }> {
  let res: Response;
  try {
    res = await fetch(`${s.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  } catch (err) {
    // A dropped connection is either the kill a test asked for or a server crash: say which.
    const state = `exit ${s.child.exitCode ?? '-'}, signal ${s.child.signalCode ?? '-'}`;
    const why = err instanceof Error ? `${err.message} (${String(err.cause)})` : String(err);
    throw new Error(
      `${init.method ?? 'GET'} ${path}: ${why}; server ${state}; its output ends:\n${s.output().slice(-3000)}`,
    );
  }
  const text = await res.text();
  return { status: res.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
}

/** Every version's slug → clause count and a hash of its clauses (labels, order, texts). */
async function snapshot(s: ServerProcess): Promise<Record<string, string>> {
  const list = (await api(s, `${PLAN}/versions`)).body as { slug: string }[];
  const out: Record<string, string> = {};
  for (const { slug } of list) {
    const v = (await api(s, `${PLAN}/versions/${slug}`)).body as {
      clauses: { label: string; text: string }[];
    };
    const hash = createHash('sha256').update(JSON.stringify(v.clauses)).digest('hex');
    out[slug] = `${v.clauses.length}:${hash.slice(0, 16)}`;
  }
  return out;
}

/** The server's PostgreSQL connections carry this name, so the probe sees only them. */
const APP_NAME = 'plandiff-fault-test';

/**
 * Answers whether the server holds an open write transaction right now (begun, not committed):
 * on SQLite, another connection cannot take the write lock; on PostgreSQL, one of the server's
 * backends has a transaction id (it has written) and is still inside that transaction.
 */
async function writeProbe(
  backend: string,
  url: string,
): Promise<{ open(): Promise<boolean>; close(): Promise<void> }> {
  if (backend === 'sqlite') {
    const db = new Database(sqliteFile(url), { timeout: 0 });
    return {
      open: () => {
        try {
          db.exec('BEGIN IMMEDIATE; ROLLBACK');
          return Promise.resolve(false);
        } catch (err) {
          if ((err as { code?: string }).code === 'SQLITE_BUSY') return Promise.resolve(true);
          throw err;
        }
      },
      close: () => Promise.resolve(void db.close()),
    };
  }
  const pg = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
  await pg.connect();
  return {
    open: async () =>
      (
        await pg.query(
          `SELECT 1 FROM pg_stat_activity WHERE application_name = $1
             AND backend_xid IS NOT NULL AND state IN ('active', 'idle in transaction')`,
          [APP_NAME],
        )
      ).rowCount! > 0,
    close: () => pg.end(),
  };
}

describe.each(BACKENDS)('faults (%s)', (backend) => {
  let url = '';
  let cleanup: () => Promise<void> = () => Promise.resolve();
  let server: ServerProcess | undefined;
  let token = '';

  beforeAll(async () => {
    ({ url, cleanup } = await freshDatabase(backend));
    if (backend !== 'sqlite') {
      const u = new URL(url);
      u.searchParams.set('application_name', APP_NAME);
      url = u.toString();
    }
    server = await startServer({ databaseUrl: url, env: ENV }); // seeds the corpus
    token = createToken(url, 'editor');
  }, 120_000);
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await cleanup();
  });
  const live = (): ServerProcess => server!;

  it('SIGKILL during a large import leaves no partial version and loses nothing committed', async () => {
    let s = live();
    // One import that completes: committed data the crashes must not touch, and its duration.
    const started = Date.now();
    const ok = await api(s, `${PLAN}/versions`, {
      method: 'POST',
      token,
      body: bigVersion('bulk-ok'),
    });
    expect(ok.status).toBe(201);
    const importMs = Date.now() - started;
    const before = await snapshot(s);
    expect(before['bulk-ok']).toMatch(new RegExp(`^${BIG}:`));
    const outcomes: string[] = [];
    // Kills spread over the request: parsing and validation, then the write transaction.
    for (const [i, fraction] of [0.3, 0.5, 0.7, 0.8, 0.9, 0.97].entries()) {
      const slug = `bulk-kill-${i}`;
      // Settled at once so the rejection of the killed request is handled, not reported.
      const answer = api(s, `${PLAN}/versions`, {
        method: 'POST',
        token,
        body: bigVersion(slug),
      }).then(
        (r) => String(r.status),
        () => 'no answer',
      );
      await new Promise((r) => setTimeout(r, Math.round(importMs * fraction)));
      await s.stop('SIGKILL');
      const answered = await answer;
      server = s = await startServer({ databaseUrl: url, env: ENV });
      const after = await api(s, `${PLAN}/versions/${slug}`);
      if (after.status === 200) {
        expect((after.body as { clauses: unknown[] }).clauses).toHaveLength(BIG);
      } else {
        expect(after.status).toBe(404);
      }
      outcomes.push(`${fraction}: ${answered}, ${after.status === 200 ? 'complete' : 'absent'}`);
      const now = await snapshot(s);
      for (const [version, digest] of Object.entries(before)) {
        expect({ version, digest: now[version] }).toEqual({ version, digest });
      }
    }
    process.stdout.write(`[${backend}] import ${importMs} ms; kills: ${outcomes.join('; ')}\n`);
  });

  it('SIGKILL while the write transaction is provably open: the version is absent', async () => {
    let s = live();
    const before = await snapshot(s);
    const probe = await writeProbe(backend, url);
    try {
      const answer = api(s, `${PLAN}/versions`, {
        method: 'POST',
        token,
        body: bigVersion('bulk-mid-tx'),
      }).then(
        (r) => String(r.status),
        () => 'no answer',
      );
      const deadline = Date.now() + 60_000;
      let closedReadings = 0; // the probe must see the transaction begin, not a stale lock
      while (!(await probe.open())) {
        if (Date.now() > deadline) throw new Error('never saw the write transaction open');
        closedReadings++;
        await new Promise((r) => setTimeout(r, 2));
      }
      expect(closedReadings).toBeGreaterThan(0);
      await s.stop('SIGKILL');
      expect(await answer).toBe('no answer');
    } finally {
      await probe.close();
    }
    server = s = await startServer({ databaseUrl: url, env: ENV });
    expect((await api(s, `${PLAN}/versions/bulk-mid-tx`)).status).toBe(404);
    expect(await snapshot(s)).toEqual(before);
  });

  it('keeps every position two editors post concurrently', async () => {
    const s = live();
    const second = createToken(url, 'editor');
    const count = async (): Promise<number> =>
      ((await api(s, `${PLAN}/positions`)).body as unknown[]).length;
    const before = await count();
    const N = 40;
    const post = (who: string, tok: string, i: number) =>
      api(s, `${PLAN}/positions`, {
        method: 'POST',
        token: tok,
        body: {
          party: i % 2 === 0 ? 'Ukraine' : `Party ${who}`,
          actor: `Actor ${who} ${i % 5}`,
          stance: 'supports',
          version: 'v28',
          clause: '1',
          quote: `${who} quote ${i}`,
          date: '2025-11-25',
          sources: [{ url: `https://example.org/${who}/${i % 7}` }],
        },
      });
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) => [post('a', token, i), post('b', second, i)]).flat(),
    );
    expect(results.map((r) => r.status)).toEqual(Array(2 * N).fill(201));
    expect(await count()).toBe(before + 2 * N);
    const quotes = ((await api(s, `${PLAN}/positions`)).body as { quote: string }[]).map(
      (p) => p.quote,
    );
    for (const who of ['a', 'b']) {
      for (let i = 0; i < N; i++) expect(quotes).toContain(`${who} quote ${i}`);
    }
  });

  it('keeps all data across a restart (SIGTERM), and across a SIGKILL right after a write', async () => {
    let s = live();
    const created = await api(s, `${PLAN}/versions`, {
      method: 'POST',
      token,
      body: { slug: 'restart-1', title: 'Restart', date: '2025-12-01', text: '1. One.\n2. Two.' },
    });
    expect(created.status).toBe(201);
    const before = await snapshot(s);
    const positions = (await api(s, `${PLAN}/positions`)).body;
    await s.stop('SIGTERM');
    server = s = await startServer({ databaseUrl: url, env: ENV });
    expect(await snapshot(s)).toEqual(before);
    expect((await api(s, `${PLAN}/positions`)).body).toEqual(positions);
    // A 201 means committed: even a kill straight after must not lose it.
    const acked = await api(s, `${PLAN}/versions`, {
      method: 'POST',
      token,
      body: { slug: 'restart-2', title: 'Acked', date: '2025-12-02', text: '1. Kept.' },
    });
    expect(acked.status).toBe(201);
    await s.stop('SIGKILL');
    server = s = await startServer({ databaseUrl: url, env: ENV });
    expect((await api(s, `${PLAN}/versions/restart-2`)).status).toBe(200);
  });
});
