import { join } from 'node:path';
import { corpusBriefing } from '../src/corpus/briefing';
import { loadCorpus } from '../src/corpus/corpus';
import { corpusLineage, lineageInput, specificallyContested } from '../src/corpus/lineage';
import { compareVersions } from '../src/engine';
import { curatedComparison } from '../src/engine/lineage/curated';
import { relation, threeWay, topicRollups } from '../src/engine/lineage/views';
import { answer, disagreements } from './support/analyst';

const corpus = loadCorpus(join(__dirname, '..', 'fixtures', 'plans', 'ukraine-2025'));
const lineage = corpusLineage(corpus);
const familyOf = (version: string, label: string) =>
  lineage.families.find((f) =>
    f.cells.some((c) => c.version === version && c.item === 'clause' && c.labels.includes(label)),
  )!;
const cellOf = (version: string, label: string, at: string) =>
  familyOf(version, label).cells.find((c) => c.version === at)!;

/** The dossier's explicit removals on the way from the 28 to the 20 points (audit §4.1). */
const EXPLICIT_REMOVALS = ['3', '4', '7', '8', '9', '10a', '13', '14', '17', '26'];

describe('v28 → v20 as the curation reads it (briefing export and engine)', () => {
  const briefing = corpusBriefing(corpus, '2026-12-05T00:00:00.000Z');
  const v28v20 = briefing.comparisons.find((c) => c.from === 'v28' && c.to === 'v20');

  it('the briefing carries the root → latest comparison besides the DAG edges', () => {
    expect(briefing.comparisons.map((c) => `${c.from}>${c.to}`)).toEqual(
      expect.arrayContaining(['v28>veu', 'veu>v20', 'v28>v20']),
    );
  });

  it('answers the analyst question from the export alone, in agreement with links.json', () => {
    const changes = v28v20!.result.changes;
    expect(disagreements(changes, 'v28', 'v20')).toEqual([]);
    const a = answer(changes);
    expect(a.removed!.sort()).toEqual([...EXPLICIT_REMOVALS].sort());
    // Merges kept as merges: the Peace Council (27) with 15 into 19, and 10b with 10d into 5b.
    const into = (label: string) => changes.find((c) => c.to.includes(label))!;
    expect(into('19')).toMatchObject({ kind: 'merged', from: ['15', '27'], curated: true });
    expect(into('5b')).toMatchObject({ kind: 'merged', from: ['10b', '10d'] });
    expect(into('13').from).toEqual(expect.arrayContaining(['20', '20a']));
    expect(into('14').from).toEqual(expect.arrayContaining(['21', '21b', '21c', '21d']));
    expect(into('17').from).toEqual(expect.arrayContaining(['24', '24b']));
    expect(into('8')).toMatchObject({ kind: 'split', from: ['12'], to: ['8', '9'] });
    // Curated same reads unchanged; nothing is 'moved (pinned)' against a curated kind.
    for (const [a28, b20] of [
      ['5', '3'],
      ['18', '11'],
      ['22', '15'],
    ]) {
      expect(changes.find((c) => c.from.includes(a28!))).toMatchObject({
        kind: 'unchanged',
        to: [b20],
      });
    }
    expect(changes.filter((c) => c.curated === true && c.kind === 'moved')).toEqual([]);
    // What the reported V20 does not mention, and no curation removes, is unknown.
    expect(a.unreported ?? []).not.toEqual(expect.arrayContaining(EXPLICIT_REMOVALS));
  });

  it('is no worse than the engine alone where the curation is silent (20a → 13, 24b → 17)', () => {
    const content = (slug: string) => {
      const v = lineageInput(corpus).versions.find((x) => x.slug === slug)!;
      return { slug, title: slug, clauses: v.clauses.filter((c) => c.status !== 'placeholder') };
    };
    const plain = compareVersions(content('v28'), content('v20'));
    const { comparison } = curatedComparison(
      content('v28'),
      { ...content('v20'), reported: true },
      lineageInput(corpus).links,
    );
    for (const change of plain.changes.filter((c) => c.from.length > 1)) {
      const now = comparison.changes.find((c) => c.to.join() === change.to.join())!;
      expect(now.from).toEqual(expect.arrayContaining([...change.from]));
    }
  });
});

describe('lineage reads curated same, unknowns and reported chains as the curation says', () => {
  it('shows curated same as unchanged (v28:5 → veu:5 → v20:3; v20us:r7 → v20:4)', () => {
    expect(cellOf('v28', '5', 'veu')).toMatchObject({ change: 'unchanged', basis: 'curated' });
    expect(cellOf('v28', '5', 'v20')).toMatchObject({ change: 'unchanged', labels: ['3'] });
    expect(relation(familyOf('v28', '5'), 'v28', 'v20')).toBe('same');
    expect(cellOf('v28', '1', 'veu')).toMatchObject({ change: 'unchanged' });
  });

  it('reads NOT RETRIEVED placeholders as unknown, with no phantom families', () => {
    expect(cellOf('v28', '15', 'veu')).toMatchObject({ status: 'unknown', change: 'unknown' });
    expect(relation(familyOf('v28', '15'), 'v28', 'veu')).toBe('unknown');
    expect(lineage.families.filter((f) => f.id.startsWith('veu:'))).toEqual(
      lineage.families.filter(
        (f) =>
          f.id.startsWith('veu:') &&
          f.cells.some((c) => c.version === 'veu' && c.status !== 'placeholder'),
      ),
    );
    for (const f of lineage.families) {
      const cell = f.cells.find((c) => c.version === 'veu')!;
      expect([f.id, cell.status === 'placeholder' && cell.labels.length > 0]).toEqual([
        f.id,
        false,
      ]);
    }
  });

  it('reads content a reported version does not report as unknown, not absent', () => {
    // V27 reports five items, none about NATO membership.
    expect(cellOf('v28', '7', 'v27')).toMatchObject({ change: 'unknown', status: 'unknown' });
    expect(relation(familyOf('v28', '7'), 'v28', 'v27')).toBe('unknown');
    // A curated removal is still a removal.
    expect(cellOf('v28', '7', 'v20')).toMatchObject({ change: 'removed', basis: 'curated' });
  });

  it('carries the v28:21d family through v20us:r3 to v20:14', () => {
    expect(cellOf('v28', '21d', 'v20us').labels).toContain('r3');
    expect(cellOf('v28', '21d', 'v20').labels).toEqual(['14']);
    expect(cellOf('v28', '21d', 'v20').change).not.toBe('removed');
  });

  it('three-way v28/veu/v20: a side that is curated same is unchanged, no inflated conflicts', () => {
    const rows = threeWay(lineage, 'v28', 'veu', 'v20');
    const outcome = (label: string) => rows.find((r) => r.family === familyOf('v28', label).id)!;
    expect(outcome('5').outcome).toBe('unchanged');
    expect(outcome('18').outcome).toBe('unchanged');
    expect(outcome('6').outcome).toBe('both-same');
    expect(outcome('1')).toMatchObject({ a: 'same', outcome: 'b-only' });
    expect(outcome('15').a).toBe('unknown');
    expect(rows.filter((r) => r.outcome === 'conflict').length).toBeLessThan(27 - 11);
  });

  it('gives reported versions real topic intensity where their items are linked and disputed', () => {
    const parents = Object.fromEntries(corpus.versions.map((v) => [v.slug, v.parents]));
    const rollups = topicRollups(lineage, parents, specificallyContested(corpus));
    // By rule rather than by item: a reported version's topic reads contested where one of its
    // items on that topic is disputed or opposed (docs/disputes.md), and never where none of its
    // items is contested at all (topics roll up by family, so the converse is not one-to-one).
    const contested = specificallyContested(corpus);
    let checked = 0;
    for (const version of corpus.versions.filter((v) => v.basis === 'reported')) {
      const any = (contested[version.slug]?.size ?? 0) > 0;
      for (const rollup of rollups) {
        const share = rollup.intensity[version.slug];
        if (share === undefined) continue;
        const items = version.clauses.filter((c) => c.topics.includes(rollup.topic));
        const hot = items.some((c) => contested[version.slug]?.has(c.label) ?? false);
        if (hot) {
          expect([version.slug, rollup.topic, share > 0]).toEqual([
            version.slug,
            rollup.topic,
            true,
          ]);
          checked++;
        }
        if (!any) {
          expect([version.slug, rollup.topic, share]).toEqual([version.slug, rollup.topic, 0]);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
