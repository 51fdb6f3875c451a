import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

export type { ErrorObject, ValidateFunction } from 'ajv';
export type { Ajv2020 };

export interface AjvOptions {
  /**
   * Strict mode refuses unknown keywords and other mistakes in a schema itself: the tests that
   * check the published schemas turn it on; loading data against them need not.
   */
  readonly strict?: boolean;
  /** Every error (for messages to a person) or stop at the first (for a yes/no). */
  readonly allErrors?: boolean;
}

/**
 * The one JSON Schema set-up of the project: draft 2020-12 (every schema in docs/schemas), with
 * the standard formats (date, date-time, uri) checked rather than ignored.
 */
export function createAjv({ strict = false, allErrors = true }: AjvOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict, allErrors });
  addFormats(ajv);
  return ajv;
}

/** `/path message` per error, for a person reading a failure. */
export function describeSchemaErrors(
  errors: readonly ErrorObject[] | null | undefined,
  separator = '; ',
): string {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join(separator);
}
