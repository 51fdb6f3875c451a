import { ProblemException } from '../../common/problem';
import { loadConfig } from '../../config/app-config';
import type { DbChanges } from '../../db/changes';
import type { Comparison } from '../../engine';
import type { AnalysisService } from '../analysis/analysis.service';
import type { PlansService } from '../plans/plans.service';
import { ComparisonReports } from './comparison-reports';
import { ComparisonStore } from './comparison-store';
import type { ComparisonsRepository } from './comparisons.repository';
import { ComparisonsService } from './comparisons.service';
import type { VersionForCompare, VersionRef } from './comparisons.types';

const version = (id: number, slug: string, texts: string[]): VersionForCompare => ({
  id,
  slug,
  title: slug.toUpperCase(),
  clauses: texts.map((text, i) => ({ label: String(i + 1), text })),
  date: '2025-11-20',
  channel: null,
  basis: 'text',
  grade: null,
  incomplete: false,
});

const VERSIONS: Record<string, VersionForCompare> = {
  a: version(1, 'a', ['Troops withdraw within 30 days.', 'Sanctions stay.']),
  b: version(2, 'b', ['Sanctions stay in force.', 'Troops withdraw within 60 days.']),
  c: version(3, 'c', ['Troops withdraw within 90 days.', 'Sanctions are lifted.']),
};
const byId = new Map(Object.values(VERSIONS).map((v) => [v.id, v]));
const PIN = { kind: 'same', from: { version: 'a', label: '1' }, to: { version: 'b', label: '2' } };

function setup(env: Record<string, string> = {}, changes?: DbChanges) {
  const plans = {
    requireId: jest.fn().mockResolvedValue(7),
  } as unknown as jest.Mocked<PlansService>;
  const repo = {
    loadVersion: jest.fn((id: number) => Promise.resolve(byId.get(id) ?? null)),
    versionRefs: jest.fn((_: number, slugs: readonly string[]) =>
      Promise.resolve(
        new Map(
          slugs
            .filter((s) => VERSIONS[s] !== undefined)
            .map((s): [string, VersionRef] => [
              s,
              { id: VERSIONS[s]!.id, slug: s, ref: `${VERSIONS[s]!.id}@0` },
            ]),
        ),
      ),
    ),
    curatedLinks: jest.fn().mockResolvedValue([]),
    planTitle: jest.fn().mockResolvedValue('Plan'),
    clauseSources: jest.fn().mockResolvedValue([]),
  };
  // Disputes come from the analysis module; none here keeps the report tests about rendering.
  const analysis = {
    disputes: jest
      .fn()
      .mockResolvedValue({ plan: 'p', version: 'b', clauses: [], versionWide: [], positions: [] }),
  };
  const config = loadConfig(env);
  const repository = repo as unknown as ComparisonsRepository;
  const store = new ComparisonStore(plans, repository, config, changes);
  const reports = new ComparisonReports(repository, analysis as unknown as AnalysisService, config);
  return { service: new ComparisonsService(store, reports), repo, store };
}

const text = (body: string | Buffer | null): string => String(body);

describe('ComparisonsService', () => {
  it('computes on a miss and answers "current" before loading any version', async () => {
    const { service, repo } = setup();
    const first = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    expect(JSON.parse(text(first.body))).toMatchObject({ schema: 'plandiff.comparison/v1' });
    expect(first.tag).toMatch(/^[0-9a-f]{32}-json$/);
    expect(repo.loadVersion).toHaveBeenCalledTimes(2);
    const seen: string[] = [];
    const again = await service.compare({ plan: 'p', from: 'a', to: 'b' }, (tag) => {
      seen.push(tag);
      return tag === first.tag;
    });
    expect(seen).toEqual([first.tag]);
    expect(again).toEqual({ tag: first.tag, format: 'json', body: null });
    expect(repo.loadVersion).toHaveBeenCalledTimes(2); // a 304 needs no version at all
  });

  it('renders reports from the kept result object, without recomputing', async () => {
    const { service, repo } = setup();
    await service.compare({ plan: 'p', from: 'a', to: 'b' });
    const md = await service.compare({ plan: 'p', from: 'a', to: 'b', format: 'md' });
    expect(md.tag).toMatch(/-md$/);
    expect(text(md.body)).toMatch(/^# /);
    expect(repo.loadVersion).toHaveBeenCalledTimes(2); // versions from memory too
  });

  it('dates reports at SOURCE_DATE_EPOCH when set, as the CLI does', async () => {
    const { service } = setup({ SOURCE_DATE_EPOCH: '1763683200' });
    const md = await service.compare({ plan: 'p', from: 'a', to: 'b', format: 'md' });
    expect(text(md.body)).toContain('2025-11-21T00:00:00.000Z');
  });

  it('changes the key (and tag) when curated links change', async () => {
    const { service, repo } = setup();
    const plain = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    repo.curatedLinks.mockResolvedValue([PIN]);
    const pinned = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    expect(pinned.tag).not.toBe(plain.tag);
  });

  it('answers repeats from memory: versions and result loaded once, links read every time', async () => {
    const { service, repo } = setup();
    const first = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    const again = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    expect(text(again.body)).toBe(text(first.body));
    expect(repo.loadVersion).toHaveBeenCalledTimes(2);
    expect(repo.curatedLinks).toHaveBeenCalledTimes(2);
    // A curated link written meanwhile (by anyone) changes the key: recomputed, with the pin.
    repo.curatedLinks.mockResolvedValue([PIN]);
    const pinned = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    const changes = (JSON.parse(text(pinned.body)) as Comparison).changes;
    expect(changes.find((c) => c.pinned)).toMatchObject({
      from: ['1'],
      to: ['2'],
      curated: true,
      kind: 'unchanged',
    });
    expect(repo.loadVersion).toHaveBeenCalledTimes(2); // new result, same immutable versions
  });

  it('skips every query while the database reports no commit since the last request', async () => {
    let version = 1;
    const { service, repo } = setup({}, { current: () => version, close: () => undefined });
    const first = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    await service.compare({ plan: 'p', from: 'a', to: 'b' });
    expect(repo.curatedLinks).toHaveBeenCalledTimes(1);
    expect(repo.versionRefs).toHaveBeenCalledTimes(1);
    repo.curatedLinks.mockResolvedValue([PIN]);
    version = 2; // someone committed: look again, and see their link
    const pinned = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    expect(repo.curatedLinks).toHaveBeenCalledTimes(2);
    expect(pinned.tag).not.toBe(first.tag);
  });

  it('with COMPARE_CACHE_MB=0 recomputes every time and keeps nothing', async () => {
    const { service, repo, store } = setup({ COMPARE_CACHE_MB: '0' });
    await service.compare({ plan: 'p', from: 'a', to: 'b' });
    await service.compare({ plan: 'p', from: 'a', to: 'b' });
    expect(repo.loadVersion).toHaveBeenCalledTimes(4);
    expect(store.bytes).toBe(0);
  });

  it('404s an unknown version', async () => {
    const { service } = setup();
    await expect(service.compare({ plan: 'p', from: 'a', to: 'zz' })).rejects.toBeInstanceOf(
      ProblemException,
    );
  });
});
