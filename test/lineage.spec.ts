import { join } from 'node:path';
import fc from 'fast-check';
import { loadCorpus } from '../src/corpus/corpus';
import { corpusLineage, lineageInput } from '../src/corpus/lineage';
import { buildLineage } from '../src/engine/lineage/families';
import { baselineMatrix, threeWay, topicRollups } from '../src/engine/lineage/views';
import { specificallyContested } from '../src/corpus/lineage';
import type { LineageVersion } from '../src/engine/lineage/types';

const corpus = loadCorpus(join(__dirname, '..', 'fixtures', 'plans', 'ukraine-2025'));
const lineage = corpusLineage(corpus);
const family = (id: string) => lineage.families.find((f) => f.id === id)!;
const cell = (id: string, version: string) => family(id).cells.find((c) => c.version === version)!;

describe('clause families of the Ukraine 2025 plan', () => {
  it('follows the NATO-membership clause v28:7 → veu:7 → v19 (deferred) → v20 (absent)', () => {
    expect(cell('v28:7', 'v28')).toMatchObject({ labels: ['7'] });
    expect(cell('v28:7', 'veu')).toMatchObject({ labels: ['7'], change: 'reworded' });
    expect(cell('v28:7', 'v19')).toMatchObject({
      labels: ['r4'],
      change: 'deferred',
      status: 'reported',
    });
    expect(cell('v28:7', 'v20')).toMatchObject({ labels: [], change: 'removed', basis: 'curated' });
  });

  it('shows the army cap going from 600,000 to 800,000, with the conflicting reports kept', () => {
    expect(cell('v28:6', 'v28').texts.join(' ')).toContain('600,000');
    expect(cell('v28:6', 'veu').texts.join(' ')).toContain('800,000');
    expect(cell('v28:6', 'v20').texts.join(' ')).toContain('800,000');
    const geneva = cell('v28:6', 'v19');
    expect(geneva.status).toBe('reported');
    expect(geneva.texts.join(' ')).toMatch(/FT.*ABC/);
  });

  it('classifies the army-size and amnesty families as changed in both v28→veu and v28→v20', () => {
    const rows = threeWay(lineage, 'v28', 'veu', 'v20');
    const outcome = (id: string) => rows.find((r) => r.family === id)!.outcome;
    expect(['both-same', 'conflict']).toContain(outcome('v28:6'));
    expect(['both-same', 'conflict']).toContain(outcome('v28:26'));
    expect(outcome('v28:26')).toBe('both-same');
  });

  it('puts every clause of every text version in exactly one family, placeholders in none', () => {
    const input = lineageInput(corpus);
    for (const version of input.versions.filter((v) => v.items === 'clauses')) {
      for (const clause of version.clauses) {
        const owners = lineage.families.filter((f) =>
          f.cells.some((c) => c.version === version.slug && c.labels.includes(clause.label)),
        );
        // A placeholder (NOT RETRIEVED, DELETED …) is no clause: it must not spawn a family.
        expect([`${version.slug}:${clause.label}`, owners.length]).toEqual([
          `${version.slug}:${clause.label}`,
          clause.status === 'placeholder' ? 0 : 1,
        ]);
      }
    }
  });

  it('gives stable ids: the same corpus twice gives the same families', () => {
    expect(corpusLineage(corpus).families.map((f) => f.id)).toEqual(
      lineage.families.map((f) => f.id),
    );
  });

  it('reads any version as the baseline', () => {
    const rows = baselineMatrix(lineage, 'v20');
    const army = rows.find((r) => r.family === 'v28:6')!;
    expect(army.cells.find((c) => c.version === 'v20')!.relation).toBe('same');
    expect(army.cells.find((c) => c.version === 'v28')!.relation).toBe('changed');
    expect(() => baselineMatrix(lineage, 'v99')).toThrow(/unknown baseline/);
  });

  it('rolls changes and dispute intensity up by topic', () => {
    const parents = Object.fromEntries(corpus.versions.map((v) => [v.slug, v.parents]));
    const territory = topicRollups(lineage, parents).find((t) => t.topic === 'territory')!;
    const step = territory.steps.find((s) => s.from === 'v28' && s.to === 'veu')!;
    expect(step.families).toContain('v28:21');
    expect(territory.intensity.v28).toBeGreaterThan(0);
  });

  it('tells topics fought over from a draft rejected as a whole', () => {
    const parents = Object.fromEntries(corpus.versions.map((v) => [v.slug, v.parents]));
    const rollups = topicRollups(lineage, parents, specificallyContested(corpus));
    const of = (topic: string) => rollups.find((t) => t.topic === topic)!;
    // Ukraine rejected the 28 points as a package: that is the draft's stance, shown apart, and it
    // contests no topic (docs/disputes.md rule 2), so amnesty, untouched by any position, reads 0.
    expect(of('amnesty').intensity.v28).toBe(0);
    expect(rollups.some((t) => t.intensity.v28! < 1)).toBe(true);
    // Positions on the points themselves single out territory and the army cap, not amnesty.
    expect(of('territory').specificIntensity!.v28).toBeGreaterThan(0.5);
    expect(of('army-size').specificIntensity!.v28).toBe(1);
    expect(of('amnesty').specificIntensity!.v28).toBe(0);
    for (const t of rollups) {
      for (const v of Object.keys(t.intensity)) {
        expect(t.specificIntensity![v]).toBeLessThanOrEqual(t.intensity[v]!);
      }
    }
    expect(topicRollups(lineage, parents)[0]).not.toHaveProperty('specificIntensity');
  });
});

describe('lineage properties', () => {
  const words = [
    'ceasefire',
    'troops',
    'territory',
    'elections',
    'amnesty',
    'assets',
    'guarantee',
    'nato',
    'zone',
  ];
  const text = fc
    .array(fc.constantFrom(...words), { minLength: 2, maxLength: 8 })
    .map((w) => w.join(' '));
  const versions = fc
    .array(fc.array(text, { minLength: 0, maxLength: 8 }), { minLength: 1, maxLength: 4 })
    .map((docs) =>
      docs.map((clauses, i): LineageVersion => ({
        slug: `v${i}`,
        date: `2025-01-0${i + 1}`,
        parents: i === 0 ? [] : [`v${i - 1}`],
        items: 'clauses',
        clauses: clauses.map((t, j) => ({
          label: String(j + 1),
          text: t,
          status: 'text',
          topics: [],
        })),
      })),
    );

  it('puts every clause in exactly one family, whatever the versions', () => {
    fc.assert(
      fc.property(versions, (vs) => {
        const result = buildLineage({ versions: vs, links: [] });
        for (const v of vs) {
          const owned = result.families.flatMap((f) =>
            f.cells.filter((c) => c.version === v.slug).flatMap((c) => c.labels),
          );
          expect(owned.sort()).toEqual(v.clauses.map((c) => c.label).sort());
        }
      }),
      { numRuns: 100 },
    );
  });
});
