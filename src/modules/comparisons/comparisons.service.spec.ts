import { ProblemException } from '../../common/problem';
import type { PlansService } from '../plans/plans.service';
import type { ComparisonsRepository, VersionForCompare } from './comparisons.repository';
import { loadConfig } from '../../config/app-config';
import type { AnalysisService } from '../analysis/analysis.service';
import { ComparisonsService } from './comparisons.service';
import type { Comparison } from '../../engine';
import type { DbChanges } from '../../db/changes';

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

function setup(env: Record<string, string> = {}, changes?: DbChanges) {
  const plans = {
    requireId: jest.fn().mockResolvedValue(7),
  } as unknown as jest.Mocked<PlansService>;
  const repo: jest.Mocked<
    Pick<
      ComparisonsRepository,
      | 'loadVersion'
      | 'versionRefs'
      | 'curatedLinks'
      | 'findCached'
      | 'saveCached'
      | 'planTitle'
      | 'clauseSources'
    >
  > = {
    loadVersion: jest.fn((_: number, slug: string) =>
      Promise.resolve(
        slug === 'a'
          ? version(1, 'a', ['Troops withdraw within 30 days.', 'Sanctions stay.'])
          : slug === 'b'
            ? version(2, 'b', ['Sanctions stay in force.', 'Troops withdraw within 60 days.'])
            : null,
      ),
    ),
    versionRefs: jest.fn((_: number, slugs: readonly string[]) =>
      Promise.resolve(
        new Map(
          slugs
            .filter((s) => s === 'a' || s === 'b')
            .map((s) => [s, `${s === 'a' ? 1 : 2}@0`] as const),
        ),
      ),
    ),
    curatedLinks: jest.fn().mockResolvedValue([]),
    findCached: jest.fn().mockResolvedValue(null),
    saveCached: jest.fn().mockResolvedValue(undefined),
    planTitle: jest.fn().mockResolvedValue('Plan'),
    clauseSources: jest.fn().mockResolvedValue([]),
  };
  // Disputes come from the analysis module; none here keeps the report tests about rendering.
  const analysis = {
    disputes: jest
      .fn()
      .mockResolvedValue({ plan: 'p', version: 'b', clauses: [], versionWide: [], positions: [] }),
  };
  const service = new ComparisonsService(
    plans,
    repo as unknown as ComparisonsRepository,
    loadConfig(env),
    analysis as unknown as AnalysisService,
    changes,
  );
  return { service, repo };
}

describe('ComparisonsService', () => {
  it('computes on a miss, caches the JSON, and answers 304 to a matching If-None-Match', async () => {
    const { service, repo } = setup();
    const first = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    expect(first.status).toBe(200);
    expect(JSON.parse(String(first.body))).toMatchObject({ schema: 'plandiff.comparison/v1' });
    expect(repo.saveCached).toHaveBeenCalledTimes(1);
    const [, key, json] = repo.saveCached.mock.calls[0]!;
    expect(key).toMatchObject({ fromVersionId: 1, toVersionId: 2 });
    expect(json).toBe(String(first.body));
    const etag = first.headers['ETag']!;
    const cached = await service.compare({ plan: 'p', from: 'a', to: 'b', ifNoneMatch: etag });
    expect(cached.status).toBe(304);
    expect(repo.findCached).toHaveBeenCalledTimes(1); // a 304 needs no result at all
  });

  it('serves a stored result without recomputing and renders other formats from it', async () => {
    const { body } = await setup().service.compare({ plan: 'p', from: 'a', to: 'b' });
    // Another instance (or a restart): nothing in memory, the result in the database.
    const { service, repo } = setup();
    repo.findCached.mockResolvedValue(String(body));
    const md = await service.compare({ plan: 'p', from: 'a', to: 'b', format: 'md' });
    expect(md.headers['Content-Type']).toMatch(/^text\/markdown/);
    expect(md.headers['ETag']).toMatch(/-md"$/);
    expect(repo.saveCached).not.toHaveBeenCalled();
  });

  it('changes the cache key when curated links change', async () => {
    const { service, repo } = setup();
    const plain = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    repo.curatedLinks.mockResolvedValue([
      { kind: 'same', from: { version: 'a', label: '1' }, to: { version: 'b', label: '2' } },
    ]);
    const pinned = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    expect(pinned.headers['ETag']).not.toBe(plain.headers['ETag']);
    expect(repo.saveCached.mock.calls[1]![1].paramsHash).not.toBe(
      repo.saveCached.mock.calls[0]![1].paramsHash,
    );
  });

  it('answers repeats from memory: versions and result loaded once, links read every time', async () => {
    const { service, repo } = setup();
    const first = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    const again = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    expect(String(again.body)).toBe(String(first.body));
    expect(repo.loadVersion).toHaveBeenCalledTimes(2);
    expect(repo.findCached).toHaveBeenCalledTimes(1);
    expect(repo.curatedLinks).toHaveBeenCalledTimes(2);
    // A curated link written meanwhile (by anyone) changes the key: recomputed, with the pin.
    repo.curatedLinks.mockResolvedValue([
      { kind: 'same', from: { version: 'a', label: '1' }, to: { version: 'b', label: '2' } },
    ]);
    const pinned = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    expect(repo.saveCached).toHaveBeenCalledTimes(2);
    const changes = (JSON.parse(String(pinned.body)) as Comparison).changes;
    expect(changes.find((c) => c.pinned)).toMatchObject({
      from: ['1'],
      to: ['2'],
      curated: true,
      kind: 'unchanged',
    });
  });

  it('skips every query while the database reports no commit since the last request', async () => {
    let version = 1;
    const { service, repo } = setup({}, { current: () => version, close: () => undefined });
    const first = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    await service.compare({ plan: 'p', from: 'a', to: 'b' });
    expect(repo.curatedLinks).toHaveBeenCalledTimes(1);
    repo.curatedLinks.mockResolvedValue([
      { kind: 'same', from: { version: 'a', label: '1' }, to: { version: 'b', label: '2' } },
    ]);
    version = 2; // someone committed: look again, and see their link
    const pinned = await service.compare({ plan: 'p', from: 'a', to: 'b' });
    expect(repo.curatedLinks).toHaveBeenCalledTimes(2);
    expect(pinned.headers['ETag']).not.toBe(first.headers['ETag']);
  });

  it('with COMPARE_CACHE_MB=0 recomputes every time and stores nothing', async () => {
    const { service, repo } = setup({ COMPARE_CACHE_MB: '0' });
    await service.compare({ plan: 'p', from: 'a', to: 'b' });
    await service.compare({ plan: 'p', from: 'a', to: 'b' });
    expect(repo.findCached).not.toHaveBeenCalled();
    expect(repo.saveCached).not.toHaveBeenCalled();
    expect(repo.loadVersion).toHaveBeenCalledTimes(4);
  });

  it('404s an unknown version', async () => {
    const { service } = setup();
    await expect(service.compare({ plan: 'p', from: 'a', to: 'zz' })).rejects.toBeInstanceOf(
      ProblemException,
    );
  });
});
