import { encodeCp1251, makeDocx, makeEncryptedPdf, makePdf, makeZipBomb } from '../import/build';
import { BACKENDS, pluck, useTestApp } from '../support/e2e';
import type { TestApp } from '../support/e2e';

interface Input {
  readonly bytes: Uint8Array | string;
  readonly name: string;
}

const PROBLEM = /^application\/problem\+json/;
const PLAN = 'imports';
// Small enough that an oversized upload is cheap to build, large enough for every real input here.
const UPLOAD_LIMIT = 256 * 1024;

/** What a refusal must leave unchanged: the plan's versions and its audit log. */
async function snapshot(t: TestApp): Promise<{ versions: string[]; audit: number }> {
  const versions = await t.http().get(`/api/plans/${PLAN}/versions`).expect(200);
  const audit = await t
    .http()
    .get(`/api/plans/${PLAN}/audit?limit=1000`)
    .set('Authorization', t.auth('admin'))
    .expect(200);
  return { versions: pluck(versions.body, 'slug'), audit: (audit.body as unknown[]).length };
}

function upload(
  t: TestApp,
  file: { bytes: Uint8Array | string; name: string; type?: string },
  fields: Record<string, string | string[]>,
  path = `/api/plans/${PLAN}/versions`,
) {
  let req = t.http().post(path).set('Authorization', t.auth('editor'));
  for (const [k, v] of Object.entries(fields)) {
    for (const one of Array.isArray(v) ? v : [v]) req = req.field(k, one);
  }
  const bytes = typeof file.bytes === 'string' ? Buffer.from(file.bytes) : Buffer.from(file.bytes);
  return req.attach('file', bytes, {
    filename: file.name,
    ...(file.type !== undefined ? { contentType: file.type } : {}),
  });
}

describe.each(BACKENDS)('importing documents over HTTP (%s)', (backend) => {
  const t = useTestApp(backend, { uploadLimitBytes: UPLOAD_LIMIT });

  beforeAll(async () => {
    await t
      .http()
      .post('/api/plans')
      .set('Authorization', t.auth('editor'))
      .send({ slug: PLAN, title: 'Imported drafts' })
      .expect(201);
  });

  it('stores a Word file whose numbers come from auto-numbering, with its form fields', async () => {
    const docx = await makeDocx([
      'Draft framework',
      { level: 0, text: 'Sovereignty of Ukraine is confirmed.' },
      { level: 0, text: 'Security guarantees are given.' },
      { level: 1, text: 'by the United States;' },
      { level: 1, text: 'by European states.' },
      { level: 0, text: 'Elections are held within 100 days.' },
    ]);
    const r = await upload(
      t,
      { bytes: docx, name: 'draft.docx' },
      { slug: 'w1', title: 'Word draft', date: '2025-11-20', basis: 'reported', grade: 'B' },
    ).expect(201);
    expect(r.body).toMatchObject({ slug: 'w1', basis: 'reported', grade: 'B', clauseCount: 5 });
    const clauses = r.body.clauses as { label: string; parent: string | null; text: string }[];
    expect(clauses.map((c) => [c.label, c.parent])).toEqual([
      ['1', null],
      ['2', null],
      ['2a', '2'],
      ['2b', '2'],
      ['3', null],
    ]);
    expect(clauses[4]!.text).toBe('Elections are held within 100 days.');
    const audit = await t
      .http()
      .get(`/api/plans/${PLAN}/audit`)
      .set('Authorization', t.auth('admin'))
      .expect(200);
    expect(audit.body[0]).toMatchObject({ action: 'version.create' });
  });

  it('stores a Cyrillic PDF as a child of the Word version (repeated and comma fields)', async () => {
    const pdf = await makePdf({
      unicode: true,
      header: 'Проект — конфіденційно',
      pageNumbers: true,
      pages: [
        ['1. Суверенітет України підтверджується.', '2. Україна отримує гарантії безпеки.'],
        ['3. Вибори проводяться протягом 100 днів.'],
      ],
    });
    const r = await upload(
      t,
      { bytes: pdf, name: 'проект.pdf' },
      {
        slug: 'p1',
        title: 'Український переклад',
        date: '2025-11-21',
        parents: 'w1',
        authorParties: ['Ukraine', 'Europe'],
      },
    ).expect(201);
    expect(r.body).toMatchObject({ parents: ['w1'], authorParties: ['Ukraine', 'Europe'] });
    expect(pluck(r.body.clauses, 'text')).toEqual([
      'Суверенітет України підтверджується.',
      'Україна отримує гарантії безпеки.',
      'Вибори проводяться протягом 100 днів.',
    ]);
  });

  it('previews an upload (and pasted text) without storing anything', async () => {
    const before = await snapshot(t);
    const html = '<h1>Plan</h1><ol><li>One.</li><li>Two.<ol><li>Two-a.</li></ol></li></ol>';
    const r = await upload(t, { bytes: html, name: 'plan.html' }, {}, previewPath()).expect(200);
    expect(r.body).toMatchObject({
      filename: 'plan.html',
      format: 'html',
      title: 'Plan',
      clauseCount: 3,
      clauses: [
        { label: '1', parent: null, text: 'One.' },
        { label: '2', parent: null, text: 'Two.' },
        { label: '2a', parent: '2', text: 'Two-a.' },
      ],
    });
    const cp1251 = encodeCp1251('1. Перший пункт.\n2. Другий пункт.\n');
    const ru = await upload(t, { bytes: cp1251, name: 'ru.txt' }, {}, previewPath()).expect(200);
    expect(ru.body).toMatchObject({ encoding: 'windows-1251', clauseCount: 2 });
    expect(ru.body.clauses[1].text).toBe('Другий пункт.');
    // No extension: the part's media type picks the reader.
    const typed = await upload(
      t,
      { bytes: '1. Alpha.\n2. Beta.\n', name: 'pasted', type: 'text/plain' },
      {},
      previewPath(),
    ).expect(200);
    expect(typed.body).toMatchObject({ format: 'txt', clauseCount: 2 });
    const pasted = await t
      .http()
      .post(previewPath())
      .set('Authorization', t.auth('editor'))
      .send({ text: '1. Alpha.\n2. Beta.\n3. Gamma.' })
      .expect(200);
    expect(pasted.body).toMatchObject({ format: 'text', clauseCount: 3 });
    expect(await snapshot(t)).toEqual(before);
  });

  // Each bad input: the status, the problem code and a detail that says what was wrong.
  const refusals: [string, () => Input | Promise<Input>, number, string, RegExp][] = [
    [
      'an empty file',
      () => ({ bytes: new Uint8Array(0), name: 'e.docx' }),
      422,
      'import-empty',
      /empty/,
    ],
    [
      'a PDF named .docx',
      async () => ({ bytes: await makePdf({ pages: [['1. A.']] }), name: 'x.docx' }),
      422,
      'import-type-mismatch',
      /PDF/i,
    ],
    [
      'a corrupt PDF',
      async () => ({
        bytes: corruptPdf(await makePdf({ pages: [['1. A.', '2. B.']] })),
        name: 'c.pdf',
      }),
      422,
      'import-corrupt',
      /PDF/,
    ],
    [
      'an encrypted PDF',
      async () => ({ bytes: await makeEncryptedPdf(), name: 's.pdf' }),
      422,
      'import-encrypted',
      /password|encrypt/i,
    ],
    [
      'a DOCX that is not a zip',
      () => ({ bytes: '1. Plain text pretending.', name: 'n.docx' }),
      422,
      'import-type-mismatch',
      /\.docx.*plain text/,
    ],
    [
      'a zip bomb',
      () => ({ bytes: makeZipBomb(), name: 'bomb.docx' }),
      413,
      'import-zip-bomb',
      /expand|limit/i,
    ],
    [
      'a file over the upload limit',
      () => ({ bytes: '1. x\n'.repeat(UPLOAD_LIMIT / 4), name: 'big.txt' }),
      413,
      'body-too-large',
      /large/i,
    ],
    [
      'Latin-1 text',
      () => ({ bytes: Buffer.from('1. Caf\xe9 cr\xe8me.\n', 'latin1'), name: 'l.txt' }),
      422,
      'import-not-utf8',
      /UTF-8/,
    ],
    [
      'UTF-16 without a byte order mark',
      () => ({ bytes: Buffer.from('1. Point one.\n2. Two.\n', 'utf16le'), name: 'u.txt' }),
      422,
      'import-not-utf8',
      /UTF-16|NUL/,
    ],
    [
      'text without numbered points',
      () => ({ bytes: 'Just a paragraph of prose.\nAnother one.', name: 'p.md' }),
      422,
      'import-no-clauses',
      /numbered points/,
    ],
    [
      'an unsupported extension',
      () => ({ bytes: 'MZ', name: 'tool.exe' }),
      415,
      'import-unsupported',
      /\.exe/,
    ],
  ];

  it.each(refusals)(
    'refuses %s with a clear problem, storing nothing',
    async (_, make, status, code, detail) => {
      const before = await snapshot(t);
      const file = await make();
      const meta = { slug: 'bad', title: 'Bad', date: '2025-11-22' };
      for (const [path, fields] of [
        [`/api/plans/${PLAN}/versions`, meta],
        [previewPath(), {}],
      ] as const) {
        const r = await upload(t, file, fields, path);
        expect(r.status).toBe(status);
        expect(r.headers['content-type']).toMatch(PROBLEM);
        expect(r.body).toMatchObject({ status, code });
        expect(r.body.detail).toMatch(detail);
      }
      expect(await snapshot(t)).toEqual(before);
    },
  );

  it('refuses a file with text, a stranger field, a taken slug, an unknown parent or no token', async () => {
    const before = await snapshot(t);
    const file = { bytes: '1. One.\n2. Two.\n', name: 'ok.txt' };
    const meta = { slug: 'ok', title: 'Fine', date: '2025-11-22' };
    const both = await upload(t, file, { ...meta, text: '1. Other.' }).expect(400);
    expect(both.body.errors[0]).toMatchObject({ field: 'file' });
    await upload(t, file, { ...meta, colour: 'red' }).expect(400);
    const dup = await upload(t, file, { ...meta, slug: 'w1' }).expect(409);
    expect(dup.body.code).toBe('version-exists');
    await upload(t, file, { ...meta, parents: 'w1,nope' }).expect(400);
    await t
      .http()
      .post(`/api/plans/${PLAN}/versions`)
      .field('slug', 'ok')
      .attach('file', Buffer.from(file.bytes), 'ok.txt')
      .expect(401);
    await t
      .http()
      .post(`/api/plans/${PLAN}/versions`)
      .set('Authorization', t.auth('editor'))
      .field('slug', 'ok')
      .attach('upload', Buffer.from(file.bytes), 'ok.txt')
      .expect(400);
    expect(await snapshot(t)).toEqual(before);
    const w1 = await t.http().get(`/api/plans/${PLAN}/versions/w1`).expect(200);
    expect(w1.body.clauseCount).toBe(5);
  });
});

function previewPath(): string {
  return `/api/plans/${PLAN}/versions/preview`;
}

/** Cuts the file in the middle of its objects: the header says PDF, the body is broken. */
function corruptPdf(bytes: Uint8Array): Uint8Array {
  const head = bytes.slice(0, 200);
  return Uint8Array.from([...head, ...new TextEncoder().encode('\n%%garbage stream\n'), ...head]);
}
