import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDocx } from '../import/build';
import { cliWithDatabase as cli } from '../support/cli';
import { BACKENDS, useTestApp } from '../support/e2e';

describe.each(BACKENDS)('plandiff article import (%s)', (backend) => {
  const t = useTestApp(backend);
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-cli-article-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: Uint8Array | string): string => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };
  const state = async () => {
    const articles = await t.http().get('/api/plans/cli/articles').expect(200);
    const audit = await t
      .http()
      .get('/api/plans/cli/audit?limit=1000')
      .set('Authorization', t.auth('admin'))
      .expect(200);
    return { articles: articles.body.total as number, audit: (audit.body as unknown[]).length };
  };
  const meta = ['--plan', 'cli', '--outlet', 'Test Wire', '--date', '2025-11-27'];

  beforeAll(async () => {
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', t.auth('editor'))
      .send({ slug: 'cli', title: 'Articles from the command line' })
      .expect(201);
  });

  it('stores a text article with its proposed statements, audited as the CLI; once', async () => {
    const path = file(
      'wire.txt',
      'Envoys meet\n\nThe envoy John Carter said: “We are close to a deal.”\n',
    );
    const r = await cli(
      t.config.databaseUrl,
      'article',
      'import',
      path,
      ...meta,
      '--url',
      'https://example.org/a',
      '--title',
      'Envoys meet',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^stored article \d+ "Envoys meet" in plan cli: \d+ statements proposed/);
    const list = await t.http().get('/api/plans/cli/articles').expect(200);
    expect(list.body.items[0]).toMatchObject({
      title: 'Envoys meet',
      outlet: 'Test Wire',
      url: 'https://example.org/a',
    });
    const one = await t.http().get(`/api/plans/cli/articles/${list.body.items[0].id}`).expect(200);
    expect((one.body.statements as { quote: string }[]).map((s) => s.quote)).toContain(
      'We are close to a deal.',
    );
    const audit = await t
      .http()
      .get('/api/plans/cli/audit')
      .set('Authorization', t.auth('admin'))
      .expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'article.create', tokenId: 'cli' });
    const before = await state();
    const again = await cli(t.config.databaseUrl, 'article', 'import', path, ...meta);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/already stored as article/);
    expect(await state()).toEqual(before);
  });

  it('reads a Word file through the importer', async () => {
    const path = file(
      'story.docx',
      await makeDocx(['Talks resume', 'A spokesman said: “Work continues.”']),
    );
    const r = await cli(t.config.databaseUrl, 'article', 'import', path, ...meta);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/stored article \d+ "Talks resume"/);
  });

  it.each([
    ['a missing --date', ['--plan', 'cli', '--outlet', 'W'], /--date/],
    ['a bad date', ['--plan', 'cli', '--outlet', 'W', '--date', '2025-13-01'], /--date/],
    [
      'an unknown plan',
      ['--plan', 'nope', '--outlet', 'W', '--date', '2025-11-27'],
      /No plan "nope"/,
    ],
  ])('refuses %s (exit 2), storing nothing', async (_, flags, message) => {
    const path = file('other.txt', 'Other words: “Not stored.”');
    const before = await state();
    const r = await cli(t.config.databaseUrl, 'article', 'import', path, ...flags);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(await state()).toEqual(before);
  });

  it.each([
    ['an empty file', 'empty.txt', ''],
    ['binary bytes named .txt', 'bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0xff])],
    ['a JSON file', 'a.json', '{}'],
  ])('refuses %s (exit 2), storing nothing', async (_, name, bytes) => {
    const before = await state();
    const r = await cli(t.config.databaseUrl, 'article', 'import', file(name, bytes), ...meta);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(name.replace('.', '\\.')));
    expect(await state()).toEqual(before);
  });
});
