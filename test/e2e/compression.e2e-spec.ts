import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Request, Response } from 'express';
import { shouldCompress } from '../../src/common/compression';
import { BACKENDS, useTestApp } from '../support/e2e';
import type { TestApp } from '../support/e2e';

const API = '/api/plans/ukraine-2025';

interface Raw {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  /** The bytes on the wire, before any decoding. */
  readonly body: Buffer;
}

/** A GET over a real socket, so the bytes are as sent (supertest would decode them). */
async function fetchRaw(t: TestApp, path: string, encoding: string | null): Promise<Raw> {
  const server = t.app.getHttpServer();
  if (!server.listening) await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        headers: encoding === null ? {} : { 'Accept-Encoding': encoding },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Two answers to one request, ignoring the generation time some of them carry. */
const sameContent = (a: Buffer, b: Buffer): boolean => {
  const stamp = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;
  return a.toString('utf8').replace(stamp, 'T') === b.toString('utf8').replace(stamp, 'T');
};

const decode = (r: Raw): Buffer => {
  const enc = r.headers['content-encoding'];
  if (enc === 'gzip') return gunzipSync(r.body);
  if (enc === 'br') return brotliDecompressSync(r.body);
  return r.body;
};

// Measured on the shipped corpus (identity → gzip / brotli bytes): disputes of v20, one page,
// 18,216 → 4,995 / 4,969; disputes of v28, every clause, 45,927 → 11,386 / 11,456; the briefing
// export 445,631 → 76,577 / 59,456.
describe.each(BACKENDS)('compression (%s)', (backend) => {
  const t = useTestApp(backend);

  it.each([
    ['the disputes', `${API}/disputes?version=v20`],
    ['every clause’s disputes', `${API}/disputes?version=v28&limit=200`],
    ['the briefing export', `${API}/export`],
  ])('shrinks %s at least threefold with gzip and with brotli', async (_, path) => {
    const plain = await fetchRaw(t, path, 'identity');
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const encoding of ['gzip', 'br']) {
      const packed = await fetchRaw(t, path, encoding);
      expect(packed.status).toBe(200);
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(String(packed.headers['vary'])).toMatch(/Accept-Encoding/i);
      expect(sameContent(decode(packed), plain.body)).toBe(true);
      expect(packed.body.length * 3).toBeLessThan(plain.body.length);
    }
  });

  it('sends a client that names no encoding the bytes as they are, still marked Vary', async () => {
    const plain = await fetchRaw(t, `${API}/export`, null);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(String(plain.headers['vary'])).toMatch(/Accept-Encoding/i);
    expect(JSON.parse(plain.body.toString('utf8'))).toHaveProperty('comparisons');
  });

  it('prefers brotli when the client takes both', async () => {
    const r = await fetchRaw(t, `${API}/disputes?version=v20`, 'gzip, deflate, br');
    expect(r.headers['content-encoding']).toBe('br');
  });

  it.each([
    ['an HTML report', `${API}/compare?from=v28&to=v20&format=html`, /text\/html/],
    ['a Markdown report', `${API}/compare?from=v28&to=v20&format=md`, /text\/markdown/],
    ['a problem+json answer', `${API}/compare?from=v28&to=nope&format=md`, /problem\+json/],
    ['the dashboard shell', '/plans/ukraine-2025', /text\/html/],
    ['a dashboard script', '/assets/js/api.js', /javascript/],
    ['a dashboard style sheet', '/assets/app.css', /text\/css/],
  ])('compresses %s', async (_, path, type) => {
    const r = await fetchRaw(t, path, 'gzip');
    expect(r.headers['content-type']).toMatch(type);
    const plain = await fetchRaw(t, path, 'identity');
    if (plain.body.length < 1024) return expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(sameContent(decode(r), plain.body)).toBe(true);
  });

  it('leaves a Word report alone (it is a zip already) and tiny answers too', async () => {
    const docx = await fetchRaw(t, `${API}/compare?from=v28&to=v20&format=docx`, 'gzip, br');
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toMatch(/wordprocessingml/);
    expect(docx.headers['content-encoding']).toBeUndefined();
    expect(docx.body.subarray(0, 2).toString('latin1')).toBe('PK');
    const health = await fetchRaw(t, '/api/health', 'gzip');
    expect(health.headers['content-encoding']).toBeUndefined();
  });

  it('never compresses PDF or DOCX answers, whatever the client accepts', () => {
    const answer = (type: string) =>
      ({
        getHeader: (name: string) => (name.toLowerCase() === 'content-type' ? type : undefined),
      }) as unknown as Response;
    const req = { headers: { 'accept-encoding': 'gzip, br' } } as unknown as Request;
    expect(shouldCompress(req, answer('application/pdf'))).toBe(false);
    expect(
      shouldCompress(
        req,
        answer('application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      ),
    ).toBe(false);
    expect(shouldCompress(req, answer('application/json; charset=utf-8'))).toBe(true);
    expect(shouldCompress(req, answer('text/markdown; charset=utf-8'))).toBe(true);
  });
});
