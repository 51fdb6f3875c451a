/**
 * Instruction-count harness for the statement extractor's speed (issue #15), like
 * callgrind-compare.ts for the engine: one warm-up extraction of the bench's 5,000-word article,
 * then N more. Under callgrind, (count with N − count with 0) / N is the cost of one warm
 * extraction, which the load of a shared machine does not move (wall-clock and CPU time did, by
 * ±50 % between identical runs at load 7–12 in the thirteenth session):
 *
 *   bench/callgrind-statements.sh 3
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/corpus';
import { extractionContext } from '../src/corpus/statements-input';
import { extractStatements } from '../src/engine/statements';
import { TOPIC_LEXICON } from '../src/engine/substance/topic-lexicon';
import { projectRoot } from '../src/lib/project-root';
import { writeArticle } from './statements';

const runs = Number(process.argv[2] ?? 1);
const context = extractionContext(
  loadCorpus(join(projectRoot(), 'fixtures', 'plans', 'ukraine-2025')),
  TOPIC_LEXICON,
);
const dir = mkdtempSync(join(tmpdir(), 'plandiff-callgrind-statements-'));
let statements = 0;
try {
  const article = join(dir, 'article.txt');
  writeArticle(article, 5000);
  const text = readFileSync(article, 'utf8');
  // The first extraction compiles the patterns and fills the caches: in both counts.
  for (let i = 0; i <= runs; i++) {
    statements += extractStatements({ ...context, text, date: null }).statements.length;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(`${runs} warm extractions, ${statements} statements\n`);
