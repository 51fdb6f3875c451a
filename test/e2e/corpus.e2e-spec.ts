import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mainAsync } from '../../src/cli/main';
import { SeedService } from '../../src/modules/seed/seed.service';
import { BACKENDS, pluck, useTestApp } from '../support/e2e';

interface Change {
  kind: string;
  from: string[];
  to: string[];
  pinned?: boolean;
  flags: string[];
}
interface Dispute {
  label: string;
  status: string;
  parties: { party: string; stance: string; positions: string[] }[];
}

// The corpus grows as sources are found: the expected count is read from the fixture itself.
const POSITIONS = (
  JSON.parse(
    readFileSync(
      join(__dirname, '..', '..', 'fixtures', 'plans', 'ukraine-2025', 'positions.json'),
      'utf8',
    ),
  ) as { positions: unknown[] }
).positions.length;

// The service ships with the negotiation it was built for: a fresh database is seeded on start.
describe.each(BACKENDS)('the seeded Ukraine 2025 corpus (%s)', (backend) => {
  const t = useTestApp(backend);

  it('is there on first start: the plan, its eleven versions and the DAG', async () => {
    const plans = await t.http().get('/api/plans').expect(200);
    expect(pluck(plans.body, 'slug')).toContain('ukraine-2025');
    const versions = await t.http().get('/api/plans/ukraine-2025/versions').expect(200);
    expect(pluck(versions.body, 'slug').sort()).toEqual([
      'ruasks',
      'v19',
      'v20',
      'v20jan',
      'v20us',
      'v27',
      'v28',
      'veu',
      'veu24',
      'vpd',
      'vpros',
    ]);
    const veu = await t.http().get('/api/plans/ukraine-2025/versions/veu').expect(200);
    expect(veu.body).toMatchObject({
      // The range of its clauses' own grades (18 and 24 rest on an aggregator copy alone: D).
      grade: 'A/D',
      basis: 'mixed',
      authorParties: ['Europe/EU'],
      parents: ['v28'],
    });
    const placeholder = (veu.body.clauses as { label: string; status: string }[]).find(
      (c) => c.label === '3',
    );
    expect(placeholder?.status).toBe('placeholder');
  });

  it('seeds idempotently: a second run creates nothing', async () => {
    const before = await t.http().get('/api/plans/ukraine-2025/positions').expect(200);
    const report = await t.app.get(SeedService).seed();
    expect(report).toMatchObject({
      plan: 'existing',
      versions: { created: 0, unchanged: 11, differing: [] },
      links: { created: 0 },
      positions: { created: 0, unchanged: POSITIONS },
    });
    const after = await t.http().get('/api/plans/ukraine-2025/positions').expect(200);
    expect((after.body as unknown[]).length).toBe((before.body as unknown[]).length);
    const p26 = (after.body as { key: string; labels: string[]; outlet: string | null }[]).find(
      (p) => p.key === 'p26',
    )!;
    expect(p26.labels).toEqual(['12', '14']);
    expect(p26.outlet).toEqual(expect.any(String));
  });

  it('re-runs from the CLI (`plandiff seed`) and reports that nothing changed', async () => {
    let out = '';
    const saved = process.env['DATABASE_URL'];
    process.env['DATABASE_URL'] = t.config.databaseUrl;
    try {
      const code = await mainAsync(['node', 'plandiff', 'seed'], {
        stdout: (s) => void (out += s),
        stderr: () => undefined,
      });
      expect(code).toBe(0);
    } finally {
      if (saved === undefined) delete process.env['DATABASE_URL'];
      else process.env['DATABASE_URL'] = saved;
    }
    expect(out).toContain('plan existing; versions: 0 created, 11 unchanged');
    expect(out).toContain(`positions: 0 created, ${POSITIONS} unchanged`);
  });

  it('shows the territory clauses of v28 contested, with the positions behind them listed once', async () => {
    const r = await t.http().get('/api/plans/ukraine-2025/disputes?version=v28').expect(200);
    const clauses = r.body.clauses as Dispute[];
    const positions = r.body.positions as {
      id: string;
      party: string;
      quote: string;
      sources: unknown[];
    }[];
    for (const label of ['21', '21a', '21b', '21c', '21d']) {
      const d = clauses.find((c) => c.label === label)!;
      expect(['disputed', 'opposed']).toContain(d.status);
      expect(d.parties.map((p) => p.party)).toContain('Ukraine');
    }
    const point21 = clauses.find((c) => c.label === '21')!;
    expect(point21.parties.find((p) => p.party === 'Ukraine')!.positions).toContain('p29');
    const yermak = positions.find((p) => p.id === 'p29')!;
    expect(yermak).toMatchObject({ party: 'Ukraine' });
    expect(yermak.quote.length).toBeGreaterThan(0);
    expect(yermak.sources.length).toBeGreaterThan(0);
    await t.http().get('/api/plans/ukraine-2025/disputes?version=nope').expect(404);
    await t.http().get('/api/plans/ukraine-2025/disputes').expect(400);
  });

  it('puts the disputes of the newer version, quoted and sourced, into the Markdown report', async () => {
    const r = await t
      .http()
      .get('/api/plans/ukraine-2025/compare?from=v28&to=v20&format=md')
      .expect(200);
    expect(r.text).toContain('## Disputes');
    expect(r.text).toContain('In version v20.');
    // Trump's objection to point 20 of the 20-point text (p35), with its source link.
    expect(r.text).toMatch(
      /### 20 · (disputed|opposed)[\s\S]*\*\*US\*\* opposes \(clause\)[\s\S]*Trump/,
    );
    // Stances on the whole framework are printed once, apart, never under each point.
    expect(r.text).toContain('### The version as a whole');
    const clauseSections = r.text.slice(r.text.indexOf('### The version as a whole'));
    expect(clauseSections.split('### ').slice(2).join('')).not.toMatch(/\(version\b/);
    expect(r.text).toContain('## Provenance');
  });

  it.each([
    ['v28', 'veu'],
    ['v28', 'v20'],
  ])('compares %s → %s through the API with every curated link honoured', async (from, to) => {
    const r = await t
      .http()
      .get(`/api/plans/ukraine-2025/compare?from=${from}&to=${to}`)
      .expect(200);
    const changes = r.body.changes as Change[];
    const linked = (a: string, b: string): boolean =>
      changes.some((c) => c.from.includes(a) && c.to.includes(b));
    // Curated 1:1 links of the dossier between these versions, e.g. the army cap (6) and the amnesty (26).
    if (to === 'veu') {
      expect(linked('6', '6')).toBe(true);
      expect(changes.find((c) => c.from.includes('26'))!.to).toEqual([]);
    } else {
      expect(linked('6', '4')).toBe(true);
      expect(linked('12', '8') && linked('12', '9')).toBe(true);
      expect(changes.find((c) => c.from.includes('7'))!.to).toEqual([]);
    }
    expect(changes.filter((c) => c.pinned === true).length).toBeGreaterThan(10);
    expect(changes.find((c) => c.from.includes('6'))!.flags).toContain('number-changed');
  });
});
