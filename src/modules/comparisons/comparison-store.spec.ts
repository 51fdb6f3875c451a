import { loadConfig } from '../../config/app-config';
import type { Comparison } from '../../engine';
import type { PlansService } from '../plans/plans.service';
import {
  ComparisonStore,
  comparisonKey,
  pinsHash,
  resultBytes,
  versionBytes,
} from './comparison-store';
import type { ComparisonsRepository } from './comparisons.repository';
import type { ComparisonResult, VersionForCompare } from './comparisons.types';

const version = (id: number, texts: string[]): VersionForCompare => ({
  id,
  slug: `v${id}`,
  title: 'T',
  clauses: texts.map((text, i) => ({ label: String(i + 1), text })),
  date: '2025-11-20',
  channel: null,
  basis: 'text',
  grade: null,
  incomplete: false,
});

const result = (jsonBytes: number): ComparisonResult => ({
  comparison: {} as Comparison,
  overrides: {},
  json: Buffer.alloc(jsonBytes, 0x20),
});

function store(budget: number, versions: readonly VersionForCompare[] = []) {
  const repo = {
    loadVersion: jest.fn((id: number) =>
      Promise.resolve(versions.find((v) => v.id === id) ?? null),
    ),
    versionRefs: jest.fn((_: number, slugs: readonly string[]) =>
      Promise.resolve(
        new Map(
          versions
            .filter((v) => slugs.includes(v.slug))
            .map((v) => [v.slug, { id: v.id, slug: v.slug, ref: `${v.id}@0` }]),
        ),
      ),
    ),
    curatedLinks: jest.fn().mockResolvedValue([]),
  };
  const plans = { requireId: jest.fn().mockResolvedValue(1) } as unknown as PlansService;
  const config = { ...loadConfig({}), compareCacheBytes: budget };
  let seen = 1;
  const changes = { current: () => seen, close: () => undefined };
  const s = new ComparisonStore(plans, repo as unknown as ComparisonsRepository, config, changes);
  return { s, repo, commit: () => (seen += 1) };
}

describe('comparison store byte accounting', () => {
  it('charges a version its texts and labels as UTF-16 plus fixed overheads', () => {
    const v = version(1, ['abcd', 'xy']); // labels "1", "2"
    // 4 objects + slug "v1", title "T", date (10), basis "text" (4) as UTF-16.
    const fixed = 4 * 64 + 2 * (2 + 1 + 10 + 4);
    expect(versionBytes(v)).toBe(fixed + (2 * (4 + 1) + 64) + (2 * (2 + 1) + 64));
  });

  it('charges a result its JSON bytes three times (buffer + parsed object) plus overrides', () => {
    expect(resultBytes(result(1000), 0)).toBe(3000 + 64);
    expect(resultBytes(result(1000), 10)).toBe(3000 + 20 + 64);
  });

  it('spells the key one way: version ids, engine version, pins hash', () => {
    const hash = pinsHash([]);
    expect(comparisonKey(1, 2, hash)).toMatch(new RegExp(`^1:2:[^:]+:${hash}$`));
    expect(pinsHash([{ kind: 'same', from: null, to: null }])).not.toBe(hash);
  });
});

describe('ComparisonStore', () => {
  it('never holds more than its budget, evicting the least recently used result', () => {
    const budget = 10_000;
    const { s } = store(budget);
    for (let i = 0; i < 10; i += 1) {
      s.keep(`k${i}`, result(1000)); // 3,064 bytes each: three fit
      expect(s.bytes).toBeLessThanOrEqual(budget);
    }
    expect(s.result('k6')).toBeUndefined(); // k7, k8 and k9 remain
    expect(s.result('k7')).toBeDefined(); // touched: k8 is now the least recently used
    s.keep('k10', result(1000));
    expect(s.result('k8')).toBeUndefined();
    expect([s.result('k7'), s.result('k9'), s.result('k10')]).not.toContain(undefined);
  });

  it('does not keep a result larger than the whole budget', () => {
    const { s } = store(1000);
    s.keep('big', result(1000));
    expect(s.result('big')).toBeUndefined();
    expect(s.bytes).toBe(0);
  });

  it('charges versions and the name memos to the same budget as results', async () => {
    const a = version(1, ['x'.repeat(2000)]);
    const b = version(2, ['y'.repeat(2000)]);
    const budget = versionBytes(a) + versionBytes(b) + 2000;
    const { s, repo } = store(budget, [a, b]);
    const pair = await s.resolve('p', 'v1', 'v2');
    const memos = s.bytes;
    expect(memos).toBeGreaterThan(0); // pair and pins memos are charged too
    await s.versions(pair);
    expect(s.bytes).toBe(memos + versionBytes(a) + versionBytes(b));
    // A result that does not fit with them pushes the least recently used out.
    s.keep(pair.key, result(1000));
    expect(s.bytes).toBeLessThanOrEqual(budget);
    expect(s.result(pair.key)).toBeDefined();
    await s.versions(pair);
    expect(repo.loadVersion.mock.calls.length).toBeGreaterThan(2);
  });

  it('reuses what names resolve to until the database reports a commit', async () => {
    const a = version(1, ['one']);
    const b = version(2, ['two']);
    const { s, repo, commit } = store(1_000_000, [a, b]);
    const first = await s.resolve('p', 'v1', 'v2');
    expect(await s.resolve('p', 'v1', 'v2')).toEqual(first);
    expect(repo.versionRefs).toHaveBeenCalledTimes(1);
    expect(repo.curatedLinks).toHaveBeenCalledTimes(1);
    commit();
    await s.resolve('p', 'v1', 'v2');
    expect(repo.versionRefs).toHaveBeenCalledTimes(2);
    expect(repo.curatedLinks).toHaveBeenCalledTimes(2);
  });
});
