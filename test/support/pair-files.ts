import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldAlignment } from '../../src/engine';
import { projectRoot } from '../../src/lib/project-root';

/**
 * The one reader of the real pair fixtures, shared by the accuracy specs, the free-pair and
 * leftover specs and scripts/unseen-dev.ts. Paths come from projectRoot() so the same code works
 * under ts-jest (from test/) and compiled (from dist/unseen-dev/), whatever the working directory.
 */
const PAIRS = join(projectRoot(), 'fixtures', 'pairs');
export const CORPUS_PAIRS_DIR = join(PAIRS, 'ukraine-2025');
const UNSEEN_DIR = join(PAIRS, 'unseen');

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** A text of the dossier's plan pairs (v28, veu, v20, …). */
export function corpusText(slug: string): string {
  return readFileSync(join(CORPUS_PAIRS_DIR, `${slug}.txt`), 'utf8');
}

/** A dossier pair's gold: `v28-veu.gold.json`. */
export function corpusGold(from: string, to: string): GoldAlignment {
  return readJson(join(CORPUS_PAIRS_DIR, `${from}-${to}.gold.json`));
}

/** An unseen pair's text; unseen pairs may reuse a corpus text (v28, v20), read from its folder. */
export function unseenText(slug: string): string {
  const own = join(UNSEEN_DIR, `${slug}.txt`);
  return existsSync(own) ? readFileSync(own, 'utf8') : corpusText(slug);
}

/** An unseen pair's gold: `from--to.gold.json`. */
export function unseenGold(from: string, to: string): GoldAlignment {
  return readJson(join(UNSEEN_DIR, `${from}--${to}.gold.json`));
}
