import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliWithDatabase as cli } from '../support/cli';
import { BACKENDS, useTestApp } from '../support/e2e';
import { validateComparison } from '../support/schema';

/**
 * A bracketed negotiating draft imported as plain text (API and CLI), then read back: its open
 * brackets and attributions, the text's own positions in the disputes, the fate of each bracket
 * in the compare answer and the reports, and the trajectory. The wording is the Rio+20 draft of
 * 2 June 2012 and the text agreed on 19 June (fixtures/brackets/rio20-2012.json, sources there),
 * renumbered 1-4 so both drafts segment alike.
 */
const DRAFT = [
  '1. We, the heads of State and Government and high level representatives, having met at Rio de Janeiro, Brazil, from 20-22 June 2012, with full participation of civil society, renew our commitment to sustainable development, and to ensure the promotion of economically, socially and environmentally sustainable future for our planet and for present and future generations. [Agreed ad ref]',
  '2. Eradicating poverty is the greatest global challenge facing the world today and an indispensable requirement for sustainable development. In this regard we are committed to free humanity from [extreme - US; G77 delete] poverty and hunger as a matter of urgency.',
  '3. We acknowledge the need to further mainstream sustainable development at all levels through integrated approaches, incorporating economic, social and environmental aspects and recognizing their interlinkages, so as to achieve sustainable development in all its dimensions [, in accordance with the principle of common but differentiated responsibilities. -G77; US, Canada, Japan, EU delete.]',
  '4. We recognize that poverty eradication together with [changing unsustainable - EU, G77 retain / promoting sustainable - US] patterns of production and consumption and protecting and managing the natural resource base of economic and social development are the overarching objectives of and essential requirements for sustainable development.',
].join('\n');
const ADOPTED = [
  '1. We, the heads of State and Government and high level representatives, having met at Rio de Janeiro, Brazil, from 20-22 June 2012, with full participation of civil society, renew our commitment to sustainable development, and to ensure the promotion of economically, socially and environmentally sustainable future for our planet and for present and future generations.',
  '2. Eradicating poverty is the greatest global challenge facing the world today and an indispensable requirement for sustainable development. In this regard we are committed to free humanity from poverty and hunger as a matter of urgency.',
  '3. We therefore acknowledge the need to further mainstream sustainable development at all levels integrating economic, social and environmental aspects and recognizing their interlinkages, so as to achieve sustainable development in all its dimensions.',
  '4. We recognize that poverty eradication, changing unsustainable and promoting sustainable patterns of consumption and production, and protecting and managing the natural resource base of economic and social development are the overarching objectives of and essential requirements for sustainable development.',
].join('\n');

interface Resolution {
  label: string;
  bracket: number;
  fate: string;
  wordings: string[];
  survivors: number[];
}

describe.each(BACKENDS)('bracketed drafts over HTTP (%s)', (backend) => {
  const t = useTestApp(backend);
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-brackets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', t.auth('editor'))
      .send({ slug: 'rio', title: 'Rio+20 outcome' })
      .expect(201);
    for (const [slug, date, text] of [
      ['d1', '2012-06-02', DRAFT],
      ['adopted', '2012-06-19', ADOPTED],
    ] as const) {
      const r = await t
        .http()
        .post('/api/plans/rio/versions')
        .set('Authorization', t.auth('editor'))
        .send({ slug, title: `Rio ${slug}`, date, text })
        .expect(201);
      expect((r.body as { clauses: { label: string }[] }).clauses.map((c) => c.label)).toEqual([
        '1',
        '2',
        '3',
        '4',
      ]);
    }
  });

  it('reads the open brackets, attributions and status marks of a stored draft', async () => {
    const r = await t.http().get('/api/plans/rio/versions/d1/brackets').expect(200);
    expect(r.body).toMatchObject({
      plan: 'rio',
      version: 'd1',
      date: '2012-06-02',
      counts: { clauses: 4, brackets: 3, groups: 3, agreedClauses: 1, openClauses: 3, problems: 0 },
    });
    const clauses = r.body.clauses as {
      label: string;
      status: string;
      marks: string[];
      brackets: { alternatives: { text: string; attributions: unknown[] }[] }[];
      statements: { party: string; stance: string; verb: string; wording: string }[];
    }[];
    expect(clauses.map((c) => [c.label, c.status])).toEqual([
      ['1', 'agreed'],
      ['2', 'open'],
      ['3', 'open'],
      ['4', 'open'],
    ]);
    expect(clauses[0]!.marks).toEqual(['agreed-ad-ref']);
    expect(clauses[1]!.brackets[0]!.alternatives).toEqual([
      {
        text: 'extreme',
        attributions: [
          { parties: ['US'], verb: 'proposes' },
          { parties: ['G77'], verb: 'deletes' },
        ],
      },
    ]);
    // Backing a wording still in brackets is support on condition that it prevails.
    expect(clauses[1]!.statements.map((s) => [s.party, s.stance])).toEqual([
      ['US', 'conditional'],
      ['G77', 'opposes'],
    ]);
    expect(clauses[3]!.statements.map((s) => [s.party, s.stance])).toEqual([
      ['EU', 'conditional'],
      ['G77', 'conditional'],
      ['US', 'conditional'],
    ]);
  });

  it('answers 404 as problem+json for a version that does not exist', async () => {
    const r = await t.http().get('/api/plans/rio/versions/nope/brackets').expect(404);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('feeds the text’s own attributions into the dispute status, as grade A positions', async () => {
    const r = await t.http().get('/api/plans/rio/disputes?version=d1').expect(200);
    const status = Object.fromEntries(
      (r.body.clauses as { label: string; status: string }[]).map((c) => [c.label, c.status]),
    );
    expect(status).toEqual({
      '1': 'no-position',
      '2': 'disputed',
      '3': 'disputed',
      '4': 'conditional',
    });
    const positions = r.body.positions as { party: string; grade: string; quote: string }[];
    expect(positions.length).toBeGreaterThan(0);
    expect(positions.every((p) => p.grade === 'A')).toBe(true);
    expect(positions).toContainEqual(expect.objectContaining({ party: 'G77', quote: 'extreme' }));
    // The adopted text has no brackets: nothing is said about it on the text's behalf.
    const adopted = await t.http().get('/api/plans/rio/disputes?version=adopted').expect(200);
    expect(adopted.body.positions).toEqual([]);
  });

  it('says in the compare answer what became of each bracket, within the published schema', async () => {
    const r = await t.http().get('/api/plans/rio/compare?from=d1&to=adopted').expect(200);
    expect(validateComparison(r.body).errors).toEqual([]);
    const b = r.body.brackets as { resolutions: Resolution[]; summary: Record<string, number> };
    expect(b.resolutions.map((x) => [x.label, x.bracket, x.fate])).toEqual([
      ['2', 0, 'deleted'],
      ['3', 0, 'deleted'],
      ['4', 0, 'merged'],
    ]);
    expect(b.summary).toMatchObject({ deleted: 2, merged: 1, open: 0, added: 0 });
  });

  it('leaves the compare answer of plain texts as it was (no brackets field)', async () => {
    const r = await t.http().get('/api/plans/rio/compare?from=adopted&to=adopted').expect(200);
    expect(r.body).not.toHaveProperty('brackets');
  });

  it('puts a Brackets section first in the Markdown and HTML reports', async () => {
    const md = await t
      .http()
      .get('/api/plans/rio/compare?from=d1&to=adopted&format=md')
      .expect(200);
    const text = md.text;
    expect(text).toContain('## Brackets');
    expect(text.indexOf('## Brackets')).toBeLessThan(text.indexOf('## Document'));
    expect(text).toContain('| 4 | merged |');
    const html = await t
      .http()
      .get('/api/plans/rio/compare?from=d1&to=adopted&format=html')
      .expect(200);
    expect(html.text).toContain('<h2 id="brackets">Brackets</h2>');
    expect(html.text.indexOf('id="brackets"')).toBeLessThan(html.text.indexOf('id="document"'));
  });

  it('gives the trajectory: brackets, options and agreed clauses per version, oldest first', async () => {
    const r = await t.http().get('/api/plans/rio/brackets/trajectory').expect(200);
    const rows = (r.body.versions as Record<string, unknown>[]).map((v) => [
      v['version'],
      v['brackets'],
      v['options'],
      v['agreedClauses'],
    ]);
    expect(rows).toEqual([
      ['d1', 3, 0, 1],
      ['adopted', 0, 0, 0],
    ]);
  });

  it('reads a draft imported with the CLI the same way', async () => {
    const file = join(dir, 'draft.txt');
    writeFileSync(file, DRAFT);
    const out = await cli(
      t.config.databaseUrl,
      'import',
      file,
      '--plan',
      'rio',
      '--version',
      'cli1',
      '--title',
      'Draft from the command line',
      '--date',
      '2012-06-03',
    );
    expect(out).toMatchObject({ code: 0 });
    const r = await t.http().get('/api/plans/rio/versions/cli1/brackets').expect(200);
    expect(r.body.counts).toMatchObject({ brackets: 3, agreedClauses: 1 });
    const traj = await t.http().get('/api/plans/rio/brackets/trajectory').expect(200);
    expect((traj.body.versions as { version: string }[]).map((v) => v.version)).toEqual([
      'd1',
      'cli1',
      'adopted',
    ]);
  });
});
