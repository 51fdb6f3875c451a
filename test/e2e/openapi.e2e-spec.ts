import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPI } from 'openapi-types';
import { useTestApp } from '../support/e2e';

/**
 * The published OpenAPI document is checked by a real validator (the OpenAPI 3.0 JSON Schema
 * plus the rules a schema cannot say, such as every path parameter being declared).
 */
describe('GET /api/openapi.json', () => {
  const t = useTestApp('sqlite');

  it('is a valid OpenAPI document', async () => {
    const doc = (await t.http().get('/api/openapi.json').expect(200)).body as OpenAPI.Document;
    // validate() dereferences in place: hand it a copy.
    await expect(SwaggerParser.validate(structuredClone(doc))).resolves.toBeDefined();
  });

  it('declares every path parameter of every operation, /api/schemas/{name} included', async () => {
    // The 3.0 JSON Schema cannot say this; the specification requires it (a template
    // parameter without a declaration leaves clients, Swagger UI included, unable to call it).
    const doc = (await t.http().get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    };
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      const template = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      for (const [method, op] of Object.entries(operations)) {
        const declared = new Set(
          (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        );
        for (const name of template.filter((n) => !declared.has(n))) {
          missing.push(`${method.toUpperCase()} ${path}: ${name}`);
        }
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(doc.paths)).toContain('/api/schemas/{name}');
  });

  type Media = Record<string, { schema?: unknown; example?: unknown }>;
  type Op = {
    responses: Record<string, { content?: Media }>;
    security?: unknown[];
    requestBody?: { content: Media };
  };
  const operations = async (): Promise<[string, Op][]> => {
    const doc = (await t.http().get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, Op>>;
    };
    return Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]): [string, Op] => [
        `${method.toUpperCase()} ${path}`,
        op,
      ]),
    );
  };

  it('gives every operation a success response with a schema for each media type (or 204)', async () => {
    const missing: string[] = [];
    for (const [name, op] of await operations()) {
      const success = Object.entries(op.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (success.length === 0) missing.push(`${name}: no 2xx response`);
      for (const [status, response] of success) {
        if (status === '204') continue;
        const media = Object.entries(response.content ?? {});
        if (media.length === 0) missing.push(`${name} ${status}: no content`);
        for (const [type, m] of media) {
          if (m.schema === undefined) missing.push(`${name} ${status} ${type}: no schema`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('documents the problem+json errors of every operation, each with a schema and an example', async () => {
    const missing: string[] = [];
    for (const [name, op] of await operations()) {
      const errors = Object.entries(op.responses).filter(([status]) => /^[45]\d\d$/.test(status));
      const statuses = errors.map(([status]) => status);
      // Every route can be rate-limited or fail; writes need a token and a valid body.
      for (const need of ['429', '500', ...(op.security?.length ? ['401', '403'] : [])]) {
        if (!statuses.includes(need)) missing.push(`${name}: no ${need}`);
      }
      if (op.requestBody && !statuses.includes('400')) missing.push(`${name}: no 400`);
      for (const [status, response] of errors) {
        const problem = response.content?.['application/problem+json'];
        if (problem?.schema === undefined) missing.push(`${name} ${status}: no problem schema`);
        const example = problem?.example as { status?: number; type?: string } | undefined;
        if (example?.status !== Number(status)) missing.push(`${name} ${status}: no example`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lets Swagger UI upload: multipart bodies declare a binary file part', async () => {
    const uploads = (await operations()).filter(
      ([, op]) => op.requestBody?.content['multipart/form-data'],
    );
    expect(uploads.map(([name]) => name).sort()).toEqual([
      'POST /api/plans/{plan}/articles',
      'POST /api/plans/{plan}/versions',
      'POST /api/plans/{plan}/versions/preview',
    ]);
    for (const [, op] of uploads) {
      expect(op.requestBody!.content['multipart/form-data']!.schema).toMatchObject({
        type: 'object',
        properties: { file: { type: 'string', format: 'binary' } },
      });
    }
  });

  it('calls the bearer tokens what they are (opaque, not JWT)', async () => {
    const doc = (await t.http().get('/api/openapi.json').expect(200)).body as {
      components: { securitySchemes: Record<string, { scheme?: string; bearerFormat?: string }> };
    };
    const schemes = Object.values(doc.components.securitySchemes);
    expect(schemes.map((s) => s.scheme)).toEqual(['bearer']);
    expect(schemes.filter((s) => s.bearerFormat === 'JWT')).toEqual([]);
  });
});

describe('problem types resolve', () => {
  const t = useTestApp('sqlite');

  it('a problem type links to a page the server serves, with an anchor for its code', async () => {
    const res = await t.http().get('/api/plans/no-such-plan').expect(404);
    const type = (res.body as { type: string }).type;
    expect(type).toBe('/api/problems#not-found');
    const [path, anchor] = type.split('#');
    const page = await t
      .http()
      .get(path!)
      .expect(200)
      .expect('Content-Type', /text\/html/);
    expect(page.text).toContain(`id="${anchor}"`);
  });

  it('the page has an anchor for every code the docs list, import codes included', async () => {
    const page = (await t.http().get('/api/problems').expect(200)).text;
    for (const code of [
      'validation-failed',
      'unauthorized',
      'method-not-allowed',
      'unsupported-media-type',
      'rate-limited',
      'version-exists',
      'too-many-clauses',
      'import-too-large',
      'import-timeout',
      'pdf-unavailable',
      'internal',
    ]) {
      expect(page).toContain(`id="${code}"`);
    }
  });
});
