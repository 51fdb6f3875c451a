import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../../db/database.module';
import type { Db } from '../../db/client';
import { readInSlices } from '../../db/paged';
import { retryOnUniqueViolation } from '../../db/retry';
import { writeAudit } from '../audit/audit.repository';
import type { Actor } from '../../common/actor';
import type { Page } from '../../common/paging';
import { GRADES } from '../../engine';
import type { Grade } from '../../engine';
import { toSourceRef } from '../sources/sources.repository';
import type { SearchableClause } from './clause-search';
import type { SourceRef } from '../sources/sources.repository';
import { readTrackedChanges } from './tracked-changes';
import { insertVersion } from './version-insert';
import type {
  NewVersion,
  StoredClause,
  StoredTrackedChange,
  VersionDetail,
  VersionSummary,
} from './versions.types';

const SUMMARY_INCLUDE = {
  parents: { select: { parent: { select: { slug: true } } } },
  _count: { select: { clauses: true } },
} as const;

type SummaryRow = {
  slug: string;
  label: string | null;
  title: string;
  date: string;
  channel: string | null;
  author: string | null;
  basis: VersionSummary['basis'];
  grade: string | null;
  gradeNote: string | null;
  authorParties: string;
  aliases: string;
  notes: string | null;
  createdAt: Date;
  parents: { parent: { slug: string } }[];
  _count: { clauses: number };
};

const toSummary = (r: SummaryRow): VersionSummary => ({
  slug: r.slug,
  label: r.label,
  title: r.title,
  date: r.date,
  channel: r.channel,
  author: r.author,
  basis: r.basis,
  grade: r.grade,
  gradeNote: r.gradeNote,
  authorParties: parseTopics(r.authorParties),
  aliases: parseTopics(r.aliases),
  notes: r.notes,
  parents: r.parents.map((p) => p.parent.slug).sort(),
  clauseCount: r._count.clauses,
  createdAt: r.createdAt.toISOString(),
});

export interface VersionFilter {
  readonly from?: string;
  readonly to?: string;
  readonly grade?: Grade;
  readonly basis?: VersionSummary['basis'];
  readonly party?: string;
  readonly limit: number;
  readonly offset: number;
}

/**
 * The stored grades that include `grade`: the grade itself and every range ("A/D": the
 * version's clauses are graded A to D) that covers it.
 */
export function gradesCovering(grade: Grade): string[] {
  const at = GRADES.indexOf(grade);
  const out: string[] = [grade];
  GRADES.forEach((low, i) =>
    GRADES.forEach((high, j) => {
      if (i < j && i <= at && at <= j) out.push(`${low}/${high}`);
    }),
  );
  return out;
}

/** Topics (and author parties) are stored as a JSON array in a text column: portable across both databases. */
export const parseTopics = (raw: string): string[] => {
  const value: unknown = JSON.parse(raw);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
};

@Injectable()
export class VersionsRepository {
  public constructor(@Inject(DB) private readonly db: Db) {}

  public async list(planId: number, f: VersionFilter): Promise<Page<VersionSummary>> {
    const where = {
      planId,
      ...(f.from !== undefined || f.to !== undefined
        ? {
            date: {
              ...(f.from !== undefined ? { gte: f.from } : {}),
              ...(f.to !== undefined ? { lte: f.to } : {}),
            },
          }
        : {}),
      ...(f.grade !== undefined ? { grade: { in: gradesCovering(f.grade) } } : {}),
      ...(f.basis !== undefined ? { basis: f.basis } : {}),
      // Author parties are a JSON array in a text column: the quoted name is a whole element.
      ...(f.party !== undefined ? { authorParties: { contains: JSON.stringify(f.party) } } : {}),
    };
    // One after the other: the PostgreSQL driver warns about queries overlapping on a client.
    const total = await this.db.version.count({ where });
    const rows = await this.db.version.findMany({
      where,
      orderBy: [{ date: 'asc' }, { slug: 'asc' }],
      include: SUMMARY_INCLUDE,
      take: f.limit,
      skip: f.offset,
    });
    return { items: rows.map(toSummary), total, limit: f.limit, offset: f.offset };
  }

  public async exists(planId: number, slug: string): Promise<boolean> {
    const row = await this.db.version.findUnique({
      where: { planId_slug: { planId, slug } },
      select: { id: true },
    });
    return row !== null;
  }

  /** The slugs among `slugs` that exist in the plan. */
  public async existingSlugs(planId: number, slugs: readonly string[]): Promise<string[]> {
    const rows = await this.db.version.findMany({
      where: { planId, slug: { in: [...slugs] } },
      select: { slug: true },
    });
    return rows.map((r) => r.slug);
  }

  /** Every clause of the plan with text (placeholders left out), by version date then order. */
  public async searchable(planId: number): Promise<SearchableClause[]> {
    const rows = await this.db.clause.findMany({
      where: { version: { planId }, status: { not: 'placeholder' } },
      orderBy: [{ version: { date: 'asc' } }, { version: { slug: 'asc' } }, { order: 'asc' }],
      select: {
        label: true,
        text: true,
        status: true,
        topics: true,
        version: { select: { slug: true } },
      },
    });
    return rows.map((r) => ({
      version: r.version.slug,
      label: r.label,
      text: r.text,
      status: r.status,
      topics: parseTopics(r.topics),
    }));
  }

  /**
   * A version with its clauses and their sources. Three flat queries, joined here: Prisma loads
   * nested relations with `IN (…ids)`, which fails past the database's bound-parameter limit
   * (a 10,000-clause version could be stored but not read back).
   */
  /** The stored version's tracked changes (empty when it was not a Word file with any). */
  public async trackedChanges(planId: number, slug: string): Promise<StoredTrackedChange[] | null> {
    const row = await this.db.version.findUnique({
      where: { planId_slug: { planId, slug } },
      select: { id: true },
    });
    return row === null ? null : readTrackedChanges(this.db, row.id);
  }

  public async findDetail(planId: number, slug: string): Promise<VersionDetail | null> {
    const row = await this.db.version.findUnique({
      where: { planId_slug: { planId, slug } },
      include: SUMMARY_INCLUDE,
    });
    if (!row) return null;
    // In slices: a 10,000-clause version read at once held the event loop for a second.
    const rows = await readInSlices((skip, take) =>
      this.db.clause.findMany({
        where: { versionId: row.id },
        orderBy: { order: 'asc' },
        skip,
        take,
      }),
    );
    const links = await readInSlices((skip, take) =>
      this.db.clauseSource.findMany({
        where: { clause: { versionId: row.id } },
        orderBy: [{ clauseId: 'asc' }, { sourceId: 'asc' }],
        skip,
        take,
      }),
    );
    const sources = await this.db.source.findMany({
      where: { clauses: { some: { clause: { versionId: row.id } } } },
    });
    const sourceById = new Map(sources.map((s) => [s.id, toSourceRef(s)]));
    const sourcesOf = new Map<number, SourceRef[]>();
    for (const l of links) {
      const list = sourcesOf.get(l.clauseId) ?? [];
      list.push(sourceById.get(l.sourceId)!);
      sourcesOf.set(l.clauseId, list);
    }
    const labelOf = new Map(rows.map((c) => [c.id, c.label]));
    const clauses: StoredClause[] = rows.map((c) => ({
      label: c.label,
      order: c.order,
      parent: c.parentId === null ? null : (labelOf.get(c.parentId) ?? null),
      text: c.text,
      status: c.status,
      topics: parseTopics(c.topics),
      sources: sourcesOf.get(c.id) ?? [],
      grade: c.grade,
      note: c.note,
    }));
    return { ...toSummary(row), clauses };
  }

  /**
   * Stores a version with its clauses, parent links and sources, and the audit event, in one
   * transaction. Parents must exist (the service checks); a duplicate slug throws P2002.
   */
  /**
   * Stores a version; with `before` (a Word file's text before its tracked changes, imported
   * with `revisions: both`), that one first, both in the one transaction.
   */
  public async create(
    planId: number,
    v: NewVersion,
    actor: Actor,
    planSlug: string,
    before?: NewVersion,
  ): Promise<void> {
    await retryOnUniqueViolation(() =>
      this.db.$transaction(
        async (tx) => {
          for (const version of before !== undefined ? [before, v] : [v]) {
            await insertVersion(tx, planId, version);
            await writeAudit(tx, {
              planId,
              actor,
              action: 'version.create',
              target: `plan:${planSlug}/version:${version.slug}`,
            });
          }
        },
        // Large versions (thousands of clauses) take longer than Prisma's 5 s default.
        { timeout: 60_000, maxWait: 10_000 },
      ),
    );
  }
}
