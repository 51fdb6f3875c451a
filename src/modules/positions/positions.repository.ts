import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../../db/database.module';
import type { Db, Tx } from '../../db/client';
import { retryOnUniqueViolation } from '../../db/retry';
import { writeAudit } from '../audit/audit.repository';
import type { Actor } from '../../common/actor';
import type { Page } from '../../common/paging';
import { toSourceRef, upsertSources } from '../sources/sources.repository';
import type { SourceInput, SourceRef } from '../sources/sources.repository';
import { parseTopics } from '../versions/versions.repository';
import type { Grade, Stance } from './positions.dto';
import { isGrade } from './positions.dto';

export interface PositionRecord {
  readonly id: number;
  /** Stable corpus key (p01 …) for seeded positions; null for positions added through the API. */
  readonly key: string | null;
  readonly party: string | null;
  readonly actor: { readonly name: string; readonly role: string | null } | null;
  readonly version: string | null;
  readonly clause: string | null;
  /** Every clause label the position names, when it names several ("12; 14"). */
  readonly labels: readonly string[];
  readonly topic: string | null;
  readonly stance: Stance;
  readonly quote: string | null;
  readonly date: string | null;
  /** The outlet that carried the quote (it may differ from the cited page's host). */
  readonly outlet: string | null;
  readonly note: string | null;
  /** Evidence grade A-D (docs/disputes.md); null for positions stored before grades existed. */
  readonly grade: Grade | null;
  /** The article whose reviewed statement this position is, and that statement. */
  readonly article: number | null;
  readonly statement: number | null;
  readonly sources: readonly SourceRef[];
  readonly createdAt: string;
}

export interface PositionFilter {
  readonly party?: string;
  readonly actor?: string;
  readonly topic?: string;
  readonly stance?: Stance;
  readonly grade?: Grade;
  readonly version?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface NewPosition {
  readonly party: string | null;
  readonly actor: string | null;
  readonly actorRole: string | null;
  readonly versionId: number | null;
  readonly clauseId: number | null;
  readonly topic: string | null;
  readonly stance: Stance;
  readonly quote: string | null;
  readonly date: string | null;
  readonly note: string | null;
  readonly grade: Grade | null;
  readonly outlet?: string | null;
  readonly articleId?: number | null;
  /**
   * Every clause label the position names: the target clause's, or several when the corpus names
   * several ("12; 14").
   */
  readonly labels?: readonly string[];
  readonly sources: readonly SourceInput[];
  /** The corpus key (p01 …) of a seeded position; absent for positions added through the API. */
  readonly key?: string;
}

const INCLUDE = {
  party: { select: { name: true } },
  actor: { select: { name: true, role: true } },
  version: { select: { slug: true } },
  clause: { select: { label: true } },
  sources: { include: { source: true }, orderBy: { sourceId: 'asc' } },
  statement: { select: { id: true } },
} as const;

type PositionRow = {
  id: number;
  key: string | null;
  labels: string;
  outlet: string | null;
  topic: string | null;
  stance: Stance;
  quote: string | null;
  date: string | null;
  note: string | null;
  grade: string | null;
  articleId: number | null;
  statement: { id: number } | null;
  createdAt: Date;
  party: { name: string } | null;
  actor: { name: string; role: string | null } | null;
  version: { slug: string } | null;
  clause: { label: string } | null;
  sources: { source: SourceRef }[];
};

const toRecord = (r: PositionRow): PositionRecord => ({
  id: r.id,
  key: r.key,
  party: r.party?.name ?? null,
  actor: r.actor ? { name: r.actor.name, role: r.actor.role } : null,
  version: r.version?.slug ?? null,
  clause: r.clause?.label ?? null,
  labels: parseTopics(r.labels),
  topic: r.topic,
  stance: r.stance,
  quote: r.quote,
  date: r.date,
  outlet: r.outlet,
  note: r.note,
  grade: isGrade(r.grade) ? r.grade : null,
  article: r.articleId,
  statement: r.statement?.id ?? null,
  sources: r.sources.map((s) => toSourceRef(s.source)),
  createdAt: r.createdAt.toISOString(),
});

@Injectable()
export class PositionsRepository {
  public constructor(@Inject(DB) private readonly db: Db) {}

  public async list(planId: number, f: PositionFilter): Promise<Page<PositionRecord>> {
    const where = {
      planId,
      ...(f.party !== undefined ? { party: { name: f.party } } : {}),
      ...(f.actor !== undefined ? { actor: { name: f.actor } } : {}),
      ...(f.topic !== undefined ? { topic: f.topic } : {}),
      ...(f.stance !== undefined ? { stance: f.stance } : {}),
      ...(f.grade !== undefined ? { grade: f.grade } : {}),
      ...(f.version !== undefined ? { version: { slug: f.version } } : {}),
      ...(f.from !== undefined || f.to !== undefined
        ? {
            date: {
              ...(f.from !== undefined ? { gte: f.from } : {}),
              ...(f.to !== undefined ? { lte: f.to } : {}),
            },
          }
        : {}),
    };
    // One after the other: the PostgreSQL driver warns about queries overlapping on a client.
    const total = await this.db.position.count({ where });
    const rows = await this.db.position.findMany({
      where,
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
      include: INCLUDE,
      take: f.limit,
      skip: f.offset,
    });
    return { items: rows.map(toRecord), total, limit: f.limit, offset: f.offset };
  }

  /** The stored role of a named actor, or null when the plan has no such actor. */
  public async actorRole(planId: number, name: string): Promise<string | null> {
    const row = await this.db.actor.findUnique({
      where: { planId_name: { planId, name } },
      select: { role: true },
    });
    return row?.role ?? null;
  }

  public async findTarget(
    planId: number,
    version: string,
    clause: string | null,
  ): Promise<
    { versionId: number; clauseId: number | null; labels: string[] } | 'no-version' | 'no-clause'
  > {
    const row = await this.db.version.findUnique({
      where: { planId_slug: { planId, slug: version } },
      select: { id: true },
    });
    if (!row) return 'no-version';
    if (clause === null) return { versionId: row.id, clauseId: null, labels: [] };
    const c = await this.db.clause.findUnique({
      where: { versionId_label: { versionId: row.id, label: clause } },
      select: { id: true },
    });
    // A position on a clause names it in `labels` too, as seeded positions do: disputes and the
    // analyses read the labels, not the clause id.
    return c ? { versionId: row.id, clauseId: c.id, labels: [clause] } : 'no-clause';
  }

  /** Parties and actors are created on first mention, by name, in the same transaction. */
  public async create(
    planId: number,
    p: NewPosition,
    actor: Actor,
    planSlug: string,
  ): Promise<PositionRecord> {
    return retryOnUniqueViolation(() =>
      this.db.$transaction(async (tx) => {
        const record = await insertPosition(tx, planId, p);
        await writeAudit(tx, {
          planId,
          actor,
          action: 'position.create',
          target: `plan:${planSlug}/position:${record.id}`,
        });
        return record;
      }),
    );
  }
}

/**
 * Stores one position inside the caller's transaction: parties and actors are created on first
 * mention, by name; its sources are upserted. Positions typed in, reviewed statements and the
 * seeded corpus all go through it, so a position is stored one way whoever writes it.
 */
export async function insertPosition(
  tx: Tx,
  planId: number,
  p: NewPosition,
): Promise<PositionRecord> {
  const party =
    p.party === null
      ? null
      : await tx.party.upsert({
          where: { planId_name: { planId, name: p.party } },
          create: { planId, name: p.party },
          update: {},
        });
  const person =
    p.actor === null
      ? null
      : await tx.actor.upsert({
          where: { planId_name: { planId, name: p.actor } },
          create: { planId, name: p.actor, role: p.actorRole, partyId: party?.id ?? null },
          update: {},
        });
  const sourceIds = await upsertSources(tx, planId, p.sources);
  const row = await tx.position.create({
    data: {
      planId,
      key: p.key ?? null,
      labels: JSON.stringify(p.labels ?? []),
      partyId: party?.id ?? null,
      actorId: person?.id ?? null,
      versionId: p.versionId,
      clauseId: p.clauseId,
      topic: p.topic,
      stance: p.stance,
      quote: p.quote,
      date: p.date,
      outlet: p.outlet ?? null,
      note: p.note,
      grade: p.grade,
      articleId: p.articleId ?? null,
      sources: { create: sourceIds.map((sourceId) => ({ sourceId })) },
    },
    include: INCLUDE,
  });
  return toRecord(row);
}
