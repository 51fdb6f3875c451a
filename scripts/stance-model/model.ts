import type { StatementStance } from '../../src/engine/statements/types';

/**
 * The learned stance model of the issue #15 experiment (scripts/stance-cv.ts): a linear model
 * over word features that travel across texts, consulted only where the cue rules found no cue
 * (`unclear`). It did not generalise better than the rules alone, so the runtime does not use it
 * (docs/statements.md, "A learned stance model"); it is kept here, pure and deterministic, so the
 * experiment can be re-run on more gold (stance-cv.ts, stance-transfer.ts). Shipping it was done
 * once and reverted (commit eced834: this file beside stance.ts, weights in lexicon/ written by
 * npm run stance:train, combineStance in assemble.ts); it failed the accuracy floors.
 */

export const STANCE_CLASSES = ['supports', 'opposes', 'conditional', 'unclear'] as const;

/** Linear weights: score(class) = bias[class] + Σ over present features of weights[f][class]. */
export interface StanceModel {
  readonly classes: readonly StatementStance[];
  readonly bias: readonly number[];
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** Only a model probability at least this high overrides the rules' `unclear`. */
  readonly threshold: number;
  /** Which classes may override the rules' `unclear` (the clear verdicts). */
  readonly overrides: readonly StatementStance[];
}

/** A negator scopes over the next words of its clause ("not acceptable" → !acceptable). */
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'cannot',
  'nor',
  'не',
  'ни',
  'ні',
  'нет',
  'нема',
  'немає',
  'нельзя',
  'ніколи',
  'никогда',
]);
const NEGATION_SCOPE = 3;

/** Clause breaks end a negation's scope and bigrams. */
const CLAUSES = /[,;:.!?—–()«»"“”]+|\s-\s/u;
const WORD = /[\p{L}\d]+(?:'[\p{L}]+)?/gu;

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ё/gu, 'е')
    .replace(/[’‘`ʼ]/gu, "'")
    .replace(/n't(?![\p{L}])/gu, ' not')
    .replace(/'(?:s|re|ve|ll|d|m)(?![\p{L}])/gu, '');

/**
 * A crude stem that works for all three languages without a dictionary: Russian and Ukrainian
 * inflect at the end, so the first five letters group "неприемлем(о|ы|ая)"; English keeps six.
 */
export function stem(word: string): string {
  return /[\u0400-\u04ff]/u.test(word) ? word.slice(0, 5) : word.slice(0, 6);
}

/** Tokens per clause, stemmed, with the words after a negator marked `!`. */
export function tokens(text: string): string[][] {
  return norm(text)
    .split(CLAUSES)
    .map((clause) => {
      const out: string[] = [];
      let scope = 0;
      for (const m of clause.matchAll(WORD)) {
        const w = m[0];
        if (NEGATORS.has(w)) {
          out.push(w);
          scope = NEGATION_SCOPE;
          continue;
        }
        out.push(scope > 0 ? `!${stem(w)}` : stem(w));
        if (scope > 0) scope--;
      }
      return out;
    })
    .filter((c) => c.length > 0);
}

/**
 * The lead-in before a quote, up to 80 characters back and from the last sentence end on: the
 * attribution clause ("rejected the idea that", "раскритиковал").
 */
export function leadIn(text: string, start: number): string {
  return (
    text
      .slice(Math.max(0, start - 80), start)
      .split(/[.!?\n]/u)
      .pop() ?? ''
  );
}

/**
 * Present features (a set): unigrams, in-clause bigrams, the lead-in's words (marked `@`), and
 * whether a commentator speaks.
 */
export function stanceFeatures(quote: string, party: string | null, lead = ''): string[] {
  const seen = new Set<string>();
  for (const clause of tokens(lead)) for (const t of clause) seen.add(`@${t}`);
  for (const clause of tokens(quote)) {
    clause.forEach((t, i) => {
      seen.add(t);
      if (i > 0) seen.add(`${clause[i - 1]} ${t}`);
    });
  }
  seen.add(party === null ? '#commentator' : '#party');
  return [...seen];
}

/** Class probabilities (softmax of the linear scores), in `model.classes` order. */
export function stanceProbabilities(
  model: StanceModel,
  quote: string,
  party: string | null,
  lead = '',
): number[] {
  const scores = [...model.bias];
  for (const f of stanceFeatures(quote, party, lead)) {
    const w = model.weights[f];
    if (w === undefined) continue;
    for (let c = 0; c < scores.length; c++) scores[c]! += w[c]!;
  }
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/**
 * The final stance: the rules' verdict stands whenever they found a cue; only their `unclear`
 * (no cue at all) may be replaced by a clear verdict the model is confident of.
 */
export function combineStance(
  model: StanceModel,
  rules: StatementStance,
  quote: string,
  party: string | null,
  lead = '',
): StatementStance {
  if (rules !== 'unclear') return rules;
  const p = stanceProbabilities(model, quote, party, lead);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  const cls = model.classes[best]!;
  return model.overrides.includes(cls) && p[best]! >= model.threshold ? cls : rules;
}
