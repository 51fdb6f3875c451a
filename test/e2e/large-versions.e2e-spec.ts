import { ENGINE_WORK_LIMITS } from '../../src/config/limits';
import { WorkerPool } from '../../src/lib/worker-pool';
import { BACKENDS, useTestApp } from '../support/e2e';
import { generatePair } from '../synthetic/synthetic';

/**
 * The paths that hand engine work to worker threads (src/modules/engine-work), over HTTP on
 * every database: a posted text past ENGINE_WORK_LIMITS.inlineTextChars is segmented in a
 * worker and stored in slices; a comparison past inlineCompareClauses is computed (and
 * serialised) in a worker, read from the database in slices. Sizes are just past the thresholds,
 * so the suite stays fast; test/load times the service's answers around larger ones.
 */
const CLAUSES = 1200;
const pair = generatePair({ clauses: CLAUSES, seed: 23 });

describe.each(BACKENDS)('large versions through the engine workers (%s)', (backend) => {
  const t = useTestApp(backend);
  // Spied per backend block: each block's afterAll restores its own spy.
  let runs: jest.SpiedFunction<WorkerPool['run']>;
  beforeAll(() => {
    runs = jest.spyOn(WorkerPool.prototype, 'run');
  });
  const ops = (): string[] => runs.mock.calls.map(([job]) => String((job as { op?: string }).op));
  const post = (path: string, body: object) =>
    t.http().post(path).set('Authorization', t.auth('editor')).send(body);

  afterAll(() => runs.mockRestore());

  it('segments and stores a large posted text in a worker', async () => {
    expect(pair.a.length).toBeGreaterThan(ENGINE_WORK_LIMITS.inlineTextChars);
    await post('/api/plans', { slug: 'big', title: 'A long plan' }).expect(201);
    const before = ops().length;
    const a = await post('/api/plans/big/versions', {
      slug: 'a',
      title: 'First draft',
      date: '2026-01-10',
      text: pair.a,
    }).expect(201);
    expect(ops().slice(before)).toEqual(['segment']);
    const clauses = (a.body as { clauses: { label: string }[] }).clauses;
    expect(clauses.length).toBeGreaterThanOrEqual(CLAUSES);
    await post('/api/plans/big/versions', {
      slug: 'b',
      title: 'Second draft',
      date: '2026-02-10',
      text: pair.b,
    }).expect(201);
    // Read back in full, in order: the sliced insert lost nothing.
    const stored = await t.http().get('/api/plans/big/versions/a').expect(200);
    expect((stored.body as { clauses: { label: string }[] }).clauses.map((c) => c.label)).toEqual(
      clauses.map((c) => c.label),
    );
  });

  it('compares two large versions in a worker while /api/health answers', async () => {
    const before = ops().length;
    const comparing = t.http().get('/api/plans/big/compare?from=a&to=b');
    const health = await Promise.all([1, 2, 3].map(() => t.http().get('/api/health')));
    const res = await comparing.expect(200);
    expect(health.map((h) => h.status)).toEqual([200, 200, 200]);
    expect(ops().slice(before)).toEqual(['compare']);
    const body = res.body as { schema: string; summary: Record<string, number> };
    expect(body.schema).toBe('plandiff.comparison/v1');
    const kept = ['unchanged', 'reworded', 'renumbered', 'moved'].reduce(
      (n, k) => n + (body.summary[k] ?? 0),
      0,
    );
    // The synthetic pair keeps about four in five clauses (test/synthetic): most are found.
    expect(kept).toBeGreaterThan(CLAUSES * 0.6);
    // A second read is the same document, from memory: no second job.
    const again = await t.http().get('/api/plans/big/compare?from=a&to=b').expect(200);
    expect(again.body).toEqual(res.body);
    expect(ops().slice(before)).toEqual(['compare']);
  });
});
