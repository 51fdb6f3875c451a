/**
 * Integrity of the ukraine-2025 fixtures: schemas, sources, labels, links, DAG, text files,
 * gold alignments, and that the committed files are what the converter produces.
 */
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { GoldAlignment } from '../src/engine/gold';
import { PAIRS_DIR, PLAN_DIR, writeFixtures } from '../scripts/build-fixtures';
import { TEXT_EDITS } from '../scripts/build-fixtures/pairs';
import type {
  LinksFixture,
  PlanFixture,
  PositionsFixture,
  SourcesFixture,
  VersionFixture,
} from '../scripts/build-fixtures/types';

const ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(ROOT, 'fixtures');
const PLAN = path.join(FIXTURES, PLAN_DIR);
const PAIRS = path.join(FIXTURES, PAIRS_DIR);
const DOSSIER = path.resolve(ROOT, '../shared/research/plans.json');

function read<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

const plan = read<PlanFixture>(path.join(PLAN, 'plan.json'));
const versions = new Map(
  plan.versionOrder.map((s) => [s, read<VersionFixture>(path.join(PLAN, 'versions', `${s}.json`))]),
);
const links = read<LinksFixture>(path.join(PLAN, 'links.json'));
const positions = read<PositionsFixture>(path.join(PLAN, 'positions.json'));
const sources = read<SourcesFixture>(path.join(PLAN, 'sources.json'));
const goldFiles = fs.readdirSync(PAIRS).filter((f) => f.endsWith('.gold.json'));

function version(slug: string): VersionFixture {
  const v = versions.get(slug);
  if (v === undefined) throw new Error(`no version ${slug}`);
  return v;
}

function hasLabel(slug: string, label: string): boolean {
  return versions.get(slug)?.clauses.some((c) => c.label === label) ?? false;
}

/** Parses an engine-input text back into labelled clauses (`N. text`, `   a) text`). */
function parseText(text: string): { title: string; clauses: { label: string; text: string }[] } {
  const [title = '', blank, ...rest] = text.replace(/\n$/, '').split('\n');
  expect(blank).toBe('');
  let parent = '';
  const clauses = rest.map((line) => {
    const top = /^(\d+)\. (.+)$/.exec(line);
    if (top) {
      parent = top[1]!;
      return { label: parent, text: top[2]! };
    }
    const sub = /^ {3}([a-z])\) (.+)$/.exec(line);
    if (!sub || parent === '') throw new Error(`unparseable line: ${line}`);
    return { label: `${parent}${sub[1]!}`, text: sub[2]! };
  });
  return { title, clauses };
}

describe('schemas', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validators = new Map<string, ValidateFunction>();
  const validator = (name: string): ValidateFunction => {
    const known = validators.get(name);
    if (known !== undefined) return known;
    const fresh = ajv.compile(read<object>(path.join(ROOT, 'docs/schemas', name)));
    validators.set(name, fresh);
    return fresh;
  };
  const cases: [string, string][] = [
    [path.join(PLAN, 'plan.json'), 'fixture-plan.v1.json'],
    [path.join(PLAN, 'links.json'), 'fixture-links.v1.json'],
    [path.join(PLAN, 'positions.json'), 'fixture-positions.v1.json'],
    [path.join(PLAN, 'sources.json'), 'fixture-sources.v1.json'],
    ...plan.versionOrder.map((s): [string, string] => [
      path.join(PLAN, 'versions', `${s}.json`),
      'fixture-version.v1.json',
    ]),
    ...goldFiles.map((f): [string, string] => [path.join(PAIRS, f), 'gold.v1.json']),
  ];

  it.each(cases)('%s matches %s', (file, name) => {
    const validate = validator(name);
    const ok = validate(read<unknown>(file));
    expect(ajv.errorsText(validate.errors)).toBe('No errors');
    expect(ok).toBe(true);
  });

  it('every version file is listed in plan.versionOrder', () => {
    const files = fs.readdirSync(path.join(PLAN, 'versions')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...plan.versionOrder].sort());
    for (const [slug, v] of versions) expect(v.slug).toBe(slug);
  });
});

describe('versions', () => {
  it('every non-placeholder clause and every position has a source', () => {
    for (const v of versions.values()) {
      for (const c of v.clauses) {
        if (c.status !== 'placeholder') {
          expect([`${v.slug}:${c.label}`, c.sources.length > 0]).toEqual([
            `${v.slug}:${c.label}`,
            true,
          ]);
        }
      }
    }
    for (const p of positions.positions) expect([p.id, p.sources.length > 0]).toEqual([p.id, true]);
  });

  it('placeholders are exactly the DELETED / NOT LISTED / NOT RETRIEVED rows', () => {
    for (const v of versions.values()) {
      for (const c of v.clauses) {
        const marked = /^(DELETED|NOT LISTED|NOT RETRIEVED):/.test(c.text);
        expect([`${v.slug}:${c.label}`, marked]).toEqual([
          `${v.slug}:${c.label}`,
          c.status === 'placeholder',
        ]);
      }
    }
  });

  it('labels are unique per version and every sub-point follows its parent', () => {
    for (const v of versions.values()) {
      const labels = v.clauses.map((c) => c.label);
      expect(new Set(labels).size).toBe(labels.length);
      v.clauses.forEach((c, i) => {
        if (c.parent === undefined) return;
        expect(labels.slice(0, i)).toContain(c.parent);
      });
    }
  });

  it('parents exist, the DAG is acyclic, and v27 and v20 are parallel branches', () => {
    const ancestors = (slug: string, seen: string[] = []): string[] => {
      for (const p of version(slug).parents) {
        expect(versions.has(p)).toBe(true);
        if (seen.includes(p)) continue;
        seen.push(p);
        ancestors(p, seen);
      }
      return seen;
    };
    for (const slug of versions.keys()) expect(ancestors(slug)).not.toContain(slug);
    expect(ancestors('v20')).not.toContain('v27');
    expect(ancestors('v27')).not.toContain('v20');
  });
});

describe('links, positions and sources', () => {
  it('every link end and every position target exists', () => {
    for (const l of links.links) {
      for (const end of [l.from, l.to]) {
        if (end !== null) expect([end, hasLabel(end.version, end.label)]).toEqual([end, true]);
      }
      for (const slug of [l.fromVersion, l.toVersion]) {
        if (slug !== undefined) expect(versions.has(slug)).toBe(true);
      }
    }
    for (const p of positions.positions) {
      expect(versions.has(p.version)).toBe(true);
      const t = p.target;
      const labels = 'label' in t ? [t.label] : 'labels' in t ? t.labels : [];
      for (const label of labels) {
        expect([p.id, label, hasLabel(p.version, label)]).toEqual([p.id, label, true]);
      }
    }
  });

  it("every version's author parties are parties that take positions", () => {
    const parties = new Set(positions.positions.map((p) => p.party));
    for (const v of versions.values()) {
      expect(v.authorParties.filter((party) => !parties.has(party))).toEqual([]);
    }
  });

  it('position ids are stable and sequential', () => {
    positions.positions.forEach((p, i) => expect(p.id).toBe(`p${String(i + 1).padStart(2, '0')}`));
  });

  it('the source registry lists every cited URL exactly once and nothing else', () => {
    const cited = new Set<string>();
    for (const v of versions.values()) {
      for (const c of v.clauses) c.sources.forEach((u) => cited.add(u));
    }
    for (const p of positions.positions) p.sources.forEach((u) => cited.add(u));
    const registered = sources.sources.map((s) => s.url);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual([...cited].sort());
  });
});

describe('engine-input texts', () => {
  const texts = fs.readdirSync(PAIRS).filter((f) => f.endsWith('.txt'));

  it('exist for v28, veu and v20', () => {
    expect(texts.sort()).toEqual(['v20.txt', 'v28.txt', 'veu.txt']);
  });

  it.each(texts)(
    '%s parses back to the non-placeholder clauses, edited only via the table',
    (file) => {
      const slug = file.replace(/\.txt$/, '');
      const v = version(slug);
      const parsed = parseText(fs.readFileSync(path.join(PAIRS, file), 'utf8'));
      const expected = v.clauses.filter((c) => c.status !== 'placeholder');
      expect(parsed.title).toBe(v.title);
      expect(parsed.clauses.map((c) => c.label)).toEqual(expected.map((c) => c.label));
      parsed.clauses.forEach((c, i) => {
        const edit = TEXT_EDITS[`${slug}:${c.label}`];
        expect(c.text).toBe(edit?.to ?? expected[i]!.text);
      });
    },
  );
});

describe('gold alignments', () => {
  it('exist for the three pairs', () => {
    expect(goldFiles.sort()).toEqual([
      'v28-v20.gold.json',
      'v28-veu.gold.json',
      'veu-v20.gold.json',
    ]);
  });

  it.each(goldFiles)('%s covers every text-file label exactly once', (file) => {
    const gold = read<GoldAlignment>(path.join(PAIRS, file));
    const labelsOf = (slug: string): string[] =>
      parseText(fs.readFileSync(path.join(PAIRS, `${slug}.txt`), 'utf8')).clauses.map(
        (c) => c.label,
      );
    const [aLabels, bLabels] = [labelsOf(gold.from), labelsOf(gold.to)];
    const fromUse = [...gold.links.flatMap((l) => l.from), ...gold.unknown.from];
    const toUse = [...gold.links.flatMap((l) => l.to), ...gold.unknown.to];
    expect([...fromUse].sort()).toEqual([...aLabels].sort());
    expect([...toUse].sort()).toEqual([...bLabels].sort());
    for (const l of gold.links) expect(l.from.length + l.to.length).toBeGreaterThan(0);
  });
});

describe('converter output', () => {
  const hasDossier = fs.existsSync(DOSSIER);
  const maybe = hasDossier ? it : it.skip;
  const note = hasDossier ? '' : ` (SKIPPED: dossier not found at ${DOSSIER})`;

  maybe(`re-running scripts/build-fixtures.ts gives byte-identical files${note}`, () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plandiff-fixtures-'));
    try {
      const written = writeFixtures(DOSSIER, tmp).sort();
      for (const rel of written) {
        const [committed, fresh] = [path.join(FIXTURES, rel), path.join(tmp, rel)];
        expect([rel, fs.existsSync(committed)]).toEqual([rel, true]);
        expect([rel, fs.readFileSync(committed, 'utf8')]).toEqual([
          rel,
          fs.readFileSync(fresh, 'utf8'),
        ]);
        expect([rel, fs.readFileSync(committed).equals(fs.readFileSync(fresh))]).toEqual([
          rel,
          true,
        ]);
      }
      const committed = [PLAN_DIR, PAIRS_DIR].flatMap((d) =>
        filesUnder(path.join(FIXTURES, d)).map((f) => `${d}/${f}`),
      );
      // Hand-curated files the converter does not write: the plan README and the actor registry.
      expect(committed.filter((f) => !written.includes(f))).toEqual([
        `${PLAN_DIR}/README.md`,
        `${PLAN_DIR}/registry.json`,
      ]);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
