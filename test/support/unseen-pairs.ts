import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareTexts, type Comparison } from '../../src/engine';

/** Shared by the specs that check one engine pass on the real pairs of fixtures/pairs/unseen. */
export const UNSEEN_DIR = join(__dirname, '..', '..', 'fixtures', 'pairs', 'unseen');

export function compareUnseen(from: string, to: string, params = {}): Comparison {
  const text = (slug: string): string => readFileSync(join(UNSEEN_DIR, `${slug}.txt`), 'utf8');
  return compareTexts(text(from), text(to), { params });
}

/** The labels a change links clause `label` of the first text to (undefined if none). */
export function partnersOf(comparison: Comparison, label: string): readonly string[] | undefined {
  return comparison.changes.find((c) => c.from.includes(label))?.to;
}
