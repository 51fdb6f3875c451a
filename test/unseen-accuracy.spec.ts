/**
 * Accuracy on real pairs the engine was not tuned on (fixtures/pairs/unseen, sources and gold
 * rules in its README): successive agreements, independent translations of one text, and the
 * same text across English, Russian and Ukrainian. Floors sit just under the measured share of
 * gold decisions right, so any regression fails the suite; docs/engine.md §6 quotes the table.
 */
import { compareTexts, evaluate, segment } from '../src/engine';
import { unseenGold as gold, unseenText as text } from './support/pair-files';
import { UNSEEN_PAIRS as PAIRS } from './support/unseen-pairs-table';

const report: string[] = [];
afterAll(() => {
  process.stdout.write(`\nAccuracy on unseen real pairs\n${report.join('\n')}\n`);
});

describe('accuracy on unseen real pairs (gold written by hand before running the engine)', () => {
  it.each(PAIRS)('$from → $to ($kind) stays at or above $floor', (pair) => {
    const result = evaluate(compareTexts(text(pair.from), text(pair.to)), gold(pair.from, pair.to));
    // While the engine is tuned, the held-out pairs' figures stay hidden (a drop below a floor
    // still fails); SHOW_HELDOUT=1 prints them for the one measurement at the end.
    const shown = pair.heldOut !== true || process.env.SHOW_HELDOUT === '1';
    const figure = shown
      ? `${result.accuracy.toFixed(3)} (${result.correct}/${result.scored})`
      : 'hidden (SHOW_HELDOUT=1)';
    report.push(
      `  ${pair.heldOut === true ? '[held out] ' : ''}${pair.from} → ${pair.to} (${pair.kind}): ${figure}`,
    );
    expect(result.accuracy).toBeGreaterThanOrEqual(pair.floor);
  });
});

describe('across languages in the indexed candidate regime (documents too large to score every pair)', () => {
  it.each([
    { from: 'minsk2-ru', to: 'minsk2-en' },
    { from: 'v20', to: 'v20-uk' },
    { from: 'rdt-us-ru', to: 'rdt-us-en' },
    { from: 'nk20nov-uk', to: 'nk20nov-ru' },
    { from: 'bs25-usua-en', to: 'bs25-usru-ru' },
  ])('$from → $to probes the anchor index and keeps every decision', ({ from, to }) => {
    // allPairsLimit 1 forces the inverted index that large documents use: English against
    // Cyrillic shares no word terms, so the index must be built over anchors.
    const comparison = compareTexts(text(from), text(to), { params: { allPairsLimit: 1 } });
    expect(evaluate(comparison, gold(from, to)).accuracy).toBe(1);
  });
});

describe('segmentation of the unseen texts', () => {
  const points = (n: number): string[] => Array.from({ length: n }, (_, i) => String(i + 1));
  it.each([
    { slug: 'minsk1-en', labels: points(12) },
    { slug: 'minsk1-ru', labels: points(12) },
    { slug: 'minsk2-en', labels: points(13) },
    { slug: 'minsk2-enkp', labels: points(13) },
    { slug: 'minsk2-ru', labels: points(13) },
    { slug: 'minsk2-uk', labels: points(13) },
    { slug: 'mmemo-en', labels: points(9) },
    { slug: 'rdt-us-en', labels: points(8) },
    { slug: 'rdt-us-ru', labels: points(8) },
    { slug: 'rdt-nato-en', labels: points(9) },
    { slug: 'nk20oct-en', labels: points(4) },
    { slug: 'nk20oct-ru', labels: points(4) },
    { slug: 'nk20oct-uk', labels: points(4) },
    { slug: 'nk20nov-en', labels: points(9) },
    { slug: 'nk20nov-ru', labels: points(9) },
    { slug: 'nk20nov-uk', labels: points(9) },
    { slug: 'bs25-usua-en', labels: points(6) },
    { slug: 'bs25-usua-uk', labels: points(6) },
    { slug: 'bs25-usru-en', labels: points(6) },
    { slug: 'bs25-usru-ru', labels: points(6) },
    { slug: 'bs25-kremlin-en', labels: points(5) },
    { slug: 'bs25-kremlin-ru', labels: points(5) },
    { slug: 'drc-dop-en', labels: points(13) },
    { slug: 'drc-pa-en', labels: points(11) },
    { slug: 'rif-draft-en', labels: points(9) },
    { slug: 'rif-final-en', labels: points(9) },
    { slug: 'wd25-en', labels: points(5) },
    { slug: 'v20-uk', labels: [...points(5), '5а', '5б', '5в', ...points(20).slice(5)] },
    { slug: 'v20-ru', labels: [...points(5), '5а', '5б', '5в', ...points(20).slice(5)] },
  ])(
    '$slug: every point, dashed sub-lists and dates kept inside their point',
    ({ slug, labels }) => {
      expect(segment(text(slug)).clauses.map((c) => c.label)).toEqual(labels);
    },
  );
});
