/**
 * Derives the engine-input texts and gold alignments under fixtures/pairs/<plan>/ from the corpus
 * in fixtures/plans/<plan>/, which is edited by hand and is the source of truth (the research
 * dossier it was first converted from has errors the sources corrected). test/fixtures.spec.ts
 * checks that the committed pair files are what this produces, so an edit to a clause text or a
 * link must be followed by a regeneration:
 *   npx tsc --ignoreConfig --outDir /tmp/plandiff-corpus-pairs --rootDir . --module node16 \
 *     --moduleResolution node16 --target es2022 --strict --skipLibCheck --types node \
 *     scripts/corpus-pairs.ts
 *   node /tmp/plandiff-corpus-pairs/scripts/corpus-pairs.js [fixtures-dir]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GoldAlignment } from '../src/engine/gold';
import type { LinksFixture } from '../src/corpus/fixture-types/links';
import type { PlanFixture } from '../src/corpus/fixture-types/plan';
import type { VersionFixture } from '../src/corpus/fixture-types/version';
import { composedGold, directGold } from './corpus-pairs/gold';
import { fixtureJson } from './corpus-pairs/json';
import { labelLinks } from './corpus-pairs/links';
import { PAIR_VERSIONS, renderText } from './corpus-pairs/pairs';
import { pairsReadme } from './corpus-pairs/readme';

export const PLAN_SLUG = 'ukraine-2025';
export const PLAN_DIR = `plans/${PLAN_SLUG}`;
export const PAIRS_DIR = `pairs/${PLAN_SLUG}`;

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** Every derived file, keyed by its path relative to the fixtures directory. */
export function buildPairs(fixturesDir: string): Map<string, string> {
  const planDir = path.join(fixturesDir, PLAN_DIR);
  const plan = readJson<PlanFixture>(path.join(planDir, 'plan.json'));
  const versions = plan.versionOrder.map((s) =>
    readJson<VersionFixture>(path.join(planDir, 'versions', `${s}.json`)),
  );
  const links = labelLinks(readJson<LinksFixture>(path.join(planDir, 'links.json')), versions);
  const bySlug = (slug: string): VersionFixture => {
    const v = versions.find((x) => x.slug === slug);
    if (v === undefined) throw new Error(`corpus has no version ${slug}`);
    return v;
  };
  const files = new Map<string, string>();
  for (const slug of PAIR_VERSIONS) files.set(`${PAIRS_DIR}/${slug}.txt`, renderText(bySlug(slug)));
  const [v28, veu, v20] = [bySlug('v28'), bySlug('veu'), bySlug('v20')];
  const golds: GoldAlignment[] = [
    directGold(links, v28, veu),
    directGold(links, v28, v20),
    composedGold(links, veu, v28, v20),
  ];
  for (const g of golds) files.set(`${PAIRS_DIR}/${g.from}-${g.to}.gold.json`, fixtureJson(g));
  files.set(`${PAIRS_DIR}/README.md`, pairsReadme(golds));
  return files;
}

if (require.main === module) {
  const fixturesDir = path.resolve(process.argv[2] ?? 'fixtures');
  const files = buildPairs(fixturesDir);
  for (const [rel, content] of files) fs.writeFileSync(path.join(fixturesDir, rel), content);
  console.log(`wrote ${files.size} files under ${fixturesDir}`);
}
