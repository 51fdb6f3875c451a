import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import pkg from '../package.json';
import { PROBLEM_CONTENT_TYPE, problem } from './common/problem';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Schema = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

/** RFC 9457 problem details as the API sends them (src/common/problem.ts). */
const PROBLEM_SCHEMA: Schema = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: {
      type: 'string',
      description: 'A link to the code’s description (GET /api/problems)',
      example: '/api/problems#not-found',
    },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string', description: 'The request path' },
    code: { type: 'string', description: 'Stable machine-readable reason' },
    errors: {
      type: 'array',
      description: 'Per field, for validation-failed',
      items: {
        type: 'object',
        required: ['field', 'messages'],
        properties: {
          field: { type: 'string', example: 'clauses.0.status' },
          messages: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
};

/** The errors any route may answer, and when each applies. */
const COMMON_ERRORS: readonly {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly applies: (op: Operation, path: string) => boolean;
}[] = [
  {
    status: 400,
    code: 'validation-failed',
    detail: 'The request is invalid.',
    applies: (op) => (op.parameters ?? []).length > 0 || op.requestBody !== undefined,
  },
  {
    status: 401,
    code: 'unauthorized',
    detail: 'A bearer token is required.',
    // Writes always; reads too when PLANDIFF_REQUIRE_READ_TOKEN is set.
    applies: (_op, path) => !OPEN_PATHS.has(path),
  },
  {
    status: 403,
    code: 'forbidden',
    detail: 'This needs the editor role.',
    applies: (op) => (op.security ?? []).length > 0,
  },
  {
    status: 404,
    code: 'not-found',
    detail: 'No plan "ukraine-2025".',
    applies: (_op, path) => path.includes('{'),
  },
  {
    status: 413,
    code: 'body-too-large',
    detail: 'The request body exceeds the size limit.',
    applies: (op) => op.requestBody !== undefined,
  },
  {
    status: 415,
    code: 'unsupported-media-type',
    detail: 'A request body must be application/json (or multipart/form-data for uploads).',
    applies: (op) => op.requestBody !== undefined,
  },
  {
    status: 429,
    code: 'rate-limited',
    detail: 'Too many requests; retry after the time in Retry-After.',
    applies: () => true,
  },
  {
    status: 500,
    code: 'internal',
    detail: 'An unexpected error occurred.',
    applies: () => true,
  },
];

/** Routes that never need a token. */
const OPEN_PATHS = new Set(['/api/health', '/api/problems']);

const problemContent = (status: number, code: string, detail: string) => ({
  [PROBLEM_CONTENT_TYPE]: {
    schema: { $ref: '#/components/schemas/Problem' },
    example: problem(status, code, detail),
  },
});

/**
 * What decorators cannot say once per API: the problem responses every route shares, and the
 * `file` part of multipart uploads (Nest documents a multipart body with the JSON DTO's schema,
 * which has no file, so Swagger UI showed no file picker).
 */
function complete(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ?? {};
  document.components.schemas = { ...schemas, Problem: PROBLEM_SCHEMA };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const op = item[method];
      if (op === undefined) continue;
      for (const e of COMMON_ERRORS) {
        if (op.responses[e.status] !== undefined || !e.applies(op, path)) continue;
        op.responses[e.status] = {
          description: `\`${e.code}\``,
          content: problemContent(e.status, e.code, e.detail),
        };
      }
      addFilePart(op, schemas);
    }
  }
  return document;
}

function addFilePart(op: Operation, schemas: Record<string, Schema>): void {
  const body = op.requestBody;
  if (body === undefined || '$ref' in body) return;
  const multipart = body.content['multipart/form-data'];
  if (multipart?.schema === undefined) return;
  const ref = '$ref' in multipart.schema ? multipart.schema.$ref : undefined;
  const base = ref === undefined ? multipart.schema : schemas[ref.split('/').pop()!];
  if (base === undefined || '$ref' in base) return;
  // With a file, the text comes from the file: nothing else is required of the form.
  const required = (base.required ?? []).filter((name) => name !== 'text');
  multipart.schema = {
    type: 'object',
    properties: {
      file: {
        type: 'string',
        format: 'binary',
        description: 'The document (.txt .md .json .docx .pdf .html); instead of `text`',
      },
      ...base.properties,
    },
    ...(required.length > 0 ? { required } : {}),
  };
}

export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('plandiff API')
    .setDescription(
      'Plans, versions, clauses, curated links, positions and sources; clause-level ' +
        'comparisons (`plandiff.comparison/v1`). Errors are RFC 9457 problem+json; each `type` ' +
        'links to its description at /api/problems. Writes need a bearer token with the editor ' +
        'or admin role; reads too when the server sets PLANDIFF_REQUIRE_READ_TOKEN.',
    )
    .setVersion(pkg.version)
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      // Opaque random tokens (`plandiff token create`), stored hashed; not JWTs.
      bearerFormat: undefined,
      description: 'An opaque plandiff token from `plandiff token create`.',
    })
    .build();
  return complete(SwaggerModule.createDocument(app, config));
}

/** Swagger UI at /api/docs, the document at /api/openapi.json. */
export function setupOpenApi(app: INestApplication): void {
  const document = buildOpenApi(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    raw: ['json'],
  });
}
