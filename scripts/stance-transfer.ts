/**
 * Transfer test for the learned stance model (docs/statements.md, "A learned stance model"): the
 * fair test, unlike stance-cv.ts, whose folds are dev articles the rules were tuned on. The model
 * is trained on dev articles before the ninth session (< 300) and the seeds, and applied, only
 * where the rules say `unclear` (combineStance, as at run time), to material neither the rules
 * nor the model were tuned on:
 *
 *   npm run stance:transfer select   dev-s9 (dev/300-311) over the grid below: choose here.
 *   npm run stance:transfer confirm  blind-5 (blind/248-259) for CHOSEN only, read once.
 *
 * blind-5 is the session's validation set: aggregate figures only, never a statement. The
 * extraction runs with the rules alone (stanceModel null), so "rules" is what they say and the
 * model's changes are counted against it (+ right, - wrong: was right before).
 */
import { join } from 'node:path';
import type { StatementStance } from '../src/engine/statements/types';
import { readCases, ROOT, SEEDS_DIR } from '../test/support/statements-eval';
import { readGold } from './stance-model/data';
import { combineStance } from '../src/engine/statements/stance-model';
import { DEFAULT_OPTIONS, trainStanceModel } from './stance-model/train';
import type { TrainOptions } from './stance-model/train';
import { matches, rulesOnly } from './stance-cv';
import { SHIPPED } from './stance-train';
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
 * The setting chosen on dev-s9 and shipped (scripts/stance-train.ts): of the settings that fixed
 * the most there (+6 -0), the simplest (no lead-in) whose gain held at every threshold, with the
 * threshold at the middle of that plateau and the weights rounded as in the shipped file.
 */
const CHOSEN: Variant = SHIPPED;

function report(label: string, set: string, ms: Match[], stance: (m: Match) => StatementStance) {
  const right = ms.filter((m) => stance(m) === m.gold).length;
  const changed = ms.filter((m) => stance(m) !== m.rules);
  const good = changed.filter((m) => stance(m) === m.gold).length;
  const bad = changed.filter((m) => m.rules === m.gold).length;
  const acc = (right / Math.max(1, ms.length)).toFixed(3);
  process.stdout.write(
    `${label.padEnd(52)} ${set} ${acc} (${right}/${ms.length}, changed ${changed.length}: +${good} -${bad})\n`,
  );
}

function main(): void {
  const mode = process.argv[2];
  if (mode !== 'select' && mode !== 'confirm') {
    throw new Error('usage: stance-transfer select|confirm');
  }
  const dev = readGold(join(ROOT, 'fixtures', 'articles', 'dev')).filter((a) => a.name < '300');
  const seeds = readGold(SEEDS_DIR, 'seed/').flatMap((a) => a.examples);
  const train = [...dev.flatMap((a) => a.examples), ...seeds];
  const [set, dir, pick] =
    mode === 'select'
      ? ['dev-s9', 'dev', (n: string) => n >= '300']
      : ['blind-5', 'blind', (n: string) => n >= '248' && n < '260'];
  const ms = readCases(join(ROOT, 'fixtures', 'articles', dir))
    .filter((c) => pick(c.name))
    .flatMap((c) => matches(c, rulesOnly(c), 0));
  report('rules alone', set, ms, (m) => m.rules);
  const variants = mode === 'select' ? [...GRID, CHOSEN] : [CHOSEN];
  for (const v of variants) {
    const model = trainStanceModel(train, { ...DEFAULT_OPTIONS, ...v });
    const ts = v.threshold === undefined ? THRESHOLDS : [v.threshold];
    for (const t of ts) {
      const shown = v === CHOSEN ? 'shipped' : JSON.stringify(v);
      report(`${shown} t=${t}`, set, ms, (m) =>
        combineStance({ ...model, threshold: t }, m.rules, m.quote, m.party, m.lead),
      );
    }
  }
}

if (require.main === module) main();
