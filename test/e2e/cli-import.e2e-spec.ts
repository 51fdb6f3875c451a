import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDocx, makePdf, makeTrackedDocx } from '../import/build';
import { cliWithDatabase as cli } from '../support/cli';
import { BACKENDS, pluck, useTestApp } from '../support/e2e';

describe.each(BACKENDS)('plandiff import into the database (%s)', (backend) => {
  const t = useTestApp(backend);
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-cli-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: Uint8Array | string): string => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };
  const meta = (slug: string) => ['--title', `Draft ${slug}`, '--date', '2025-11-25'];
  const state = async () => {
    const versions = await t.http().get('/api/plans/cli/versions').expect(200);
    const audit = await t
      .http()
      .get('/api/plans/cli/audit?limit=1000')
      .set('Authorization', t.auth('admin'))
      .expect(200);
    return { versions: pluck(versions.body, 'slug'), audit: (audit.body as unknown[]).length };
  };

  beforeAll(async () => {
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', t.auth('editor'))
      .send({ slug: 'cli', title: 'Imported from the command line' })
      .expect(201);
  });

  it('stores a Word file the API then serves, audited as the CLI', async () => {
    const docx = file(
      'draft.docx',
      await makeDocx([
        { level: 0, text: 'A ceasefire along the contact line.' },
        { level: 1, text: 'monitored by observers;' },
        { level: 0, text: 'Sanctions are lifted in stages.' },
      ]),
    );
    const r = await cli(
      t.config.databaseUrl,
      'import',
      docx,
      '--plan',
      'cli',
      '--version',
      'd1',
      ...meta('d1'),
      '--grade',
      'B',
      '--basis',
      'reported',
    );
    expect(r).toMatchObject({ code: 0, out: 'stored version d1 (3 clauses) in plan cli\n' });
    const v = await t.http().get('/api/plans/cli/versions/d1').expect(200);
    expect(v.body).toMatchObject({ grade: 'B', basis: 'reported', date: '2025-11-25' });
    expect(pluck(v.body.clauses, 'label')).toEqual(['1', '1a', '2']);
    const audit = await t
      .http()
      .get('/api/plans/cli/audit')
      .set('Authorization', t.auth('admin'))
      .expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'version.create', tokenId: 'cli' });
  });

  it('stores a Word file with tracked changes as two versions, keeping who changed what', async () => {
    const docx = file('returned.docx', await makeTrackedDocx());
    const r = await cli(
      t.config.databaseUrl,
      'import',
      docx,
      '--plan',
      'cli',
      '--version',
      'tc1',
      ...meta('tc1'),
      '--revisions',
      'both',
    );
    expect(r).toMatchObject({
      code: 0,
      out:
        'stored version tc1-original (the text before the tracked changes)\n' +
        'stored version tc1 (4 clauses and 6 tracked changes) in plan cli\n',
    });
    const v = await t.http().get('/api/plans/cli/versions/tc1').expect(200);
    expect(v.body.parents).toEqual(['tc1-original']);
    const original = await t.http().get('/api/plans/cli/versions/tc1-original').expect(200);
    expect(pluck(original.body.clauses, 'label')).toEqual(['1', '2', '4', '5']);
    const tracked = await t.http().get('/api/plans/cli/versions/tc1/tracked-changes').expect(200);
    expect(tracked.body.authors).toEqual(['Alice (UA)', 'Bob (US)']);
    expect(tracked.body.changes).toHaveLength(6);
  });

  it('shows progress for a long PDF and links the parent', async () => {
    const pages = Array.from({ length: 24 }, (_, i) => [
      `${i + 1}. Point number ${i + 1} of the plan.`,
    ]);
    const pdf = file('long.pdf', await makePdf({ pages, pageNumbers: true }));
    const r = await cli(
      t.config.databaseUrl,
      'import',
      pdf,
      '--plan',
      'cli',
      '--version',
      'd2',
      ...meta('d2'),
      '--parent',
      'd1',
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain('long.pdf: read page 10 of 24');
    expect(r.err).toContain('long.pdf: read page 24 of 24');
    const v = await t.http().get('/api/plans/cli/versions/d2').expect(200);
    expect(v.body).toMatchObject({ parents: ['d1'], clauseCount: 24 });
  });

  it('refuses bad files, a taken slug, an unknown plan or parent, storing nothing', async () => {
    const before = await state();
    const ok = file('ok.txt', '1. One.\n2. Two.\n');
    const cases: [string[], RegExp][] = [
      [[file('empty.txt', ''), '--plan', 'cli', '--version', 'x', ...meta('x')], /file is empty/],
      [
        [file('fake.pdf', '1. text'), '--plan', 'cli', '--version', 'x', ...meta('x')],
        /the name says \.pdf/,
      ],
      [
        [file('prose.md', 'No points here.'), '--plan', 'cli', '--version', 'x', ...meta('x')],
        /no numbered points/,
      ],
      [[ok, '--plan', 'cli', '--version', 'd1', ...meta('d1')], /Version "d1" exists/],
      [[ok, '--plan', 'nope', '--version', 'x', ...meta('x')], /No plan "nope"/],
      [
        [ok, '--plan', 'cli', '--version', 'x', ...meta('x'), '--parent', 'zz'],
        /--parent: Unknown parent/,
      ],
      [
        [ok, '--plan', 'cli', '--version', 'x', '--title', 'X', '--date', '2025-02-30'],
        /--date: date must be a real calendar date/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await cli(t.config.databaseUrl, 'import', ...args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
    }
    expect(await state()).toEqual(before);
  });
});
