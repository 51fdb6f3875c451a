#!/usr/bin/env node
// The fixture files' TypeScript types, derived from their JSON Schemas (docs/schemas/fixture-*.json,
// the one definition of the corpus's shapes: loadCorpus validates every file against them). Writes
// src/corpus/fixture-types/<name>.ts; with --check, fails when a written file differs from what
// the schemas give (npm test runs the check, so a schema edit without its types fails CI).
// Usage: node scripts/fixture-types.mjs [--check]   (npm run fixture-types)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMAS = join(root, 'docs', 'schemas');
const OUT = join(root, 'src', 'corpus', 'fixture-types');
const check = process.argv.includes('--check');

/**
 * Keywords that constrain values without changing their shape (a conditional requirement, "one
 * of these two properties is an object") are dropped before compiling: the generator would turn
 * them into intersections that say nothing more and read worse. Ajv still enforces them.
 */
function shapeOnly(node) {
  if (Array.isArray(node)) return node.map(shapeOnly);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'if' || key === 'then' || key === 'else' || key === 'not') continue;
    if (key === 'anyOf' && node.properties !== undefined) continue;
    if (key === '$schema' || key === '$id') continue;
    out[key] = shapeOnly(value);
  }
  return out;
}

/** fixture-version.v1.json → VersionFixture (the names the code used before the types were derived). */
const typeName = (file) =>
  file
    .replace(/^fixture-/, '')
    .replace(/\.v\d+\.json$/, '')
    .replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase()) + 'Fixture';

const banner = (file) =>
  `// Generated from docs/schemas/${file} by scripts/fixture-types.mjs: do not edit. Change the\n` +
  `// schema, then run \`npm run fixture-types\` (npm test fails while the two differ).\n`;

const prettierConfig = (await prettier.resolveConfig(join(OUT, 'x.ts'))) ?? {};
const stale = [];
mkdirSync(OUT, { recursive: true });
const files = readdirSync(SCHEMAS)
  .filter((f) => /^fixture-.*\.json$/.test(f))
  .sort();
for (const file of files) {
  const schema = shapeOnly(JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')));
  delete schema.title; // the type is named by typeName, not by the schema's human title
  const body = await compile(schema, typeName(file), {
    bannerComment: '',
    format: false,
    additionalProperties: false,
    strictIndexSignatures: true,
    ignoreMinAndMaxItems: true,
    declareExternallyReferenced: true,
    unreachableDefinitions: false,
  });
  const text = await prettier.format(banner(file) + '\n' + body, {
    ...prettierConfig,
    filepath: join(OUT, 'x.ts'),
  });
  const target = join(OUT, file.replace(/^fixture-/, '').replace(/\.v\d+\.json$/, '.ts'));
  const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
  if (current === text) continue;
  if (check) stale.push(target);
  else writeFileSync(target, text);
}
if (stale.length > 0) {
  console.error(
    `Out of date with docs/schemas (run npm run fixture-types):\n  ${stale.join('\n  ')}`,
  );
  process.exit(1);
}
