import type { Clause, VersionText } from '../engine';
import { createAjv } from '../lib/json-schema';
import type { ValidateFunction } from '../lib/json-schema';
import schema from '../../docs/schemas/version.v1.json';
import { ImportError } from './errors';

export interface JsonVersion {
  readonly schema: 'plandiff.version/v1';
  readonly slug?: string;
  readonly title: string;
  readonly date?: string;
  readonly clauses: readonly Clause[];
}

let validator: ValidateFunction<JsonVersion> | undefined;

function validate(): ValidateFunction<JsonVersion> {
  // The project's one Ajv set-up; the first error is enough to refuse the file.
  validator ??= createAjv({ allErrors: false }).compile<JsonVersion>(schema);
  return validator;
}

/**
 * A plandiff.version/v1 file: its clauses are taken as they are (labels, parents), not
 * re-segmented, and also written out as numbered text for the preview and the stored text.
 */
export function parseJsonVersion(text: string): {
  version: VersionText;
  text: string;
  warnings: string[];
} {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ImportError(
      'invalid-json',
      `not valid JSON (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  const check = validate();
  if (!check(value)) {
    const e = check.errors?.[0];
    const where = e?.instancePath === '' || e === undefined ? 'the document' : e.instancePath;
    throw new ImportError(
      'invalid-json',
      `not a plandiff.version/v1 document: ${where} ${e?.message ?? 'is invalid'} (schema: docs/schemas/version.v1.json)`,
    );
  }
  const warnings: string[] = [];
  const seen = new Set<string>();
  const clauses: Clause[] = [];
  for (const c of value.clauses) {
    if (seen.has(c.label)) {
      throw new ImportError(
        'invalid-json',
        `clause label "${c.label}" appears twice; labels must be unique`,
      );
    }
    if (c.parent !== undefined && !seen.has(c.parent)) {
      warnings.push(`clause ${c.label}: parent "${c.parent}" is not an earlier clause`);
    }
    seen.add(c.label);
    clauses.push(
      c.parent === undefined
        ? { label: c.label, text: c.text }
        : { label: c.label, text: c.text, parent: c.parent },
    );
  }
  const lines = [value.title, '', ...clauses.map((c) => `${c.label}. ${c.text}`)];
  return { version: { title: value.title, clauses }, text: lines.join('\n') + '\n', warnings };
}
