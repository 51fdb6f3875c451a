import {
  combineStance,
  leadIn,
  stanceFeatures,
  stanceProbabilities,
  stem,
  tokens,
} from '../scripts/stance-model/model';
import { DEFAULT_OPTIONS, trainStanceModel } from '../scripts/stance-model/train';
import type { StanceExample } from '../scripts/stance-model/train';

/**
 * The learned stance model of the issue #15 experiment (scripts/stance-cv.ts; not in the runtime,
 * see docs/statements.md): its features, its negation scope, and that training is deterministic
 * and learns a verdict from a handful of examples in each language. The examples are ours.
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

describe('learned stance model (experiment)', () => {
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
