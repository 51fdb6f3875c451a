import { Inject, Injectable } from '@nestjs/common';
import { ProblemException } from '../../common/problem';
import { DB } from '../../db/database.module';
import type { Db, Tx } from '../../db/client';
import type { Statement } from '../../engine';
import { writeAudit } from '../audit/audit.repository';
import type { Actor } from '../../common/actor';
import { insertPosition } from '../positions/positions.repository';
import type { NewPosition, PositionRecord } from '../positions/positions.repository';
import { parseTopics } from '../versions/versions.repository';
import type { ExtractionReport, Page, StatementRecord, StatementStatus } from './statements.types';

type StatementRow = {
  id: number;
  articleId: number;
  key: string;
  engineVersion: string;
  status: StatementStatus;
  speaker: string | null;
  party: string | null;
  role: string;
  quote: string;
  spanStart: number;
  spanEnd: number;
  mode: string;
  stance: StatementRecord['stance'];
  target: string;
  topics: string;
  date: string | null;
  confidence: number;
  reportedBy: string | null;
  reason: string | null;
  positionId: number | null;
  reviewedAt: Date | null;
  createdAt: Date;
};

export const toStatementRecord = (r: StatementRow): StatementRecord => ({
  id: r.id,
  article: r.articleId,
  key: r.key,
  engineVersion: r.engineVersion,
  status: r.status,
  speaker: r.speaker,
  party: r.party,
  role: r.role as StatementRecord['role'],
  quote: r.quote,
  span: [r.spanStart, r.spanEnd],
  mode: r.mode === 'reported' ? 'reported' : 'direct',
  stance: r.stance,
  target: JSON.parse(r.target) as StatementRecord['target'],
  topics: parseTopics(r.topics),
  date: r.date,
  confidence: r.confidence,
  reportedBy: r.reportedBy,
  reason: r.reason,
  position: r.positionId,
  reviewedAt: r.reviewedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

export interface StatementFilter {
  readonly status?: StatementStatus;
  readonly article?: number;
  readonly party?: string;
  readonly speaker?: string;
  readonly stance?: StatementRecord['stance'];
  readonly topic?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly offset: number;
}

/** A statement with what accepting it needs: its article's metadata. */
export interface StatementForReview {
  readonly statement: StatementRecord;
  readonly article: {
    readonly id: number;
    readonly title: string;
    readonly outlet: string;
    readonly date: string;
    readonly url: string | null;
    readonly language: string;
  };
}

/**
 * Stores an extraction's statements as `proposed`, inside the caller's transaction. Proposed
 * statements of other engine versions are replaced; reviewed ones (accepted or rejected) are never
 * touched, and a statement found again at a reviewed one's span is not proposed a second time.
 */
export async function storeExtraction(
  tx: Tx,
  planId: number,
  articleId: number,
  engineVersion: string,
  statements: readonly Statement[],
): Promise<ExtractionReport> {
  const { count: replaced } = await tx.statement.deleteMany({
    where: { articleId, status: 'proposed', engineVersion: { not: engineVersion } },
  });
  const kept = await tx.statement.findMany({
    where: { articleId },
    select: { key: true, engineVersion: true, status: true, spanStart: true, spanEnd: true },
  });
  const reviewedSpans = new Set(
    kept.filter((k) => k.status !== 'proposed').map((k) => `${k.spanStart}:${k.spanEnd}`),
  );
  const current = new Set(kept.filter((k) => k.engineVersion === engineVersion).map((k) => k.key));
  const fresh = statements.filter(
    (s) => !current.has(s.id) && !reviewedSpans.has(`${s.span[0]}:${s.span[1]}`),
  );
  // Two statements with one id in one result would break the unique key: keep the first.
  const seen = new Set<string>();
  const rows = fresh.filter((s) => !seen.has(s.id) && seen.add(s.id) !== undefined);
  if (rows.length > 0) {
    await tx.statement.createMany({
      data: rows.map((s) => ({
        planId,
        articleId,
        key: s.id,
        engineVersion,
        speaker: s.speaker,
        party: s.party,
        role: s.role,
        quote: s.quote,
        spanStart: s.span[0],
        spanEnd: s.span[1],
        mode: s.mode,
        stance: s.stance,
        target: JSON.stringify(s.target),
        topics: JSON.stringify(s.topics),
        date: s.date,
        confidence: s.confidence,
        reportedBy: s.reportedBy ?? null,
      })),
    });
  }
  return {
    engineVersion,
    created: rows.length,
    replaced,
    unchanged: statements.length - rows.length,
  };
}

@Injectable()
export class StatementsRepository {
  public constructor(@Inject(DB) private readonly db: Db) {}

  public async list(planId: number, f: StatementFilter): Promise<Page<StatementRecord>> {
    const where = {
      planId,
      ...(f.status !== undefined ? { status: f.status } : {}),
      ...(f.article !== undefined ? { articleId: f.article } : {}),
      ...(f.party !== undefined ? { party: f.party } : {}),
      ...(f.speaker !== undefined ? { speaker: f.speaker } : {}),
      ...(f.stance !== undefined ? { stance: f.stance } : {}),
      // Topics are a JSON array in a text column: the quoted name is a whole element.
      ...(f.topic !== undefined ? { topics: { contains: JSON.stringify(f.topic) } } : {}),
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
    const total = await this.db.statement.count({ where });
    const rows = await this.db.statement.findMany({
      where,
      orderBy: [{ articleId: 'asc' }, { spanStart: 'asc' }, { id: 'asc' }],
      take: f.limit,
      skip: f.offset,
    });
    return { items: rows.map(toStatementRecord), total, limit: f.limit, offset: f.offset };
  }

  public async partyNames(planId: number): Promise<string[]> {
    const rows = await this.db.party.findMany({ where: { planId }, select: { name: true } });
    return rows.map((r) => r.name);
  }

  public async forArticle(articleId: number): Promise<StatementRecord[]> {
    const rows = await this.db.statement.findMany({
      where: { articleId },
      orderBy: [{ spanStart: 'asc' }, { id: 'asc' }],
    });
    return rows.map(toStatementRecord);
  }

  public async findForReview(planId: number, id: number): Promise<StatementForReview | null> {
    const row = await this.db.statement.findFirst({
      where: { id, planId },
      include: {
        article: {
          select: { id: true, title: true, outlet: true, date: true, url: true, language: true },
        },
      },
    });
    return row === null ? null : { statement: toStatementRecord(row), article: row.article };
  }

  /**
   * Accepting creates the position and links both ways in one transaction. The status change is
   * conditional on `proposed`, so two reviewers racing on one statement cannot both accept it.
   */
  public async accept(
    planId: number,
    id: number,
    position: NewPosition,
    actor: Actor,
    planSlug: string,
  ): Promise<{ statement: StatementRecord; position: PositionRecord }> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.statement.updateMany({
        where: { id, planId, status: 'proposed' },
        data: { status: 'accepted', reviewedAt: new Date() },
      });
      if (count === 0) throw notProposed(id);
      const created = await insertPosition(tx, planId, position);
      const row = await tx.statement.update({
        where: { id },
        data: { positionId: created.id },
      });
      await writeAudit(tx, {
        planId,
        actor,
        action: 'statement.accept',
        target: `plan:${planSlug}/statement:${id}/position:${created.id}`,
      });
      return { statement: toStatementRecord(row), position: { ...created, statement: id } };
    });
  }

  public async reject(
    planId: number,
    id: number,
    reason: string,
    actor: Actor,
    planSlug: string,
  ): Promise<StatementRecord> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.statement.updateMany({
        where: { id, planId, status: 'proposed' },
        data: { status: 'rejected', reason, reviewedAt: new Date() },
      });
      if (count === 0) throw notProposed(id);
      await writeAudit(tx, {
        planId,
        actor,
        action: 'statement.reject',
        target: `plan:${planSlug}/statement:${id}`,
      });
      return toStatementRecord(await tx.statement.findUniqueOrThrow({ where: { id } }));
    });
  }
}

const notProposed = (id: number): ProblemException =>
  ProblemException.conflict(`Statement ${id} was already reviewed; only proposed ones can be.`);
