import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { problemCodes } from '../src/modules/problems/problems.controller';

/**
 * Every problem `code` the service can answer with is explained in the docs (docs/api.md
 * "Errors" or docs/limits.md), so `/api/problems#<code>` never points at nothing and a client
 * can look up any code it receives. The codes are read from the sources: problem(status, code)
 * calls and their kin, the Express-level rejections, the documented responses of routes, the
 * refusal codes of the importers (prefixed `import-`) and of the engine, and the busy codes of
 * the gated pools.
 */
const ROOT = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' || e.name === 'public' ? [] : sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')
      ? [readFileSync(path, 'utf8')]
      : [];
  });
}

/** The string members of `export type NAME = | 'a' | 'b' …;`. */
function union(text: string, name: string): string[] {
  const body = new RegExp(`export type ${name} =([^;]*);`, 'u').exec(text)?.[1] ?? '';
  return [...body.matchAll(/'([a-z-]+)'/gu)].map((m) => m[1]!);
}

function producedCodes(): Set<string> {
  const all = sources(join(ROOT, 'src')).join('\n');
  const codes = new Set<string>();
  const patterns = [
    /\bproblem\(\s*\d{3},\s*'([a-z-]+)'/gu,
    /\breject\(\s*\d{3},\s*'([a-z-]+)'/gu,
    /\bApiProblem\(\s*\d{3},\s*'([a-z-]+)'/gu,
    /\bbusyCode: '([a-z-]+)'/gu,
    /\bnew Gate\([^)]*'([a-z-]+)'\)/gu,
    /^\s+\d{3}: '([a-z-]+)',$/gmu, // status → code tables (problem.filter.ts)
  ];
  for (const pattern of patterns) for (const m of all.matchAll(pattern)) codes.add(m[1]!);
  const read = (file: string): string => readFileSync(join(ROOT, 'src', file), 'utf8');
  for (const c of union(read('import/errors.ts'), 'ImportErrorCode')) codes.add(`import-${c}`);
  for (const c of union(read('engine/errors.ts'), 'EngineErrorCode')) codes.add(c);
  return codes;
}

describe('problem codes', () => {
  const documented = problemCodes(
    ['api.md', 'limits.md'].map((f) => readFileSync(join(ROOT, 'docs', f), 'utf8')),
  );

  it('finds the codes the sources produce', () => {
    const codes = producedCodes();
    // A scan that found nothing would pass vacuously.
    for (const known of [
      'validation-failed',
      'import-timeout',
      'engine-busy',
      'too-many-clauses',
    ]) {
      expect(codes).toContain(known);
    }
  });

  it('explains every one of them in docs/api.md or docs/limits.md', () => {
    const missing = [...producedCodes()].filter((c) => !documented.has(c)).sort();
    expect(missing).toEqual([]);
  });
});
