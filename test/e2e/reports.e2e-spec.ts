import { strFromU8, unzipSync } from 'fflate';
import type { Response } from 'supertest';
import { BACKENDS, SAMPLE_TEXT, SAMPLE_TEXT_2, useTestApp } from '../support/e2e';

// Not `ukraine-2025`: the app seeds the corpus plans, and this file wants versions of its own.

/** supertest buffers unknown content types only when asked to; this keeps the raw bytes. */
function binary(res: Response, callback: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe.each(BACKENDS)('analyst reports (%s)', (backend) => {
  const t = useTestApp(backend);
  const write = (path: string, body: object) =>
    t.http().post(path).set('Authorization', t.auth('editor')).send(body);
  const get = (format: string) =>
    t
      .http()
      .get(`/api/plans/analyst-plan/compare?from=v28&to=v20&format=${format}`)
      .buffer(true)
      .parse(binary);

  beforeAll(async () => {
    await write('/api/plans', { slug: 'analyst-plan', title: 'Peace plan' }).expect(201);
    for (const [slug, text, date] of [
      ['v28', SAMPLE_TEXT, '2025-11-20'],
      ['v20', SAMPLE_TEXT_2, '2025-11-23'],
    ] as const) {
      await write('/api/plans/analyst-plan/versions', { slug, title: slug, date, text }).expect(
        201,
      );
    }
  });

  it.each([
    [
      'docx',
      /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/,
      'PK\x03\x04',
    ],
    ['pdf', /^application\/pdf/, '%PDF-'],
    ['csv', /^text\/csv; charset=utf-8/, 'kind,from,to,'],
  ])(
    'format=%s: content type, file name, body signature, ETag and 304',
    async (format, type, magic) => {
      const r = await get(format).expect(200);
      expect(r.headers['content-type']).toMatch(type);
      expect(r.headers['content-disposition']).toBe(
        `attachment; filename="analyst-plan-v28-v20.${format}"`,
      );
      const body = r.body as Buffer;
      expect(body.subarray(0, magic.length).toString('latin1')).toBe(magic);
      const etag = r.headers['etag'] as string;
      expect(etag).toMatch(new RegExp(`^"[0-9a-f]{32}-${format}"$`));
      const again = await get(format).set('If-None-Match', etag);
      expect(again.status).toBe(304);
      expect((again.body as Buffer).length).toBe(0);
    },
  );

  it('ends the Word report with provenance from the database', async () => {
    const r = await get('docx').expect(200);
    const xml = strFromU8(unzipSync(new Uint8Array(r.body as Buffer))['word/document.xml']!);
    expect(xml).toContain('Provenance');
    expect(xml).toContain('Peace plan (analyst-plan)');
    expect(xml).toContain('2025-11-20');
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="plandiff"/);
  });

  it('answers an unknown format with 400 problem+json', async () => {
    const r = await t.http().get('/api/plans/analyst-plan/compare?from=v28&to=v20&format=xlsx');
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.body).toMatchObject({ status: 400, code: 'validation-failed' });
  });
});

describe('PDF without Chromium', () => {
  const t = useTestApp('sqlite', { chromiumPath: '/nonexistent/chromium' });

  it('answers 503 problem+json naming the missing package', async () => {
    const write = (path: string, body: object) =>
      t.http().post(path).set('Authorization', t.auth('editor')).send(body);
    await write('/api/plans', { slug: 'p', title: 'P' }).expect(201);
    await write('/api/plans/p/versions', {
      slug: 'a',
      title: 'A',
      date: '2025-11-20',
      text: SAMPLE_TEXT,
    });
    await write('/api/plans/p/versions', {
      slug: 'b',
      title: 'B',
      date: '2025-11-21',
      text: SAMPLE_TEXT_2,
    });
    const r = await t.http().get('/api/plans/p/compare?from=a&to=b&format=pdf');
    expect(r.status).toBe(503);
    expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.body).toMatchObject({ status: 503, code: 'pdf-unavailable' });
    expect(r.body.detail).toContain('apt-get install chromium');
  });
});
