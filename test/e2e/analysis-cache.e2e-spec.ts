import { BACKENDS, pluck, useTestApp } from '../support/e2e';

/**
 * The analyses reuse a plan's snapshot while the database shows no commit: every write, here
 * through the API, must be visible in the very next read of disputes, lineage, topics and the
 * briefing export.
 */
const PLAN = '/api/plans/ukraine-2025';

describe.each(BACKENDS)('analyses see every write at once (%s)', (backend) => {
  const t = useTestApp(backend);

  it('disputes, lineage, topics and the export follow a new position and a new version', async () => {
    // Warm every cached view first.
    const disputes = async () =>
      (await t.http().get(`${PLAN}/disputes?version=v20`).expect(200)).body as {
        clauses: { label: string; parties: { positions: string[] }[] }[];
        positions: { id: string; quote: string }[];
      };
    const before = await disputes();
    await t.http().get(`${PLAN}/lineage`).expect(200);
    await t.http().get(`${PLAN}/topics`).expect(200);
    const exportBefore = (await t.http().get(`${PLAN}/export`).expect(200)).body as {
      positions: unknown[];
      versions: unknown[];
    };

    const quote = 'A fresh objection, posted during the test.';
    await t
      .http()
      .post(`${PLAN}/positions`)
      .set('Authorization', t.auth('editor'))
      .send({
        party: 'Russia',
        actor: 'Test',
        stance: 'opposes',
        version: 'v20',
        clause: '1',
        quote,
        date: '2025-12-30',
      })
      .expect(201);
    const after = await disputes();
    const quotes = (d: typeof before) => {
      const ids = d.clauses.find((c) => c.label === '1')!.parties.flatMap((p) => p.positions);
      return d.positions.filter((p) => ids.includes(p.id)).map((p) => p.quote);
    };
    expect(quotes(before)).not.toContain(quote);
    expect(quotes(after)).toContain(quote);

    await t
      .http()
      .post(`${PLAN}/versions`)
      .set('Authorization', t.auth('editor'))
      .send({
        slug: 'v21',
        title: 'Next draft',
        date: '2026-01-05',
        parents: ['v20'],
        text: '1. A new point.',
      })
      .expect(201);
    const { lineage } = (await t.http().get(`${PLAN}/lineage`).expect(200)).body as {
      lineage: { versions: string[] };
    };
    expect(lineage.versions).toContain('v21');
    const steps = (await t.http().get(`${PLAN}/topics`).expect(200)).body as {
      steps: { to: string }[];
    }[];
    expect(steps.some((topic) => topic.steps.some((s) => s.to === 'v21'))).toBe(true);
    const exportAfter = (await t.http().get(`${PLAN}/export`).expect(200)).body as {
      positions: unknown[];
      versions: { slug: string }[];
      generatedAt: string;
    };
    expect(exportAfter.positions).toHaveLength(exportBefore.positions.length + 1);
    expect(pluck(exportAfter.versions, 'slug')).toContain('v21');
  });
});
