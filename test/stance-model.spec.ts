import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  combineStance,
  leadIn,
  STANCE_MODEL,
  stanceFeatures,
  stanceProbabilities,
  stem,
  tokens,
  withFallback,
} from '../src/engine/statements/stance-model';
import { serialise, SHIPPED_PATH, trainShipped } from '../scripts/stance-train';
import { ROOT, SEEDS_DIR } from './support/statements-eval';
import { DEFAULT_OPTIONS, trainStanceModel } from '../scripts/stance-model/train';
import type { StanceExample } from '../scripts/stance-model/train';

/**
 * The learned stance fallback (src/engine/statements/stance-model.ts, docs/statements.md): its
 * features, its negation scope, that training is deterministic and learns a verdict from a
 * handful of examples in each language, that the shipped weights are exactly a fresh training on
 * the committed gold, and that the shipped model only ever replaces the rules' `unclear`. The
 * example sentences are ours.
 */

const ex = (stance: StanceExample['stance'], quote: string): StanceExample => ({
  quote,
  party: 'Ukraine',
  stance,
});

const TOY: StanceExample[] = [
  ex('supports', 'We welcome this plan, it is a good basis'),
  ex('supports', 'The plan is good and we back it fully'),
  ex('supports', 'A good plan that we back'),
  ex('opposes', 'This plan is unacceptable and we reject it'),
  ex('opposes', 'We reject the plan entirely'),
  ex('opposes', 'The proposal is unacceptable, we reject it'),
  ex('supports', 'Мы приветствуем этот план, это хорошая основа'),
  ex('supports', 'План хороший, мы его поддерживаем'),
  ex('opposes', 'Этот план неприемлем, мы его отвергаем'),
  ex('opposes', 'Мы отвергаем такой план полностью'),
  ex('supports', 'Ми вітаємо цей план, це добра основа'),
  ex('supports', 'План добрий, ми його схвалюємо'),
  ex('opposes', 'Цей план неприйнятний, ми його відкидаємо'),
  ex('opposes', 'Ми відкидаємо такий план повністю'),
  ex('unclear', 'Talks will continue next week in Geneva'),
  ex('unclear', 'The delegations met on Sunday and will meet again'),
  ex('unclear', 'Переговоры продолжатся на следующей неделе'),
  ex('unclear', 'Делегации встретились в воскресенье'),
  ex('unclear', 'Переговори продовжаться наступного тижня'),
  ex('unclear', 'Делегації зустрілися в неділю'),
];

describe('learned stance model', () => {
  it('stems Cyrillic words to five letters and English ones to six', () => {
    expect(stem('неприемлемо')).toBe('непри');
    expect(stem('acceptable')).toBe('accept');
    expect(stem('plan')).toBe('plan');
  });

  it('splits clauses and marks the three words after a negator, within the clause', () => {
    expect(tokens("We don't accept this plan at all, but talks go on.")).toEqual([
      ['we', 'do', 'not', '!accept', '!this', '!plan', 'at', 'all'],
      ['but', 'talks', 'go', 'on'],
    ]);
    expect(tokens('Мы не примем этот план')).toEqual([['мы', 'не', '!приме', '!этот', '!план']]);
    expect(tokens('Ми ніколи не погодимося')).toEqual([['ми', 'ніколи', 'не', '!погод']]);
  });

  it('adds bigrams within a clause and who speaks, and reads the lead-in', () => {
    const f = stanceFeatures('Not acceptable. Fine', null, 'he said');
    expect(f).toEqual(
      expect.arrayContaining(['not', '!accept', 'not !accept', 'fine', '@he', '@said']),
    );
    expect(f).toContain('#commentator');
    expect(f).not.toContain('!accept fine');
    expect(stanceFeatures('x', 'Russia')).toContain('#party');
    const text = 'First sentence. Then Peskov said: «';
    expect(leadIn(text, text.length)).toBe(' Then Peskov said: «');
  });

  it('trains deterministically', () => {
    const a = trainStanceModel(TOY);
    const b = trainStanceModel([...TOY]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.classes).toEqual(['supports', 'opposes', 'conditional', 'unclear']);
  });

  const model = trainStanceModel(TOY, { ...DEFAULT_OPTIONS, l2: 0.001, iterations: 500 });
  it.each([
    ['supports', 'We back this good plan'],
    ['opposes', 'We reject this unacceptable proposal'],
    ['supports', 'Мы поддерживаем хороший план'],
    ['opposes', 'Мы отвергаем этот неприемлемый план'],
    ['supports', 'Ми схвалюємо добрий план'],
    ['opposes', 'Ми відкидаємо неприйнятний план'],
  ] as const)('reads %s in "%s" where the rules found no cue', (stance, quote) => {
    const p = stanceProbabilities(model, quote, 'Ukraine');
    expect(Math.max(...p)).toBe(p[model.classes.indexOf(stance)]);
    expect(combineStance({ ...model, threshold: 0.5 }, 'unclear', quote, 'Ukraine')).toBe(stance);
  });

  it('never overrides a verdict the rules found, nor with a class it may not give', () => {
    const quote = 'We reject this unacceptable proposal';
    expect(combineStance(model, 'conditional', quote, 'Ukraine')).toBe('conditional');
    expect(combineStance({ ...model, overrides: ['supports'] }, 'unclear', quote, 'Ukraine')).toBe(
      'unclear',
    );
    expect(combineStance({ ...model, threshold: 1.01 }, 'unclear', quote, 'Ukraine')).toBe(
      'unclear',
    );
  });
});

describe('shipped stance fallback', () => {
  // The seeds live beside the clone (../shared); CI checks them out, so there they must exist.
  const seeds = existsSync(SEEDS_DIR);

  it('has exactly the weights a fresh training on the committed gold gives', () => {
    if (!seeds && process.env.CI) throw new Error(`seeds missing at ${SEEDS_DIR}`);
    if (!seeds) return;
    // Fails when the gold changed without `npm run stance:train`, or the file was edited by hand.
    const shipped = readFileSync(join(ROOT, SHIPPED_PATH), 'utf8');
    expect(shipped).toBe(serialise(trainShipped(ROOT)));
    expect(STANCE_MODEL.overrides).toEqual(['supports', 'opposes']);
    expect(STANCE_MODEL.threshold).toBe(0.5);
  });

  // Words the gold taught it (dev and seed quotes), in sentences of our own.
  const OPPOSES = 'This so-called peace plan is appeasement and a disaster';
  const SUPPORTS = 'We are happy with it, a strong framework for ongoing negotiations';

  it('gives a clear verdict where the rules found no cue', () => {
    expect(withFallback('unclear', OPPOSES, 'Ukraine')).toBe('opposes');
    expect(withFallback('unclear', SUPPORTS, 'Ukraine')).toBe('supports');
    const p = stanceProbabilities(STANCE_MODEL, OPPOSES, 'Ukraine');
    expect(p[STANCE_MODEL.classes.indexOf('opposes')]).toBeGreaterThanOrEqual(0.5);
  });

  it('leaves `unclear` where it is not confident', () => {
    expect(withFallback('unclear', 'The talks will continue on Thursday', 'Ukraine')).toBe(
      'unclear',
    );
  });

  it.each(['supports', 'opposes', 'conditional'] as const)(
    "never overrides the rules' %s",
    (rules) => {
      for (const quote of [OPPOSES, SUPPORTS]) {
        expect(withFallback(rules, quote, 'Ukraine')).toBe(rules);
        expect(withFallback(rules, quote, null)).toBe(rules);
      }
    },
  );

  it('is off when asked for the rules alone', () => {
    expect(withFallback('unclear', OPPOSES, 'Ukraine', false)).toBe('unclear');
  });
});
