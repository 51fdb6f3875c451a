import { STANCE_CLASSES, stanceFeatures } from './model';
import type { StanceModel } from './model';
import type { StatementStance } from '../../src/engine/statements/types';

/**
 * Trains the stance model: L2-regularised multinomial logistic regression (or, for comparison,
 * naive Bayes) over stanceFeatures, by full-batch gradient descent from zero weights in a fixed
 * order, so the same examples always give the same weights (no randomness anywhere).
 */

export interface StanceExample {
  readonly quote: string;
  readonly party: string | null;
  readonly stance: StatementStance;
  /** The attribution lead-in before the quote (leadIn). */
  readonly lead?: string;
}

export interface TrainOptions {
  readonly kind: 'lr' | 'nb';
  /** Features seen in fewer training statements are dropped (noise, and a smaller file). */
  readonly minCount: number;
  /** L2 strength (LR) or additive smoothing (NB). */
  readonly l2: number;
  readonly alpha: number;
  readonly iterations: number;
  readonly threshold: number;
  readonly overrides: readonly StatementStance[];
  /** Whether the lead-in's words are features. */
  readonly lead: boolean;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  kind: 'lr',
  minCount: 1,
  l2: 0.001,
  alpha: 0.5,
  iterations: 300,
  threshold: 0.5,
  overrides: ['supports', 'opposes'],
  lead: false,
};

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function trainStanceModel(
  examples: readonly StanceExample[],
  options: TrainOptions = DEFAULT_OPTIONS,
): StanceModel {
  const K = STANCE_CLASSES.length;
  const feats = examples.map((e) =>
    stanceFeatures(e.quote, e.party, options.lead ? (e.lead ?? '') : ''),
  );
  const ys = examples.map((e) => STANCE_CLASSES.indexOf(e.stance));
  const counts = new Map<string, number>();
  for (const fs of feats) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.keys()].filter((f) => counts.get(f)! >= options.minCount).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = feats.map((fs) => fs.map((f) => index.get(f)).filter((i) => i !== undefined));
  const { bias, w } =
    options.kind === 'nb'
      ? naiveBayes(rows, ys, vocab.length, K, options)
      : logistic(rows, ys, vocab.length, K, options);
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const row = Array.from(w.slice(i * K, i * K + K), round);
    if (row.some((x) => x !== 0)) weights[f] = row;
  });
  return {
    classes: [...STANCE_CLASSES],
    bias: bias.map(round),
    weights,
    threshold: options.threshold,
    overrides: [...options.overrides],
  };
}

type Fit = { bias: number[]; w: Float64Array };

function logistic(rows: number[][], ys: number[], V: number, K: number, o: TrainOptions): Fit {
  const w = new Float64Array(V * K);
  const bias = new Array<number>(K).fill(0);
  const n = rows.length;
  const lr = 0.5;
  for (let it = 0; it < o.iterations; it++) {
    const gw = new Float64Array(V * K);
    const gb = new Array<number>(K).fill(0);
    rows.forEach((row, r) => {
      const s = [...bias];
      for (const f of row) for (let c = 0; c < K; c++) s[c]! += w[f * K + c]!;
      const top = Math.max(...s);
      const e = s.map((x) => Math.exp(x - top));
      const z = e.reduce((a, b) => a + b, 0);
      for (let c = 0; c < K; c++) {
        const g = e[c]! / z - (ys[r] === c ? 1 : 0);
        gb[c]! += g;
        for (const f of row) gw[f * K + c]! += g;
      }
    });
    for (let c = 0; c < K; c++) bias[c]! -= (lr * gb[c]!) / n;
    for (let i = 0; i < w.length; i++) w[i]! -= lr * (gw[i]! / n + o.l2 * w[i]!);
  }
  return { bias, w };
}

function naiveBayes(rows: number[][], ys: number[], V: number, K: number, o: TrainOptions): Fit {
  const fc = new Float64Array(V * K);
  const total = new Array<number>(K).fill(0);
  const docs = new Array<number>(K).fill(0);
  rows.forEach((row, r) => {
    docs[ys[r]!]!++;
    for (const f of row) {
      fc[f * K + ys[r]!]!++;
      total[ys[r]!]!++;
    }
  });
  const w = new Float64Array(V * K);
  for (let f = 0; f < V; f++) {
    for (let c = 0; c < K; c++) {
      w[f * K + c] = Math.log((fc[f * K + c]! + o.alpha) / (total[c]! + o.alpha * V));
    }
  }
  // Centre each feature's row (the softmax is unchanged): a weight then reads as evidence for
  // one class against the others, as the logistic weights do.
  for (let f = 0; f < V; f++) {
    let m = 0;
    for (let c = 0; c < K; c++) m += w[f * K + c]! / K;
    for (let c = 0; c < K; c++) w[f * K + c]! -= m;
  }
  const n = rows.length;
  return { bias: docs.map((d) => Math.log((d + 1) / (n + K))), w };
}
