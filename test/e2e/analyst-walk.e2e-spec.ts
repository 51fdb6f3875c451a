import { answer, disagreements, type WalkChange } from '../support/analyst';
import { BACKENDS, useTestApp } from '../support/e2e';

interface Comparison {
  changes: WalkChange[];
  summary: Record<string, number>;
}
interface Briefing {
  comparisons: { from: string; to: string; result: Comparison }[];
  disputes: { version: string; clauses: { label: string; status: string }[] }[];
}
interface Cell {
  version: string;
  labels: string[];
  change: string;
  status: string;
}

/** The dossier's explicit removals on the way from the 28 to the 20 points (audit §4.1). */
const EXPLICIT_REMOVALS = ['3', '4', '7', '8', '9', '10a', '13', '14', '17', '26'];

// Issue 17 "Shows": the product's question walked through the API and through the export alone.
describe.each(BACKENDS)('analyst walk: the 28 points on the way to the 20 (%s)', (backend) => {
  const t = useTestApp(backend);
  const get = (path: string) => t.http().get(`/api/plans/ukraine-2025${path}`).expect(200);

  it('compare v28 → v20 agrees with the curated links: merges kept, same unchanged', async () => {
    const { body } = (await get('/compare?from=v28&to=v20')) as { body: Comparison };
    expect(disagreements(body.changes, 'v28', 'v20')).toEqual([]);
    const a = answer(body.changes);
    // At most the dossier's explicit removals are reported as removed.
    expect(a.removed!.sort()).toEqual([...EXPLICIT_REMOVALS].sort());
    expect(body.summary.removed).toBe(EXPLICIT_REMOVALS.length);
    const into = (label: string) => body.changes.find((c) => c.to.includes(label))!;
    // The Peace Council (27) is linked to 19, merged with 15; 10d merged with 10b into 5b.
    expect(into('19')).toMatchObject({ kind: 'merged', from: ['15', '27'], curated: true });
    expect(into('5b')).toMatchObject({ kind: 'merged', from: ['10b', '10d'], curated: true });
    expect(into('14').from).toEqual(expect.arrayContaining(['21', '21b', '21c', '21d']));
    expect(into('13').from).toEqual(expect.arrayContaining(['20', '20a']));
    expect(into('8')).toMatchObject({ kind: 'split', from: ['12'], to: ['8', '9'] });
    for (const label of ['5', '18', '22']) {
      expect(body.changes.find((c) => c.from.includes(label))!.kind).toBe('unchanged');
    }
  });

  it('says a curated link is curated in the report, not "pinned by an analyst override"', async () => {
    const { text } = await get('/compare?from=v28&to=v20&format=md');
    expect(text).toContain('(curated link)');
    expect(text).not.toContain('pinned by an analyst override');
    expect(text).toContain('| removed | 10 |');
  });

  it('answers the same from the briefing export alone, with who disputes what', async () => {
    const { body } = (await get('/export')) as { body: Briefing };
    const pair = body.comparisons.find((c) => c.from === 'v28' && c.to === 'v20');
    expect(pair).toBeDefined();
    expect(disagreements(pair!.result.changes, 'v28', 'v20')).toEqual([]);
    const api = ((await get('/compare?from=v28&to=v20')) as { body: Comparison }).body;
    expect(answer(pair!.result.changes)).toEqual(answer(api.changes));
    // Every removed or merged point of the 28 has a dispute status in the export.
    const v28 = body.disputes.find((d) => d.version === 'v28')!;
    const touched = [...answer(api.changes).removed!, ...answer(api.changes).merged!];
    for (const label of touched) {
      expect([label, v28.clauses.some((c) => c.label === label)]).toEqual([label, true]);
    }
  });

  it('never shows unknown as removed: NOT RETRIEVED and unreported read unknown', async () => {
    const { body } = (await get('/clauses/v28/15/history')) as {
      body: { family: { cells: Cell[] } };
    };
    const veu = body.family.cells.find((c) => c.version === 'veu')!;
    expect(veu).toMatchObject({ status: 'unknown', change: 'unknown' });
    const nato = (await get('/clauses/v28/7/history')) as { body: { family: { cells: Cell[] } } };
    const cells = nato.body.family.cells;
    expect(cells.find((c) => c.version === 'v27')).toMatchObject({ change: 'unknown' });
    expect(cells.find((c) => c.version === 'v20')).toMatchObject({ change: 'removed' });
    const territory = (await get('/clauses/v28/21d/history')) as {
      body: { family: { cells: Cell[] } };
    };
    expect(territory.body.family.cells.find((c) => c.version === 'v20')!.labels).toEqual(['14']);
  });
});
