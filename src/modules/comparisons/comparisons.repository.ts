import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../../db/database.module';
import type { Db } from '../../db/client';
import { readInSlices } from '../../db/paged';
import type { CuratedLink, ReportSource, VersionForCompare, VersionRef } from './comparisons.types';

@Injectable()
export class ComparisonsRepository {
  public constructor(@Inject(DB) private readonly db: Db) {}

  /**
   * The ids of the named versions of a plan, one cheap query: a version's content never changes
   * under its id, so callers cache it by `id@createdAt` (createdAt guards against a reused id).
   */
  public async versionRefs(
    planId: number,
    slugs: readonly string[],
  ): Promise<Map<string, VersionRef>> {
    const rows = await this.db.version.findMany({
      where: { planId, slug: { in: [...slugs] } },
      select: { id: true, slug: true, createdAt: true },
    });
    return new Map(
      rows.map((r) => [
        r.slug,
        { id: r.id, slug: r.slug, ref: `${r.id}@${r.createdAt.getTime()}` },
      ]),
    );
  }

  /**
   * Placeholder clauses (announced but unknown points) are not compared. Parents are resolved
   * here, not by a nested include: Prisma would bind every parent id, and a large version
   * exceeds the database's parameter limit.
   */
  public async loadVersion(id: number): Promise<VersionForCompare | null> {
    const row = await this.db.version.findUnique({ where: { id } });
    if (!row) return null;
    // In slices, letting other requests run between them (src/db/paged.ts).
    const clauses = await readInSlices((skip, take) =>
      this.db.clause.findMany({
        where: { versionId: row.id },
        orderBy: { order: 'asc' },
        select: { id: true, label: true, text: true, status: true, parentId: true },
        skip,
        take,
      }),
    );
    const labelOf = new Map(clauses.map((c) => [c.id, c.label]));
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      date: row.date,
      channel: row.channel,
      basis: row.basis,
      grade: row.grade,
      incomplete: clauses.some((c) => c.status === 'placeholder'),
      clauses: clauses
        .filter((c) => c.status !== 'placeholder')
        .map((c) => {
          const parent = c.parentId === null ? undefined : labelOf.get(c.parentId);
          return { label: c.label, text: c.text, ...(parent !== undefined ? { parent } : {}) };
        }),
    };
  }

  /**
   * Every curated link of the plan, oldest first: a comparison follows chains through other
   * versions (v28:21d → v20us:r3 → v20:14), so the links of the compared pair are not enough.
   */
  public async curatedLinks(planId: number): Promise<CuratedLink[]> {
    const rows = await this.db.clauseLink.findMany({
      where: { planId },
      orderBy: { id: 'asc' },
      include: {
        fromVersion: { select: { slug: true } },
        toVersion: { select: { slug: true } },
        fromClause: { select: { label: true } },
        toClause: { select: { label: true } },
      },
    });
    return rows.map((r) => ({
      kind: r.kind,
      from: r.fromClause ? { version: r.fromVersion.slug, label: r.fromClause.label } : null,
      to: r.toClause ? { version: r.toVersion.slug, label: r.toClause.label } : null,
      ...(r.toClause ? {} : { toVersion: r.toVersion.slug }),
      ...(r.confidence !== null ? { confidence: r.confidence } : {}),
    }));
  }

  public async planTitle(planId: number): Promise<string> {
    const row = await this.db.plan.findUnique({ where: { id: planId }, select: { title: true } });
    return row?.title ?? '';
  }

  /** The distinct sources cited by the clauses of the given versions, by URL. */
  public async clauseSources(versionIds: readonly number[]): Promise<ReportSource[]> {
    const ids = [...versionIds];
    const rows = await this.db.source.findMany({
      where: { clauses: { some: { clause: { versionId: { in: ids } } } } },
      orderBy: { url: 'asc' },
      select: {
        url: true,
        outlet: true,
        title: true,
        date: true,
        // Which compared clauses each source supports, so the report can cite it from the change.
        clauses: {
          where: { clause: { versionId: { in: ids } } },
          select: { clause: { select: { label: true, version: { select: { slug: true } } } } },
        },
      },
    });
    return rows.map((r) => ({
      url: r.url,
      ...(r.outlet ? { outlet: r.outlet } : {}),
      ...(r.title ? { title: r.title } : {}),
      ...(r.date ? { date: r.date } : {}),
      clauses: r.clauses.map((c) => `${c.clause.version.slug}:${c.clause.label}`).sort(),
    }));
  }
}
