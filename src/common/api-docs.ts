import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, problem } from './problem';

/**
 * Response documentation for the OpenAPI document. The services return plain interfaces (no
 * classes for @nestjs/swagger to reflect on), so each success response states its schema here,
 * next to the route; the problem+json error responses every route shares are added in one place
 * (src/openapi.ts), and the ones particular to a route (409, 422, 503) with `ApiProblem`.
 */

/** @nestjs/swagger's SchemaObject (its own export path is not public). */
type SchemaOrRef = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];
export type Schema = Exclude<SchemaOrRef, { $ref: string }>;

const nullable = (s: Schema): Schema => ({ ...s, nullable: true });

/** Small builders, so a response schema reads like the interface it documents. */
export const s = {
  str: (description?: string): Schema => ({
    type: 'string',
    ...(description ? { description } : {}),
  }),
  nstr: (description?: string): Schema => nullable(s.str(description)),
  int: (description?: string): Schema => ({
    type: 'integer',
    ...(description ? { description } : {}),
  }),
  nint: (description?: string): Schema => nullable(s.int(description)),
  num: (): Schema => ({ type: 'number' }),
  bool: (): Schema => ({ type: 'boolean' }),
  time: (): Schema => ({ type: 'string', format: 'date-time' }),
  oneOf: (...values: string[]): Schema => ({ type: 'string', enum: values }),
  strings: (): Schema => ({ type: 'array', items: { type: 'string' } }),
  array: (items: Schema): Schema => ({ type: 'array', items }),
  /** An object whose listed properties are all present (null where the interface allows it). */
  object: (properties: Record<string, Schema>, description?: string): Schema => ({
    type: 'object',
    required: Object.keys(properties),
    properties,
    ...(description ? { description } : {}),
  }),
  /** An object documented by its main properties; the full contract lives elsewhere. */
  open: (description: string, properties: Record<string, Schema> = {}): Schema => ({
    type: 'object',
    description,
    properties,
    additionalProperties: true,
  }),
  nullable,
  page: (item: Schema): Schema =>
    s.object({ items: s.array(item), total: s.int(), offset: s.int(), limit: s.int() }),
};

/** A source citation as every record carries it. */
export const SOURCE_REF: Schema = s.object({
  url: s.str(),
  outlet: s.nstr(),
  title: s.nstr(),
  date: s.nstr('YYYY-MM-DD when known'),
  language: s.nstr(),
});

/** A JSON success response with its schema and an example. */
export function ApiJson(
  status: number,
  description: string,
  schema: Schema,
  example?: unknown,
): MethodDecorator & ClassDecorator {
  return ApiResponse({
    status,
    description,
    content: {
      'application/json': { schema, ...(example !== undefined ? { example } : {}) },
    },
  });
}

/** 204: done, nothing to say. */
export const ApiNoContent = (description: string): MethodDecorator & ClassDecorator =>
  ApiResponse({ status: 204, description });

/** A route-specific problem+json response, with an example built by the same code as the real one. */
export function ApiProblem(
  status: number,
  code: string,
  detail: string,
): MethodDecorator & ClassDecorator {
  return ApiResponse({
    status,
    description: `\`${code}\`: ${detail}`,
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: '#/components/schemas/Problem' },
        example: problem(status, code, detail),
      },
    },
  });
}

/** Several ApiProblem at once. */
export const ApiProblems = (
  ...items: readonly (readonly [number, string, string])[]
): MethodDecorator & ClassDecorator =>
  applyDecorators(...items.map(([status, code, detail]) => ApiProblem(status, code, detail)));
