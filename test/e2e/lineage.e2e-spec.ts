import { BACKENDS, useTestApp } from '../support/e2e';
import { createAjv } from '../../src/lib/json-schema';

interface Cell {
  version: string;
  labels: string[];
  change: string;
  status: string;
}

describe.each(BACKENDS)('lineage, three-way, topics and the briefing export (%s)', (backend) => {
  const t = useTestApp(backend);
  const get = (path: string, status = 200) =>
    t.http().get(`/api/plans/ukraine-2025${path}`).expect(status);

  it('follows the NATO clause v28:7 → veu:7 → v19 (deferred) → v20 (absent)', async () => {
    const r = await get('/clauses/v28/7/history');
    const cells = r.body.family.cells as Cell[];
    const cell = (v: string) => cells.find((c) => c.version === v)!;
    expect(cell('veu')).toMatchObject({ labels: ['7'], change: 'reworded' });
    expect(cell('v19')).toMatchObject({ labels: ['r4'], change: 'deferred' });
    expect(cell('v20')).toMatchObject({ labels: [], change: 'removed' });
    await get('/clauses/v28/99/history', 404);
  });

  it('serves the matrix as JSON and as CSV with one column per version', async () => {
    const json = await get('/lineage?baseline=v28');
    expect(json.body.rows.length).toBe(json.body.lineage.families.length);
    const csv = await get('/lineage?format=csv&baseline=v28');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toContain('ukraine-2025-lineage-v28.csv');
    const [header] = csv.text.split('\r\n');
    expect(header).toBe('family,topics,v28,veu,veu24,v19,v27,v20us,v20,ruasks,vpd,v20jan,vpros');
    await get('/lineage?baseline=nope', 404);
    await get('/lineage?format=xml', 400);
  });

  it('classifies the army-size and amnesty families in a three-way v28/veu/v20', async () => {
    const r = await get('/three-way?base=v28&a=veu&b=v20');
    const outcome = (id: string) =>
      (r.body.families as { family: string; outcome: string }[]).find((f) => f.family === id)!
        .outcome;
    expect(['both-same', 'conflict']).toContain(outcome('v28:6'));
    expect(outcome('v28:26')).toBe('both-same');
    await get('/three-way?base=v28&a=veu', 400);
  });

  it('rolls up by topic and opens one topic', async () => {
    const all = await get('/topics');
    expect((all.body as { topic: string }[]).map((x) => x.topic)).toContain('territory');
    const one = await get('/topics/territory');
    expect(one.body.intensity.v28).toBeGreaterThan(0);
    await get('/topics/no-such-topic', 404);
  });

  it('exports a briefing that validates against the published schema, with stable ids', async () => {
    const [first, second] = [await get('/export'), await get('/export')];
    const strip = (b: Record<string, unknown>) => ({ ...b, generatedAt: '' });
    expect(strip(first.body as Record<string, unknown>)).toEqual(
      strip(second.body as Record<string, unknown>),
    );
    const briefing = await t.http().get('/api/schemas/briefing.v1.json').expect(200);
    const comparison = await t.http().get('/api/schemas/comparison.v1.json').expect(200);
    const ajv = createAjv();
    ajv.addSchema(comparison.body as object);
    const validate = ajv.compile(briefing.body as object);
    const valid = validate(first.body);
    expect((validate.errors ?? []).slice(0, 3)).toEqual([]);
    expect(valid).toBe(true);
    await t.http().get('/api/schemas/nope.json').expect(404);
  });
});
