/**
 * Transfer test for the learned stance model (docs/statements.md, "A learned stance model"): the
 * fair test, unlike stance-cv.ts, whose folds are dev articles the rules were tuned on. The model
 * (scripts/stance-model) is applied only where the rules say `unclear` (combineStance), to the
 * extractor's party-correct matches, on material it never trained on. Aggregate counts only:
 * never a statement of heldout or blind.
 *
 *   npm run stance:transfer select   trained on dev < 300 and the seeds; dev-s9 (dev/300-311,
 *                                    ninth session) over GRID: the setting is chosen here.
 *   npm run stance:transfer confirm  the same training; blind-5 (blind/248-259, the session's
 *                                    validation set) for CHOSEN only, read once.
 *   npm run stance:transfer unseen   CHOSEN trained as it would ship (all dev and the seeds), on
 *                                    every set it never trained on: heldout, blind rounds 1-5.
 *
 * Each line: stance accuracy, and the statements the model changed: + now right, - right before.
 * The ninth session's figures and why the model was not shipped are in the docs.
 */
import { join } from 'node:path';
import type { StatementStance } from '../src/engine/statements/types';
import { extract, readCases, ROOT, SEEDS_DIR } from '../test/support/statements-eval';
import { readGold, trainingArticles } from './stance-model/data';
import { combineStance } from './stance-model/model';
import { DEFAULT_OPTIONS, trainStanceModel } from './stance-model/train';
import type { StanceExample, TrainOptions } from './stance-model/train';
import { matches } from './stance-cv';
import type { Match } from './stance-cv';

type Variant = Partial<TrainOptions>;

/** What was tried on dev-s9 (ninth session): naive Bayes around the coordinator's first run. */
const GRID: Variant[] = [
  ...[0.25, 0.5, 1].flatMap((alpha) =>
    [1, 2, 3].flatMap((minCount) =>
      [false, true].map((lead): Variant => ({ kind: 'nb', alpha, minCount, lead })),
    ),
  ),
  // Logistic regression for reference (the eighth session's best cross-validated setting).
  { kind: 'lr', l2: 0.001, minCount: 1 },
  { kind: 'lr', l2: 0.001, minCount: 2 },
];
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7];

/**
 * Chosen on dev-s9 alone: of the settings that fixed the most there (+6 -0), the simplest (no
 * lead-in) whose gain held at every threshold tried, with the threshold mid-plateau.
 */
const CHOSEN: Variant = { kind: 'nb', alpha: 0.5, minCount: 2, threshold: 0.5 };

const A = join(ROOT, 'fixtures', 'articles');
const between = (lo: string, hi: string) => (n: string) => n >= lo && n < hi;
const UNSEEN: [string, string, (n: string) => boolean][] = [
  ['heldout', 'heldout', () => true],
  ['blind-1', 'blind', between('201', '212')],
  ['blind-2', 'blind', between('212', '224')],
  ['blind-4', 'blind', between('236', '248')],
  ['blind-5', 'blind', between('248', '260')],
];

function count(ms: readonly Match[], stance: (m: Match) => StatementStance) {
  const right = ms.filter((m) => stance(m) === m.gold).length;
  const changed = ms.filter((m) => stance(m) !== m.rules);
  const good = changed.filter((m) => stance(m) === m.gold).length;
  const bad = changed.filter((m) => m.rules === m.gold).length;
  return {
    right,
    good,
    bad,
    text: `${(right / Math.max(1, ms.length)).toFixed(3)} (${right}/${ms.length}, +${good} -${bad})`,
  };
}

/** The rules' matches on one set's articles (the runtime has no model: this is the rules alone). */
function matchesOf(dir: string, pick: (n: string) => boolean): Match[] {
  return readCases(join(A, dir))
    .filter((c) => pick(c.name))
    .flatMap((c) => matches(c, extract(c), 0));
}

function byThreshold(
  train: readonly StanceExample[],
  variants: readonly Variant[],
  ms: Match[],
  set: string,
): void {
  process.stdout.write(`${'rules alone'.padEnd(52)} ${set} ${count(ms, (m) => m.rules).text}\n`);
  for (const v of variants) {
    const model = trainStanceModel(train, { ...DEFAULT_OPTIONS, ...v });
    for (const t of v.threshold === undefined ? THRESHOLDS : [v.threshold]) {
      const label = `${v === CHOSEN ? 'chosen' : JSON.stringify(v)} t=${t}`;
      const c = count(ms, (m) =>
        combineStance({ ...model, threshold: t }, m.rules, m.quote, m.party, m.lead),
      );
      process.stdout.write(`${label.padEnd(52)} ${set} ${c.text}\n`);
    }
  }
}

function main(): void {
  const mode = process.argv[2];
  const seeds = readGold(SEEDS_DIR, 'seed/').flatMap((a) => a.examples);
  const before = readGold(join(A, 'dev')).filter((a) => a.name < '300');
  const early = [...before.flatMap((a) => a.examples), ...seeds];
  if (mode === 'select') {
    byThreshold(
      early,
      GRID,
      matchesOf('dev', (n) => n >= '300'),
      'dev-s9',
    );
  } else if (mode === 'confirm') {
    byThreshold(early, [CHOSEN], matchesOf('blind', between('248', '260')), 'blind-5');
  } else if (mode === 'unseen') {
    const all = trainingArticles(ROOT).flatMap((a) => a.examples);
    const model = trainStanceModel(all, { ...DEFAULT_OPTIONS, ...CHOSEN });
    let good = 0;
    let bad = 0;
    for (const [set, dir, pick] of UNSEEN) {
      const ms = matchesOf(dir, pick);
      const rules = count(ms, (m) => m.rules);
      const c = count(ms, (m) => combineStance(model, m.rules, m.quote, m.party, m.lead));
      good += c.good;
      bad += c.bad;
      process.stdout.write(`${set.padEnd(8)} rules ${rules.text}  chosen ${c.text}\n`);
    }
    process.stdout.write(`all unseen: +${good} -${bad}\n`);
  } else throw new Error('usage: stance-transfer select|confirm|unseen');
}

if (require.main === module) main();
