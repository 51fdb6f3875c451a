/**
 * Output-identity check for statement-extractor speed work (issue #15), in the spirit of
 * output-hashes.ts for the engine: hashes the JSON result of extractStatements on every article
 * under fixtures/articles (all sets), the seed articles and the bench's synthetic 5,000-word
 * article, so a speed change can be shown to leave every result as it was. Only hashes are
 * printed, never statements, so running it over the held-out and blind sets reveals nothing.
 *
 *   npm run build:bench && node dist/bench/statement-hashes.js > /tmp/after.txt
 *
 * Compare with the same run on the base commit: one line per article (path, sha256 of the JSON),
 * then one line hashing all of them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/corpus';
import { extractionContext } from '../src/corpus/statements-input';
import { extractStatements } from '../src/engine/statements';
import { TOPIC_LEXICON } from '../src/engine/substance/topic-lexicon';
import { projectRoot } from '../src/lib/project-root';
import { writeArticle } from './statements';

const ROOT = projectRoot();
const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return filesUnder(full);
      return name.endsWith('.txt') ? [full] : [];
    });
}

const context = extractionContext(
  loadCorpus(join(ROOT, 'fixtures', 'plans', 'ukraine-2025')),
  TOPIC_LEXICON,
);
const lines: string[] = [];

/** The date the accuracy spec passes (the gold file's), else none: the date line decides. */
function goldDate(file: string): string | null {
  const gold = file.replace(/\.txt$/u, '.gold.json');
  if (!existsSync(gold)) return null;
  return (JSON.parse(readFileSync(gold, 'utf8')) as { date?: string | null }).date ?? null;
}

function run(name: string, text: string, date: string | null): void {
  lines.push(`${name} ${sha(JSON.stringify(extractStatements({ ...context, text, date })))}`);
}

const files = [
  ...filesUnder(join(ROOT, 'fixtures', 'articles')),
  ...filesUnder(resolve(ROOT, '../shared/seeds')),
];
for (const file of files) run(relative(ROOT, file), readFileSync(file, 'utf8'), goldDate(file));

const dir = mkdtempSync(join(tmpdir(), 'plandiff-statement-hashes-'));
try {
  const article = join(dir, 'article.txt');
  writeArticle(article, 5000);
  run('bench-article-5000', readFileSync(article, 'utf8'), null);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

for (const line of lines) process.stdout.write(`${line}\n`);
process.stdout.write(`ALL ${lines.length} ${sha(lines.join('\n'))}\n`);
