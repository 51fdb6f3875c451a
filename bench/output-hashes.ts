/**
 * Output-identity check for speed work (issue #18): hashes the JSON of every comparison over the
 * synthetic seed-42 pairs, every consecutive pair of files under fixtures/pairs and the seed
 * articles, so an implementation change can be shown to leave every result as it was.
 *
 *   npm run build:bench && node dist/bench/output-hashes.js > /tmp/after.txt
 *
 * Compare the output line by line with the same run on the base commit. One line per comparison
 * (name, sha256 of the JSON), then one line hashing all of them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compareTexts, compareVersions } from '../src/engine';
import type { Comparison, VersionText } from '../src/engine/types';
import { generatePair } from '../test/synthetic/synthetic';

// dist/bench/output-hashes.js or bench/output-hashes.ts: the repository is two or one levels up.
const ROOT = existsSync(resolve(__dirname, '../../fixtures'))
  ? resolve(__dirname, '../..')
  : resolve(__dirname, '..');

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');
const lines: string[] = [];
function record(name: string, comparison: Comparison): void {
  lines.push(`${name} ${sha(JSON.stringify(comparison))}`);
}

function filesUnder(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return filesUnder(full, ext);
      return name.endsWith(ext) ? [full] : [];
    });
}

const only = process.argv[2]; // optional substring filter on the comparison name

function run(name: string, compare: () => Comparison): void {
  if (only !== undefined && !name.includes(only)) return;
  record(name, compare());
}

for (const [profile, sizes] of [
  ['default', [300, 1000, 3000, 10_000]],
  ['hard', [300, 1000, 3000]],
] as const) {
  for (const clauses of sizes) {
    run(`synthetic-${profile}-${clauses}`, () => {
      const pair = generatePair({ clauses, seed: 42, profile });
      return compareTexts(pair.a, pair.b);
    });
  }
}

// Every consecutive pair of text files under fixtures/pairs, in sorted path order, both ways.
const pairFiles = filesUnder(join(ROOT, 'fixtures/pairs'), '.txt');
for (let i = 0; i + 1 < pairFiles.length; i++) {
  const [x, y] = [pairFiles[i]!, pairFiles[i + 1]!];
  const name = `${relative(ROOT, x)}->${relative(ROOT, y)}`;
  run(name, () => compareTexts(readFileSync(x, 'utf8'), readFileSync(y, 'utf8')));
  run(`${name}:reverse`, () => compareTexts(readFileSync(y, 'utf8'), readFileSync(x, 'utf8')));
}

// The corpus plan versions that carry clauses, consecutive in sorted order.
const planFiles = filesUnder(join(ROOT, 'fixtures/plans'), '.json').filter((file) => {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { clauses?: unknown };
  return Array.isArray(parsed.clauses);
});
for (let i = 0; i + 1 < planFiles.length; i++) {
  const load = (file: string): VersionText => {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as VersionText;
    return { title: parsed.title, clauses: parsed.clauses };
  };
  run(`${relative(ROOT, planFiles[i]!)}->${relative(ROOT, planFiles[i + 1]!)}`, () =>
    compareVersions(load(planFiles[i]!), load(planFiles[i + 1]!)),
  );
}

// The seed articles (../shared/seeds, outside the clone): each against the next.
const seeds = filesUnder(resolve(ROOT, '../shared/seeds'), '.txt');
for (let i = 0; i + 1 < seeds.length; i++) {
  run(`seeds/${i}->${i + 1}`, () =>
    compareTexts(readFileSync(seeds[i]!, 'utf8'), readFileSync(seeds[i + 1]!, 'utf8')),
  );
}

for (const line of lines) process.stdout.write(`${line}\n`);
process.stdout.write(`ALL ${lines.length} ${sha(lines.join('\n'))}\n`);
