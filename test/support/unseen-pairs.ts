import { compareTexts, type Comparison } from '../../src/engine';
import { unseenText } from './pair-files';

/** Shared by the specs that check one engine pass on the real pairs of fixtures/pairs/unseen. */
export function compareUnseen(from: string, to: string, params = {}): Comparison {
  return compareTexts(unseenText(from), unseenText(to), { params });
}

/** The labels a change links clause `label` of the first text to (undefined if none). */
export function partnersOf(comparison: Comparison, label: string): readonly string[] | undefined {
  return comparison.changes.find((c) => c.from.includes(label))?.to;
}
