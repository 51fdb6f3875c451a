import { compareTexts, evaluate, segment, type Comparison, type Evaluation } from '../src/engine';
import { generatePair } from './synthetic/synthetic';
import { REAL_PAIRS, readGold, readPairText } from './support/fixtures';

/** "Same number = same clause": the baseline every real plan pair defeats. */
function sameNumberBaseline(a: string, b: string): Comparison {
  const labelsA = segment(a).clauses.map((c) => c.label);
  const labelsB = new Set(segment(b).clauses.map((c) => c.label));
  const changes = [
    ...labelsA.map((l) => ({ from: [l], to: labelsB.has(l) ? [l] : [] })),
    ...[...labelsB].filter((l) => !labelsA.includes(l)).map((l) => ({ from: [], to: [l] })),
  ];
  return { changes } as unknown as Comparison;
}

const report: string[] = [];
afterAll(() => {
  // The measured numbers, printed so CI logs carry them (docs/engine.md quotes this table).
  process.stdout.write(
    `\nAlignment accuracy (share of gold decisions right)\n${report.join('\n')}\n`,
  );
});

describe('accuracy on real plan pairs (gold derived from the dossier links)', () => {
  const results: Evaluation[] = [];

  it.each(REAL_PAIRS)(
    '$from → $to beats the same-number baseline and stays above 0.85',
    ({ from, to }) => {
      const a = readPairText(from);
      const b = readPairText(to);
      const gold = readGold(from, to);
      const result = evaluate(compareTexts(a, b), gold);
      const baseline = evaluate(sameNumberBaseline(a, b), gold);
      results.push(result);
      report.push(
        `  ${from} → ${to}: ${result.accuracy.toFixed(3)} (${result.correct}/${result.scored}), ` +
          `link P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)}; same-number baseline ${baseline.accuracy.toFixed(3)}`,
      );
      expect(result.accuracy).toBeGreaterThanOrEqual(0.85);
      expect(result.accuracy).toBeGreaterThanOrEqual(baseline.accuracy);
      expect(result.precision).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('gets at least 0.9 of all real gold decisions right', () => {
    const correct = results.reduce((n, r) => n + r.correct, 0);
    const scored = results.reduce((n, r) => n + r.scored, 0);
    report.push(`  all real pairs: ${(correct / scored).toFixed(3)} (${correct}/${scored})`);
    expect(results).toHaveLength(REAL_PAIRS.length);
    expect(correct / scored).toBeGreaterThanOrEqual(0.9);
  });
});

describe('accuracy on synthetic pairs with known truth', () => {
  it.each([
    { clauses: 300, profile: 'default', floor: 0.98 },
    { clauses: 300, profile: 'hard', floor: 0.95 },
    { clauses: 3000, profile: 'default', floor: 0.98 },
    { clauses: 3000, profile: 'hard', floor: 0.95 },
  ] as const)(
    '$clauses clauses, $profile edits: at least $floor',
    ({ clauses, profile, floor }) => {
      const pair = generatePair({ clauses, profile, seed: 20251123 });
      const result = evaluate(compareTexts(pair.a, pair.b), pair.gold);
      report.push(
        `  synthetic ${profile} ${clauses}: ${result.accuracy.toFixed(4)} (P ${result.precision.toFixed(4)} R ${result.recall.toFixed(4)})`,
      );
      expect(result.accuracy).toBeGreaterThanOrEqual(floor);
    },
  );
});
