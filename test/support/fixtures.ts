import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldAlignment } from '../../src/engine';

export const PAIRS_DIR = join(__dirname, '..', '..', 'fixtures', 'pairs', 'ukraine-2025');

/** The real plan pairs with dossier-derived gold alignments. */
export const REAL_PAIRS = [
  { from: 'v28', to: 'veu' },
  { from: 'v28', to: 'v20' },
  { from: 'veu', to: 'v20' },
] as const;

export function readPairText(slug: string): string {
  return readFileSync(join(PAIRS_DIR, `${slug}.txt`), 'utf8');
}

export function readGold(from: string, to: string): GoldAlignment {
  return JSON.parse(
    readFileSync(join(PAIRS_DIR, `${from}-${to}.gold.json`), 'utf8'),
  ) as GoldAlignment;
}
