/**
 * Issue #18: "an uncached comparison of two large versions must not block the service". Stores
 * two synthetic versions near the 10,000-clause limit in a server that keeps no comparison cache,
 * then times GET /api/health on one connection twice: alone, and while their comparison runs back
 * to back in another client. The engine runs in worker threads, so the second figure should stay
 * near the first; the bound is p99 < 50 ms.
 */
import autocannon from 'autocannon';
import { generatePair } from '../test/synthetic/synthetic';
import { createToken, startServer } from './server-process';
import type { ServerProcess } from './server-process';

export const HEALTH_P99_MS = 50;
// The synthetic second draft adds clauses; 9,500 keeps both sides under the 10,000 limit.
const CLAUSES = 9_500;

export interface HealthRow {
  readonly scenario: string;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly pass: boolean;
}

async function health(server: ServerProcess, duration: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${server.url}/api/health`,
    connections: 1,
    pipelining: 1,
    duration,
  });
}

function toRow(scenario: string, r: autocannon.Result): HealthRow {
  return {
    scenario,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    pass: r.latency.p99 < HEALTH_P99_MS && r.non2xx === 0 && r.errors === 0,
  };
}

async function storeVersions(server: ServerProcess, token: string): Promise<number[]> {
  const pair = generatePair({ clauses: CLAUSES, seed: 18 });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const post = async (path: string, body: object): Promise<unknown> => {
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  await post('/api/plans', { slug: 'huge', title: 'Huge synthetic plan' });
  const sizes: number[] = [];
  for (const [slug, text] of [
    ['a', pair.a],
    ['b', pair.b],
  ] as const) {
    const body = (await post('/api/plans/huge/versions', {
      slug,
      title: slug,
      date: '2026-01-01',
      text,
    })) as { clauses: unknown[] };
    sizes.push(body.clauses.length);
  }
  return sizes;
}

/**
 * Health alone, then health while uncached comparisons of the two stored versions run one after
 * another; also how many comparisons finished and their mean time.
 */
export async function healthUnderCompare(
  databaseUrl: string,
  duration: number,
  env: Readonly<Record<string, string>>,
): Promise<{ rows: HealthRow[]; note: string }> {
  const server = await startServer({
    databaseUrl,
    env: { ...env, COMPARE_CACHE_MB: '0', BODY_LIMIT_BYTES: String(16 * 1024 * 1024) },
  });
  try {
    const sizes = await storeVersions(server, createToken(databaseUrl, 'editor'));
    const compareUrl = `${server.url}/api/plans/huge/compare?from=a&to=b`;
    // One comparison first, so the worker pool and the engine are warm for both measurements.
    const warm = await fetch(compareUrl);
    if (warm.status !== 200) throw new Error(`compare: ${warm.status}`);
    await warm.arrayBuffer();
    await health(server, 1);
    const alone = toRow('health alone (1 conn.)', await health(server, duration));

    let running = true;
    const times: number[] = [];
    const compares = (async () => {
      while (running) {
        const start = performance.now();
        const res = await fetch(compareUrl);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`compare: ${res.status}`);
        times.push(performance.now() - start);
      }
    })();
    const during = toRow(
      'health during uncached 10k-clause compares (1 conn.)',
      await health(server, duration),
    );
    running = false;
    await compares;
    const mean = times.reduce((s, t) => s + t, 0) / Math.max(1, times.length);
    return {
      rows: [alone, during],
      note:
        `versions of ${sizes.join(' and ')} clauses; ${times.length} uncached comparison(s) ` +
        `finished during the ${duration} s window, ${mean.toFixed(0)} ms each on average`,
    };
  } finally {
    await server.stop();
  }
}
