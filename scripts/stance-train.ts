/**
 * Trains the shipped stance fallback (src/engine/statements/stance-model.ts) and writes its
 * weights to src/engine/statements/lexicon/stance-model.json: `npm run stance:train`. Trained on
 * all the gold of fixtures/articles/dev and the seeds (../shared/seeds), never on heldout or
 * blind, with the setting chosen on dev-s9 by scripts/stance-transfer.ts (SHIPPED below). Training
 * is deterministic, so test/stance-model.spec.ts retrains and fails if the file differs: the
 * weights are never edited by hand. Re-run after any change to the gold, then commit the file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/lib/project-root';
import type { StanceModel } from '../src/engine/statements/stance-model';
import { trainingArticles } from './stance-model/data';
import { DEFAULT_OPTIONS, trainStanceModel } from './stance-model/train';
import type { TrainOptions } from './stance-model/train';

/**
 * Naive Bayes, smoothing 0.5, features seen in at least two statements, threshold 0.5: the
 * setting chosen on dev-s9 (docs/statements.md has the grid and the figures).
 */
export const SHIPPED: TrainOptions = {
  ...DEFAULT_OPTIONS,
  kind: 'nb',
  alpha: 0.5,
  minCount: 2,
  threshold: 0.5,
  decimals: 2,
};

export const SHIPPED_PATH = join('src', 'engine', 'statements', 'lexicon', 'stance-model.json');

/** The model from the committed gold under root (the clone; the seeds sit beside it). */
export function trainShipped(root: string): StanceModel {
  const examples = trainingArticles(root).flatMap((a) => a.examples);
  return trainStanceModel(examples, SHIPPED);
}

/** A value on one line as prettier prints it (no value here holds a comma of its own). */
const flat = (v: unknown): string => JSON.stringify(v).split(',').join(', ');

/** One feature a line, as prettier would print it: small diffs when the gold changes. */
export function serialise(model: StanceModel): string {
  const head: [string, unknown][] = [
    ['about', 'Written by npm run stance:train (scripts/stance-train.ts); do not edit by hand.'],
    ['classes', model.classes],
    ['bias', model.bias],
    ['threshold', model.threshold],
    ['overrides', model.overrides],
  ];
  const lines = [
    ...head.map(([k, v]) => `  ${JSON.stringify(k)}: ${flat(v)}`),
    `  "weights": {\n${Object.entries(model.weights)
      .map(([f, w]) => `    ${JSON.stringify(f)}: ${flat(w)}`)
      .join(',\n')}\n  }`,
  ];
  return `{\n${lines.join(',\n')}\n}\n`;
}

if (require.main === module) {
  const root = projectRoot();
  writeFileSync(join(root, SHIPPED_PATH), serialise(trainShipped(root)));
  process.stdout.write(`wrote ${SHIPPED_PATH}\n`);
}
