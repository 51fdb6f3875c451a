import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import pkg from '../package.json';

export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('plandiff API')
    .setDescription(
      'Plans, versions, clauses, curated links, positions and sources; clause-level ' +
        'comparisons (`plandiff.comparison/v1`). Errors are RFC 9457 problem+json. Writes need ' +
        'a bearer token with the editor or admin role.',
    )
    .setVersion(pkg.version)
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Swagger UI at /api/docs, the document at /api/openapi.json. */
export function setupOpenApi(app: INestApplication): void {
  const document = buildOpenApi(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    raw: ['json'],
  });
}
