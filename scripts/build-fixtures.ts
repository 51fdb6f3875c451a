/**
 * One-off converter: research dossier (plans.json) → fixtures.
 *
 *   fixtures/plans/ukraine-2025/{plan,links,positions,sources}.json, versions/<slug>.json
 *   fixtures/pairs/ukraine-2025/{v28,veu,v20}.txt, <a>-<b>.gold.json, README.md
 *
 * Usage (from the repository root; there is no TS runner installed, so compile first):
 *   npx tsc --ignoreConfig --outDir /tmp/plandiff-build-fixtures --rootDir . --module node16 \
 *     --moduleResolution node16 --target es2022 --strict --skipLibCheck --types node \
 *     scripts/build-fixtures.ts
 *   node /tmp/plandiff-build-fixtures/scripts/build-fixtures.js [plans.json] [fixtures-dir]
 * Defaults: ../shared/research/plans.json and ./fixtures (both relative to the working directory).
 * `fixtures/plans/ukraine-2025/README.md` is hand-written and never touched by this script.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GoldAlignment } from '../src/engine/gold';
import {
  PLAN_SLUG,
  buildLinks,
  buildPlan,
  buildPositions,
  buildSources,
  buildVersion,
} from './build-fixtures/corpus';
import type { Dossier } from './build-fixtures/dossier';
import { parseDossier } from './build-fixtures/dossier';
import { composedGold, directGold } from './build-fixtures/gold';
import { PAIR_VERSIONS, renderText } from './build-fixtures/pairs';
import { pairsReadme } from './build-fixtures/readme';
import type { VersionFixture } from './build-fixtures/types';

export const DEFAULT_PLANS = '../shared/research/plans.json';
export const PLAN_DIR = `plans/${PLAN_SLUG}`;
export const PAIRS_DIR = `pairs/${PLAN_SLUG}`;

const WIDTH = 100;

/** One-line JSON with spaces: `{ "a": [1, 2] }`. */
function flat(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flat).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${flat(v)}`).join(', ')} }`;
  }
  const text = JSON.stringify(value);
  if (text === undefined) throw new Error(`not JSON-serialisable: ${String(value)}`);
  return text;
}

/** Pretty JSON that keeps any object or array on one line when it fits in WIDTH columns. */
function pretty(value: unknown, indent: string, prefix: number): string {
  const oneLine = flat(value);
  if (typeof value !== 'object' || value === null || prefix + oneLine.length <= WIDTH) {
    return oneLine;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((v) => `${inner}${pretty(v, inner, inner.length + 1)}`);
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const lines = entries.map(([k, v]) => {
    const key = `${inner}${JSON.stringify(k)}: `;
    return `${key}${pretty(v, inner, key.length + 1)}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

function json(value: unknown): string {
  return `${pretty(value, '', 0)}\n`;
}

/** Every generated file, keyed by its path relative to the fixtures directory. */
export function buildFixtures(dossier: Dossier): Map<string, string> {
  const files = new Map<string, string>();
  const versions = dossier.versions.map(buildVersion);
  const bySlug = (slug: string): VersionFixture => {
    const v = versions.find((x) => x.slug === slug);
    if (v === undefined) throw new Error(`dossier has no version ${slug}`);
    return v;
  };

  files.set(`${PLAN_DIR}/plan.json`, json(buildPlan(dossier)));
  for (const v of versions) files.set(`${PLAN_DIR}/versions/${v.slug}.json`, json(v));
  files.set(`${PLAN_DIR}/links.json`, json(buildLinks(dossier)));
  files.set(`${PLAN_DIR}/positions.json`, json(buildPositions(dossier)));
  files.set(`${PLAN_DIR}/sources.json`, json(buildSources(dossier)));

  for (const slug of PAIR_VERSIONS) files.set(`${PAIRS_DIR}/${slug}.txt`, renderText(bySlug(slug)));
  const [v28, veu, v20] = [bySlug('v28'), bySlug('veu'), bySlug('v20')];
  const golds: GoldAlignment[] = [
    directGold(dossier.links, v28, veu),
    directGold(dossier.links, v28, v20),
    composedGold(dossier.links, veu, v28, v20),
  ];
  for (const g of golds) files.set(`${PAIRS_DIR}/${g.from}-${g.to}.gold.json`, json(g));
  files.set(`${PAIRS_DIR}/README.md`, pairsReadme(golds));
  return files;
}

/** Reads the dossier at `plansPath` and writes every generated file under `outDir`. */
export function writeFixtures(plansPath: string, outDir: string): string[] {
  const files = buildFixtures(parseDossier(fs.readFileSync(plansPath, 'utf8')));
  for (const [rel, content] of files) {
    const target = path.join(outDir, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return [...files.keys()];
}

if (require.main === module) {
  const plansPath = path.resolve(process.argv[2] ?? DEFAULT_PLANS);
  const outDir = path.resolve(process.argv[3] ?? 'fixtures');
  const written = writeFixtures(plansPath, outDir);
  console.log(`wrote ${written.length} files under ${outDir}`);
}
