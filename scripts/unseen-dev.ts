/**
 * Development read-out for the aligner (docs/engine.md §6): the three dossier pairs of
 * test/accuracy.spec.ts and the pairs of test/unseen-accuracy.spec.ts, each pair's figure, the
 * pooled count and every wrong decision (QUIET=1: figures only), optionally with parameter
 * overrides (PARAMS='{"dominance":0.4}'), the way the weights are calibrated: on the pool, never
 * on one pair. The pairs the spec's table marks held out are skipped, so a sweep never reads
 * them (HELDOUT=1 prints only their pooled count). Run: npm run unseen:dev (compiles first).
 */
import { compareTexts, evaluate, type GoldAlignment } from '../src/engine';
import { corpusGold, unseenGold, unseenText as text } from '../test/support/pair-files';
import { UNSEEN_PAIRS as SPEC_PAIRS } from '../test/support/unseen-pairs-table';

/** The development pool: the corpus pairs of test/accuracy.spec.ts, then test/unseen-accuracy.spec.ts's pairs. */
const CORPUS_PAIRS = ['v28-veu', 'v28-v20', 'veu-v20'];
// The spec's own table; the held-out pairs are left out here, so a sweep never reads them.
const UNSEEN_PAIRS = SPEC_PAIRS.filter((p) => p.heldOut !== true).map((p) => `${p.from}--${p.to}`);

function goldOf(name: string): { from: string; to: string; gold: GoldAlignment } {
  const corpus = CORPUS_PAIRS.includes(name);
  const [from, to] = name.split(corpus ? '-' : '--') as [string, string];
  return { from, to, gold: corpus ? corpusGold(from, to) : unseenGold(from, to) };
}

const params = JSON.parse(process.env.PARAMS ?? '{}') as Record<string, number>;
const quiet = process.env.QUIET === '1';

/**
 * HELDOUT=1: the held-out pairs pooled into one count and nothing else, the validation check a
 * tuner may run (a change that lifts the development pool but lowers this one overfits). Per-pair
 * figures and errors of held-out pairs are never printed here.
 */
function heldOutPool(): void {
  let right = 0;
  let total = 0;
  for (const pair of SPEC_PAIRS.filter((p) => p.heldOut === true)) {
    const result = evaluate(
      compareTexts(text(pair.from), text(pair.to), { params }),
      unseenGold(pair.from, pair.to),
    );
    right += result.correct;
    total += result.scored;
  }
  console.log(`held-out pool: ${right}/${total} = ${(right / total).toFixed(3)}`);
}

function developmentPool(): void {
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
}

if (process.env.HELDOUT === '1') heldOutPool();
else developmentPool();
