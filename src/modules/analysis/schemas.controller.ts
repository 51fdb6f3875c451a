import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, Header, Injectable, Param } from '@nestjs/common';
import { ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { projectRoot } from '../../lib/project-root';
import { ProblemException } from '../../common/problem';

/** The public JSON contracts, published so clients can validate what they receive. */
const PUBLISHED = ['briefing.v1.json', 'comparison.v1.json'] as const;

@Injectable()
export class SchemasService {
  private readonly schemas = new Map<string, unknown>(
    PUBLISHED.map((name) => [
      name,
      JSON.parse(readFileSync(join(projectRoot(), 'docs', 'schemas', name), 'utf8')),
    ]),
  );

  public get(name: string): unknown {
    const schema = this.schemas.get(name);
    if (schema === undefined) {
      throw ProblemException.notFound(
        `No published schema "${name}"; there are ${PUBLISHED.join(', ')}.`,
      );
    }
    return schema;
  }
}

export class SchemaParamDto {
  @ApiProperty({ example: 'comparison.v1.json', enum: PUBLISHED })
  @Matches(/^[a-z0-9.-]{1,64}$/, {
    message: 'name must be a schema file name such as briefing.v1.json',
  })
  public readonly name!: string;
}

@ApiTags('schemas')
@Controller('schemas')
export class SchemasController {
  public constructor(private readonly schemas: SchemasService) {}

  @Get(':name')
  @ApiResponse({
    status: 200,
    description: 'A JSON Schema (draft 2020-12)',
    content: {
      'application/schema+json': { schema: { type: 'object', additionalProperties: true } },
    },
  })
  @Header('Content-Type', 'application/schema+json')
  public get(@Param() { name }: SchemaParamDto): unknown {
    return this.schemas.get(name);
  }
}
