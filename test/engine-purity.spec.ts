import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The ESLint rule in eslint.config.mjs is the first guard; this second one needs no linter run,
// so `npm test` alone also fails when the engine gains a framework, storage or I/O import.
const ENGINE = join(__dirname, '..', 'src', 'engine');
const FORBIDDEN = [
  /^@nestjs\//,
  /^@prisma\//,
  /^\.prisma\//,
  /^class-validator$/,
  /^class-transformer$/,
  /^(node:)?fs(\/promises)?$/,
  /^(node:)?https?$/,
  /^(node:)?net$/,
  /^(node:)?child_process$/,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('engine purity', () => {
  it('imports no framework, storage or I/O module anywhere in src/engine', () => {
    const offending: string[] = [];
    for (const file of sources(ENGINE)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)) {
        if (FORBIDDEN.some((re) => re.test(match[1]!))) {
          offending.push(`${relative(ENGINE, file)}: ${match[1]}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('uses no clock or randomness, so results are reproducible', () => {
    const offending = sources(ENGINE).filter((file) =>
      /\b(Date\.now|new Date\(|Math\.random|performance\.now)\b/.test(readFileSync(file, 'utf8')),
    );
    expect(offending.map((f) => relative(ENGINE, f))).toEqual([]);
  });
});
