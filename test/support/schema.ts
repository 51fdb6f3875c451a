import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAjv, describeSchemaErrors } from '../../src/lib/json-schema';
import type { ErrorObject, ValidateFunction } from '../../src/lib/json-schema';

export const COMPARISON_SCHEMA_PATH = join(__dirname, '../../docs/schemas/comparison.v1.json');

export function loadComparisonSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(COMPARISON_SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
}

let cached: ValidateFunction | undefined;

/** Compiled once per test file: strict mode also catches mistakes in the schema itself. */
export function comparisonValidator(): ValidateFunction {
  if (!cached) {
    cached = createAjv({ strict: true }).compile(loadComparisonSchema());
  }
  return cached;
}

export interface SchemaResult {
  readonly valid: boolean;
  readonly errors: readonly ErrorObject[];
}

export function validateComparison(value: unknown): SchemaResult {
  const validate = comparisonValidator();
  const valid = validate(value);
  return { valid, errors: validate.errors ?? [] };
}

/** Human-readable error list, for failure messages. */
export function describeErrors(errors: readonly ErrorObject[]): string {
  return describeSchemaErrors(errors, '\n');
}
