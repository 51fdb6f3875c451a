import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../../db/database.module';
import type { Db } from '../../db/client';
import { retryOnUniqueViolation } from '../../db/retry';
import { writeAudit } from '../audit/audit.repository';
import type { Actor } from '../../common/actor';
import type { Page } from '../../common/paging';
import { toSourceRef, upsertSources } from '../sources/sources.repository';
import type { SourceInput, SourceRef } from '../sources/sources.repository';

export interface LinkEnd {
  readonly version: string;
  readonly label: string | null;
}

export interface LinkRecord {
  readonly id: number;
  readonly from: LinkEnd;
  readonly to: LinkEnd;
  readonly kind: string;
  readonly evidence: string | null;
  readonly confidence: string | null;
  readonly sources: readonly SourceRef[];
  readonly createdAt: string;
}

export interface LinkFilter {
  readonly kind?: string;
  readonly version?: string;
  readonly limit: number;
  readonly offset: number;
}

/** Ids resolved by the service; clause ids are null for a one-sided link. */
export interface NewLink {
  readonly fromVersionId: number;
  readonly toVersionId: number;
  readonly fromClauseId: number | null;
  readonly toClauseId: number | null;
  readonly kind: string;
  readonly evidence: string | null;
  readonly confidence: string | null;
  readonly sources: readonly SourceInput[];
}

const INCLUDE = {
  fromVersion: { select: { slug: true } },
  toVersion: { select: { slug: true } },
  fromClause: { select: { label: true } },
  toClause: { select: { label: true } },
  sources: { include: { source: true }, orderBy: { sourceId: 'asc' } },
} as const;

type LinkRow = {
  id: number;
  kind: string;
  evidence: string | null;
  confidence: string | null;
  createdAt: Date;
  fromVersion: { slug: string };
  toVersion: { slug: string };
  fromClause: { label: string } | null;
  toClause: { label: string } | null;
  sources: { source: SourceRef }[];
};

const toRecord = (r: LinkRow): LinkRecord => ({
  id: r.id,
  from: { version: r.fromVersion.slug, label: r.fromClause?.label ?? null },
  to: { version: r.toVersion.slug, label: r.toClause?.label ?? null },
  kind: r.kind,
  evidence: r.evidence,
  confidence: r.confidence,
  sources: r.sources.map((s) => toSourceRef(s.source)),
  createdAt: r.createdAt.toISOString(),
});

@Injectable()
export class LinksRepository {
  public constructor(@Inject(DB) private readonly db: Db) {}

  public async list(planId: number, f: LinkFilter): Promise<Page<LinkRecord>> {
    const where = {
      planId,
      ...(f.kind !== undefined ? { kind: f.kind } : {}),
      ...(f.version !== undefined
        ? { OR: [{ fromVersion: { slug: f.version } }, { toVersion: { slug: f.version } }] }
        : {}),
    };
    // One after the other: the PostgreSQL driver warns about queries overlapping on a client.
    const total = await this.db.clauseLink.count({ where });
    const rows = await this.db.clauseLink.findMany({
      where,
      orderBy: { id: 'asc' },
      include: INCLUDE,
      take: f.limit,
      skip: f.offset,
    });
    return { items: rows.map(toRecord), total, limit: f.limit, offset: f.offset };
  }

  /** Version id and its clause ids by label, or null when the version does not exist. */
  public async versionClauses(
    planId: number,
    slug: string,
  ): Promise<{ id: number; clauses: Map<string, number> } | null> {
    const row = await this.db.version.findUnique({
      where: { planId_slug: { planId, slug } },
      select: { id: true, clauses: { select: { id: true, label: true } } },
    });
    return row ? { id: row.id, clauses: new Map(row.clauses.map((c) => [c.label, c.id])) } : null;
  }

  public async create(
    planId: number,
    link: NewLink,
    actor: Actor,
    planSlug: string,
  ): Promise<LinkRecord> {
    return retryOnUniqueViolation(() =>
      this.db.$transaction(async (tx) => {
        const sourceIds = await upsertSources(tx, planId, link.sources);
        const row = await tx.clauseLink.create({
          data: {
            planId,
            fromVersionId: link.fromVersionId,
            toVersionId: link.toVersionId,
            fromClauseId: link.fromClauseId,
            toClauseId: link.toClauseId,
            kind: link.kind,
            evidence: link.evidence,
            confidence: link.confidence,
            sources: { create: sourceIds.map((sourceId) => ({ sourceId })) },
          },
          include: INCLUDE,
        });
        await writeAudit(tx, {
          planId,
          actor,
          action: 'link.create',
          target: `plan:${planSlug}/link:${row.id}`,
        });
        return toRecord(row);
      }),
    );
  }

  /** The kinds of the plan's links between two clauses, in this direction. */
  public async kindsBetween(
    planId: number,
    fromClauseId: number,
    toClauseId: number,
  ): Promise<string[]> {
    const rows = await this.db.clauseLink.findMany({
      where: { planId, fromClauseId, toClauseId },
      select: { kind: true },
    });
    return rows.map((r) => r.kind);
  }

  /**
   * Deletes a link, and audits it. With `ownerOnly`, only a link the actor's token created (its
   * `link.create` audit entry names the token) is deleted: the check and the deletion share one
   * transaction. Links seeded from the corpus were created by the CLI, never by a token.
   */
  public async delete(
    planId: number,
    id: number,
    actor: Actor,
    planSlug: string,
    ownerOnly: boolean,
  ): Promise<'deleted' | 'missing' | 'not-owner'> {
    const target = `plan:${planSlug}/link:${id}`;
    return this.db.$transaction(async (tx) => {
      const link = await tx.clauseLink.findFirst({ where: { id, planId }, select: { id: true } });
      if (link === null) return 'missing';
      if (ownerOnly) {
        const created = await tx.auditEvent.findFirst({
          where: { planId, action: 'link.create', target },
          orderBy: { id: 'desc' },
          select: { tokenId: true },
        });
        if (created?.tokenId !== actor.tokenId) return 'not-owner';
      }
      const { count } = await tx.clauseLink.deleteMany({ where: { id, planId } });
      if (count === 0) return 'missing';
      await writeAudit(tx, { planId, actor, action: 'link.delete', target });
      return 'deleted';
    });
  }
}
