/**
 * Development read-out for the aligner (docs/engine.md §6): the three dossier pairs of
 * test/accuracy.spec.ts and the pairs of test/unseen-accuracy.spec.ts, each pair's figure, the
 * pooled count and every wrong decision (QUIET=1: figures only), optionally with parameter
 * overrides (PARAMS='{"dominance":0.4}'), the way the weights are calibrated: on the pool, never
 * on one pair. The pairs the spec's table marks held out are skipped, so a sweep never reads
 * them. Run: npm run unseen:dev (compiles to dist/unseen-dev first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareTexts, evaluate, type GoldAlignment } from '../src/engine';
import { UNSEEN_PAIRS as SPEC_PAIRS } from '../test/support/unseen-pairs-table';

// Run from the repository root (npm scripts do).
const ROOT = process.cwd();
const UNSEEN = join(ROOT, 'fixtures', 'pairs', 'unseen');
const CORPUS = join(ROOT, 'fixtures', 'pairs', 'ukraine-2025');

function text(slug: string): string {
  const own = join(UNSEEN, `${slug}.txt`);
  return readFileSync(existsSync(own) ? own : join(CORPUS, `${slug}.txt`), 'utf8');
}

/** The development pool: the corpus pairs of test/accuracy.spec.ts, then test/unseen-accuracy.spec.ts's pairs. */
const CORPUS_PAIRS = ['v28-veu', 'v28-v20', 'veu-v20'];
// The spec's own table; the held-out pairs are left out here, so a sweep never reads them.
const UNSEEN_PAIRS = SPEC_PAIRS.filter((p) => p.heldOut !== true).map((p) => `${p.from}--${p.to}`);

function goldOf(name: string): { from: string; to: string; gold: GoldAlignment } {
  const corpus = CORPUS_PAIRS.includes(name);
  const [from, to] = name.split(corpus ? '-' : '--') as [string, string];
  const file = corpus ? join(CORPUS, `${name}.gold.json`) : join(UNSEEN, `${name}.gold.json`);
  return { from, to, gold: JSON.parse(readFileSync(file, 'utf8')) as GoldAlignment };
}

const params = JSON.parse(process.env.PARAMS ?? '{}') as Record<string, number>;
const quiet = process.env.QUIET === '1';
let correct = 0;
let scored = 0;
for (const name of [...CORPUS_PAIRS, ...UNSEEN_PAIRS]) {
  const { from, to, gold } = goldOf(name);
  const result = evaluate(compareTexts(text(from), text(to), { params }), gold);
  correct += result.correct;
  scored += result.scored;
  console.log(`${name}: ${result.accuracy.toFixed(3)} (${result.correct}/${result.scored})`);
  if (quiet) continue;
  for (const e of result.errors) {
    console.log(
      `    ${e.side} ${e.label}: gold [${e.gold.join(',')}] engine [${e.engine.join(',')}]`,
    );
  }
}
console.log(`pooled: ${correct}/${scored}`);
