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
});
