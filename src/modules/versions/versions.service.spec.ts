import { EngineError } from '../../engine';
import { ProblemException } from '../../common/problem';
import type { PlansService } from '../plans/plans.service';
import type { CreateVersionDto } from './versions.dto';
import type { VersionsRepository } from './versions.repository';
import { VersionsService, clausesOf } from './versions.service';

const dto = (extra: Partial<CreateVersionDto>): CreateVersionDto => ({
  slug: 'v2',
  title: 'T',
  date: '2025-01-01',
  ...extra,
});

describe('clausesOf', () => {
  it('segments text with the engine, keeping sub-point parents', async () => {
    const clauses = await clausesOf(dto({ text: '1. One.\n2. Two.\na) Two a.' }));
    expect(clauses.map((c) => [c.label, c.parent])).toEqual([
      ['1', null],
      ['2', null],
      ['2a', '2'],
    ]);
  });

  it('refuses text without points, both or neither of text/clauses, bad labels and parents', async () => {
    await expect(clausesOf(dto({ text: 'prose only' }))).rejects.toThrow(EngineError);
    await expect(clausesOf(dto({}))).rejects.toThrow(ProblemException);
    await expect(
      clausesOf(dto({ text: '1. a', clauses: [{ label: '1', text: 'a' }] })),
    ).rejects.toThrow(ProblemException);
    await expect(
      clausesOf(
        dto({
          clauses: [
            { label: '1', text: 'a' },
            { label: '1', text: 'b' },
          ],
        }),
      ),
    ).rejects.toThrow(/Duplicate clause label/);
    await expect(
      clausesOf(dto({ clauses: [{ label: '1', text: 'a', parent: '1' }] })),
    ).rejects.toThrow(/not another clause/);
  });
});

describe('VersionsService.create', () => {
  function setup(existing: string[]) {
    const plans = { requireId: jest.fn().mockResolvedValue(3) } as unknown as PlansService;
    const repo = {
      existingSlugs: jest.fn((_: number, slugs: readonly string[]) =>
        Promise.resolve(slugs.filter((s) => existing.includes(s))),
      ),
      exists: jest.fn((_: number, slug: string) => Promise.resolve(existing.includes(slug))),
      create: jest.fn().mockResolvedValue(undefined),
      findDetail: jest.fn().mockResolvedValue({ slug: 'v2', clauses: [] }),
    };
    return {
      service: new VersionsService(plans, repo as unknown as VersionsRepository, {
        uploadLimitBytes: 1024 * 1024,
      }),
      repo,
    };
  }
  const actor = { tokenId: 't' };

  it('refuses an existing slug with 409 before writing anything', async () => {
    const { service, repo } = setup(['v2']);
    await expect(service.create('p', dto({ text: '1. a' }), actor)).rejects.toMatchObject({
      problem: { status: 409 },
    });
    expect(repo.create).not.toHaveBeenCalled();
  });

  it('refuses unknown parents and self-parenting', async () => {
    const { service } = setup(['v1']);
    await expect(
      service.create('p', dto({ text: '1. a', parents: ['v1', 'ghost'] }), actor),
    ).rejects.toThrow(/ghost/);
    await expect(
      service.create('p', dto({ text: '1. a', parents: ['v2'] }), actor),
    ).rejects.toThrow(/own parent/);
  });

  it('passes defaults and de-duplicated parents to the repository', async () => {
    const { service, repo } = setup(['v1']);
    await service.create('p', dto({ text: '1. a', parents: ['v1', 'v1'] }), actor);
    expect(repo.create).toHaveBeenCalledWith(
      3,
      expect.objectContaining({ basis: 'text', grade: null, parents: ['v1'] }),
      actor,
      'p',
    );
  });
});
