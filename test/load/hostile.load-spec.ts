import type { AddressInfo, Server } from 'node:net';
import { connect } from 'node:net';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Response } from 'supertest';
import { BACKENDS, useTestApp } from '../support/e2e';
import { HealthProbe } from './health-probe';

/**
 * Hostile and careless input, each case generated here and small on the wire (issue #23): every
 * one ends within a few seconds with the expected status, stores nothing, and meanwhile
 * /api/health, probed without pause on its own connection, stays under 100 ms at the 95th
 * percentile, i.e. nothing blocks the event loop.
 */
const FEW_SECONDS = 5_000;
const HEALTH_P95_MS = 100;

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
function docx(documentXml: string): Buffer {
  return Buffer.from(
    zipSync(
      {
        '[Content_Types].xml': strToU8(
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        ),
        '_rels/.rels': strToU8(
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        ),
        'word/document.xml': strToU8(documentXml),
      },
      { level: 9 },
    ),
  );
}

/** A one-page PDF whose single line is drawn as `runs` separate text runs. */
async function pdfWithRuns(runs: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([600, 800]);
  page.drawText('1.', { x: 10, y: 700, size: 10, font });
  for (let i = 0; i < runs; i += 2000) {
    // Word by word at a tiny size: pdfjs reports each word as its own run on one line.
    page.drawText('a '.repeat(Math.min(2000, runs - i)), { x: 20, y: 700, size: 0.01, font });
  }
  return Buffer.from(await doc.save());
}

async function pdfWithPages(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([10, 10]);
  return Buffer.from(await doc.save({ useObjectStreams: true }));
}

describe.each(BACKENDS)('hostile input (%s)', (backend) => {
  const t = useTestApp(backend, { bodyTimeoutMs: 1_000 });
  let server: Server;
  let port = 0;
  const probe = new HealthProbe(() => port);

  beforeAll(async () => {
    server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    await write('/api/plans', { slug: 'h', title: 'Hostile' }).expect(201);
    await write('/api/plans/h/versions', {
      slug: 'a',
      title: 'A',
      date: '2025-11-20',
      text: '1. One.\n2. Two.\n',
    }).expect(201);
    // Warm the import worker (under ts-jest it compiles the importer on first use).
    await upload('warm.txt', Buffer.from('1. Warm.\n'), 'preview').expect(200);
    probe.start();
  });

  function write(path: string, body: object | string) {
    const req = t.http().post(path).set('Authorization', t.auth('admin'));
    return typeof body === 'string'
      ? req.set('Content-Type', 'application/json').send(body)
      : req.send(body);
  }

  function upload(name: string, bytes: Buffer, slug: string) {
    const path = slug === 'preview' ? '/api/plans/h/versions/preview' : '/api/plans/h/versions';
    const req = t.http().post(path).set('Authorization', t.auth('admin'));
    if (slug !== 'preview') {
      void req.field('slug', slug).field('title', 'T').field('date', '2025-11-21');
    }
    return req.attach('file', bytes, name);
  }

  /** Runs one case: it must end within a few seconds with the status and code expected. */
  async function expectRefused(
    send: () => PromiseLike<Response>,
    status: number | number[],
    code?: string | RegExp,
  ): Promise<Response> {
    const start = Date.now();
    const res = await send();
    const took = Date.now() - start;
    const expected = Array.isArray(status) ? status : [status];
    expect({ status: res.status, body: res.body as unknown }).toMatchObject({
      status: expected.includes(res.status) ? res.status : expected[0],
    });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    if (code !== undefined) expect((res.body as { code: string }).code).toMatch(code);
    expect(took).toBeLessThan(FEW_SECONDS);
    return res;
  }

  const versions = async (): Promise<string[]> =>
    ((await t.http().get('/api/plans/h/versions').expect(200)).body as { slug: string }[]).map(
      (v) => v.slug,
    );

  describe('uploads', () => {
    it('DOCX of unclosed paragraphs (tiny compressed, huge inflated)', async () => {
      const bytes = docx(`<w:document ${W}><w:body>${'<w:p >'.repeat(200_000)}`);
      expect(bytes.length).toBeLessThan(16 * 1024);
      await expectRefused(() => upload('p.docx', bytes, 'docx1'), 413, 'import-too-deep');
    });

    it('DOCX with an attribute that never ends', async () => {
      const body = `<w:document ${W}><w:body><w:p><w:pPr><w:numPr><w:numId w:val="${'1'.repeat(500_000)}`;
      await expectRefused(() => upload('a.docx', docx(body), 'docx2'), [413, 422]);
    });

    it('PDF with one line of many text runs', async () => {
      // pdfjs may merge the runs into one; either way the line is read (or refused) promptly.
      const bytes = await pdfWithRuns(30_000);
      const start = Date.now();
      const res = await upload('runs.pdf', bytes, 'preview');
      expect([200, 413, 422]).toContain(res.status);
      expect(Date.now() - start).toBeLessThan(FEW_SECONDS);
    });

    it('PDF of 2,000 pages', async () => {
      const bytes = await pdfWithPages(2_000);
      await expectRefused(() => upload('pages.pdf', bytes, 'pdf2'), 413, 'import-too-complex');
    });

    it('HTML of 280 KB of unclosed tags', async () => {
      const bytes = Buffer.from('<b>x'.repeat(70_000));
      await expectRefused(() => upload('deep.html', bytes, 'html1'), 413, 'import-too-deep');
    });

    it('HTML of unclosed comments', async () => {
      const bytes = Buffer.from(`<p>1. One.</p>${'<!--'.repeat(50_000)}`);
      const start = Date.now();
      await upload('c.html', bytes, 'html2').expect(201);
      expect(Date.now() - start).toBeLessThan(FEW_SECONDS);
    });

    it('stored nothing for any refused upload', async () => {
      expect(await versions()).toEqual(['a', 'html2']);
    });
  });

  describe('reports', () => {
    it('renders a Markdown report of a clause holding a 99,000-space run', async () => {
      await write('/api/plans/h/versions', {
        slug: 'spaces',
        title: 'Spaces',
        date: '2025-11-22',
        clauses: [
          { label: '1', text: `One ${' '.repeat(99_000)} more.` },
          { label: '2', text: 'Two.' },
        ],
      }).expect(201);
      const start = Date.now();
      const res = await t.http().get('/api/plans/h/compare?from=a&to=spaces&format=md');
      expect(res.status).toBe(200);
      expect(Date.now() - start).toBeLessThan(FEW_SECONDS);
    });
  });

  describe('bodies', () => {
    it('null where a list or a name is required stores nothing', async () => {
      await expectRefused(
        () =>
          write('/api/plans/h/versions', {
            slug: 'n1',
            title: 'N',
            date: '2025-11-20',
            clauses: null,
          }),
        400,
        'validation-failed',
      );
      const res = await expectRefused(
        () =>
          write('/api/plans/h/positions', {
            party: null,
            stance: 'opposes',
            version: 'a',
            clause: '1',
            quote: 'No.',
            date: '2025-11-21',
            sources: [{ url: 'https://example.org/x' }],
          }),
        400,
        'validation-failed',
      );
      expect(JSON.stringify(res.body)).toContain('party');
      expect((await t.http().get('/api/plans/h/positions').expect(200)).body).toEqual([]);
    });

    it('nested arrays, deep JSON, unknown and prototype keys name the field', async () => {
      const nested = await expectRefused(
        () =>
          write('/api/plans/h/versions', {
            slug: 'n2',
            title: 'N',
            date: '2025-11-20',
            clauses: [[{ label: '1', text: 'x' }]],
          }),
        400,
      );
      expect(JSON.stringify(nested.body)).toContain('clauses');
      const deep = `{"slug":"n3","title":"N","date":"2025-11-20","clauses":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
      const d = await expectRefused(() => write('/api/plans/h/versions', deep), 400);
      expect(JSON.stringify(d.body)).toContain('clauses.0.0');
      const proto = await expectRefused(
        () => write('/api/plans', '{"slug":"p1","title":"P","__proto__":{"admin":true}}'),
        400,
      );
      expect(JSON.stringify(proto.body)).toContain('__proto__');
      const unknown = await expectRefused(
        () => write('/api/plans', { slug: 'p2', title: 'P', owner: 'x' }),
        400,
      );
      expect(JSON.stringify(unknown.body)).toContain('owner');
      await t.http().get('/api/plans/p1').expect(404);
      await t.http().get('/api/plans/p2').expect(404);
    });

    it('NUL and lone surrogates refused, non-characters stripped, the same on every database', async () => {
      const nul = await expectRefused(
        () => write('/api/plans', { slug: 'nul', title: 'A\u0000B' }),
        400,
      );
      expect(JSON.stringify(nul.body)).toContain('title');
      await expectRefused(() => write('/api/plans', '{"slug":"sur","title":"A\\ud800B"}'), 400);
      await write('/api/plans', { slug: 'nonchar', title: 'A\ufffeB\uffffC' }).expect(201);
      const plan = await t.http().get('/api/plans/nonchar').expect(200);
      expect((plan.body as { title: string }).title).toBe('ABC');
      await t.http().get('/api/plans/nul').expect(404);
      await t.http().get('/api/plans/sur').expect(404);
    });

    it('a clause label with "/" is refused at store', async () => {
      await expectRefused(
        () =>
          write('/api/plans/h/versions', {
            slug: 'slash',
            title: 'S',
            date: '2025-11-20',
            clauses: [{ label: '1/2', text: 'x' }],
          }),
        400,
      );
      expect(await versions()).not.toContain('slash');
    });
  });

  describe('ids', () => {
    const del = (id: string) =>
      t.http().delete(`/api/plans/h/links/${id}`).set('Authorization', t.auth('admin'));
    it.each(['1e2', '0x10', '2147483648', '99999999999999999999', '-1', '1.0'])(
      'DELETE …/links/%s is a 400, never another row or a 500',
      (id) => expectRefused(() => del(id), 400).then(() => undefined),
    );
    it('an id in range that does not exist is a 404', () =>
      expectRefused(() => del('2147483647'), 404).then(() => undefined));
  });

  describe('HTTP edge', () => {
    it('a lying Content-Length is answered 408 and the connection closed, promptly', async () => {
      const start = Date.now();
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(
            'POST /api/plans HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
              `Authorization: ${t.auth('admin')}\r\nContent-Length: 1000\r\n\r\n{"slug":`,
          );
        });
        let data = '';
        socket.on('data', (d: Buffer) => (data += d.toString()));
        socket.on('close', () => resolve(data));
        socket.on('error', reject);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(Date.now() - start).toBeLessThan(FEW_SECONDS);
    });

    it('401 says how to authenticate; text/plain is 415; a wrong method is 405 with Allow', async () => {
      const anon = await expectRefused(() => t.http().post('/api/plans').send({}), 401);
      expect(anon.headers['www-authenticate']).toMatch(/^Bearer/);
      await expectRefused(
        () =>
          t
            .http()
            .post('/api/plans')
            .set('Authorization', t.auth('admin'))
            .set('Content-Type', 'text/plain')
            .send('slug=x'),
        415,
        'unsupported-media-type',
      );
      const wrong = await expectRefused(
        () => t.http().put('/api/plans').set('Authorization', t.auth('admin')).send({}),
        405,
        'method-not-allowed',
      );
      expect(wrong.headers['allow']).toMatch(/GET/);
      expect(wrong.headers['allow']).toMatch(/POST/);
      await expectRefused(() => t.http().get('/api/nothing-here'), 404);
    });

    it('keeps /api/health under 100 ms p95 while all of the above ran', async () => {
      const sorted = await probe.stop();
      expect(sorted.length).toBeGreaterThan(20);
      const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
      expect(p95).toBeLessThan(HEALTH_P95_MS);
    });
  });

  afterAll(async () => {
    await probe.stop();
  });
});
