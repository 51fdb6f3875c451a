/**
 * Issue #15 experiment: does a small learned stance model, consulted only where the cue rules say
 * `unclear`, generalise better than the rules alone? Leave-articles-out cross-validation on the
 * dev set: the dev articles are dealt into k folds by name (article i in fold i mod k); for each
 * fold the model (scripts/stance-model) is trained on the gold of the other folds and the seeds,
 * and applied to the extractor's party-correct matches in the held fold exactly as it would be at
 * run time. Prints stance accuracy for the rules alone and for rules + model over the grid that
 * was tried, overall and per language, with how many statements the model changed (+ right,
 * - wrong). Never reads heldout or blind. Findings: docs/statements.md ("A learned stance
 * model"). npm run stance:cv [k]
 */
import { join } from 'node:path';
import type { Statement, StatementStance } from '../src/engine/statements/types';
import {
  extract,
  GOLD_PARTY,
  pairUp,
  readCases,
  ROOT,
  SEEDS_DIR,
} from '../test/support/statements-eval';
import type { ArticleCase } from '../test/support/statements-eval';
import { languageOf, readGold } from './stance-model/data';
import { combineStance, leadIn } from './stance-model/model';
import { DEFAULT_OPTIONS, trainStanceModel } from './stance-model/train';
import type { StanceExample, TrainOptions } from './stance-model/train';
import { stanceOf } from '../src/engine/statements/stance';

export interface Match {
  readonly article: string;
  readonly fold: number;
  readonly lang: string;
  readonly quote: string;
  readonly lead: string;
  readonly party: string | null;
  readonly rules: StatementStance;
  readonly gold: string;
}

/** The scorer's own pairing (test/support/statements-eval.ts), kept to party-correct matches. */
export function matches(c: ArticleCase, predicted: readonly Statement[], fold: number): Match[] {
  const out: Match[] = [];
  for (const pair of pairUp(c, predicted)) {
    const s = predicted[pair.p]!;
    const g = pair.gold;
    if (s.party !== (g.party in GOLD_PARTY ? GOLD_PARTY[g.party] : g.party)) continue;
    const lang = languageOf(c.text);
    out.push({
      article: c.name,
      fold,
      lang,
      quote: s.quote,
      lead: leadIn(c.text, s.span[0]),
      party: s.party,
      rules: s.stance,
      gold: g.stance,
    });
  }
  return out;
}

function main(): void {
  const k = Number(process.argv[2] ?? 10);
  const cases = readCases(join(ROOT, 'fixtures', 'articles', 'dev'));
  const all = cases.flatMap((c, i) => matches(c, extract(c), i % k));
  const gold = readGold(join(ROOT, 'fixtures', 'articles', 'dev'));
  const seeds = readGold(SEEDS_DIR, 'seed/').flatMap((a) => a.examples);
  const report = (label: string, stance: (m: Match) => StatementStance): void => {
    const acc = (ms: Match[]): string =>
      `${(ms.filter((m) => stance(m) === m.gold).length / Math.max(1, ms.length)).toFixed(3)} (${ms.length})`;
    const by = (l: string): Match[] => all.filter((m) => m.lang === l);
    const changed = all.filter((m) => stance(m) !== m.rules);
    const good = changed.filter((m) => stance(m) === m.gold).length;
    const bad = changed.filter((m) => m.rules === m.gold).length;
    process.stdout.write(
      `${label.padEnd(34)} all ${acc(all)}  en ${acc(by('en'))}  ru ${acc(by('ru'))}  uk ${acc(by('uk'))}  changed ${changed.length} (+${good} -${bad})\n`,
    );
  };
  report('rules alone', (m) => m.rules);
  for (const v of GRID) {
    const models = Array.from({ length: k }, (_, f) => {
      let train = [...gold.filter((_, i) => i % k !== f).flatMap((a) => a.examples), ...seeds];
      // "Residual": only what the rules read as unclear, the population the model would judge.
      if (v.residual) train = train.filter((e) => rulesOnGold(e) === 'unclear');
      return trainStanceModel(train, { ...DEFAULT_OPTIONS, ...v });
    });
    for (const t of v.thresholds) {
      const label = `${v.kind} reg=${v.kind === 'lr' ? v.l2 : v.alpha} min=${v.minCount}${v.lead ? ' lead' : ''}${v.residual ? ' resid' : ''}${(v.overrides ?? []).includes('conditional') ? ' +cond' : ''} t=${t}`;
      report(label, (m) =>
        combineStance({ ...models[m.fold]!, threshold: t }, m.rules, m.quote, m.party, m.lead),
      );
    }
  }
}

/** The rules' reading of a gold quote (no verb), for the residual variant. */
function rulesOnGold(e: StanceExample): StatementStance {
  const party = e.party === null ? null : (GOLD_PARTY[e.party] ?? e.party);
  return stanceOf(e.quote, null, party);
}

type Variant = Partial<TrainOptions> & { thresholds: number[]; residual?: boolean };

/** What was tried (docs/statements.md has the figures). */
const T = [0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const GRID: Variant[] = [
  ...[0.001, 0.01, 0.03].flatMap((l2) =>
    [1, 2].map((minCount): Variant => ({ kind: 'lr', l2, minCount, thresholds: T })),
  ),
  ...[0.1, 0.5, 1].flatMap((alpha) =>
    [1, 2].map((minCount): Variant => ({ kind: 'nb', alpha, minCount, thresholds: T })),
  ),
  // Weaker regularisation, longer training, and conditional allowed to override as well.
  { kind: 'lr', l2: 0.0001, minCount: 1, iterations: 1000, thresholds: [0.3, 0.4, 0.5] },
  {
    kind: 'lr',
    l2: 0.0001,
    minCount: 1,
    iterations: 1000,
    overrides: ['supports', 'opposes', 'conditional'],
    thresholds: [0.3, 0.4, 0.5],
  },
  // The attribution lead-in's words as features.
  { kind: 'lr', l2: 0.001, minCount: 1, iterations: 500, lead: true, thresholds: [0.3, 0.4, 0.5] },
  { kind: 'nb', alpha: 1, minCount: 1, lead: true, thresholds: [0.5, 0.7, 0.9] },
  // Trained only on what the rules leave unclear.
  { kind: 'lr', l2: 0.0001, minCount: 1, iterations: 1000, residual: true, thresholds: [0.2, 0.3] },
  { kind: 'nb', alpha: 1, minCount: 1, residual: true, thresholds: [0.5, 0.7] },
];

if (require.main === module) main();
