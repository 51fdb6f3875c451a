import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareTexts } from '../src/engine';
import { renderMarkdown } from '../src/engine/render';
import { REAL_PAIRS, readPairText } from './support/fixtures';
import { describeErrors, validateComparison } from './support/schema';

const GOLDEN_DIR = join(__dirname, 'golden');
// UPDATE_GOLDEN=1 rewrites the files; the diff of test/golden/ is then the engine change to review.
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (UPDATE || !existsSync(path)) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
    if (!UPDATE) {
      throw new Error(`golden file ${name} was missing and has been written; review and commit it`);
    }
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden comparisons of the real plan pairs', () => {
  it.each(REAL_PAIRS)('$from → $to matches its golden JSON and Markdown', ({ from, to }) => {
    const comparison = compareTexts(readPairText(from), readPairText(to));
    const schema = validateComparison(comparison);
    expect(describeErrors(schema.errors)).toBe('');
    expect(schema.valid).toBe(true);
    expectGolden(`${from}-${to}.comparison.json`, `${JSON.stringify(comparison, null, 2)}\n`);
    expectGolden(`${from}-${to}.md`, renderMarkdown(comparison));
  });

  it('reports the army-size change of point 6 with its numbers and flag', () => {
    const comparison = compareTexts(readPairText('v28'), readPairText('veu'));
    const army = comparison.changes.find((c) => c.from.includes('6'))!;
    expect(army).toMatchObject({ kind: 'reworded', to: ['6'] });
    expect(army.flags).toContain('number-changed');
    expect(
      army.diff
        .filter((r) => r.op === 'delete')
        .map((r) => r.text)
        .join(' '),
    ).toContain('600,000');
    expect(
      army.diff
        .filter((r) => r.op === 'insert')
        .map((r) => r.text)
        .join(' '),
    ).toContain('800,000');
  });
});
