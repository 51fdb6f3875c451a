import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../../db/database.module';
import type { Db } from '../../db/client';
import type { Statement } from '../../engine';
import { writeAudit } from '../audit/audit.repository';
import type { Actor } from '../../common/actor';
import { storeExtraction } from '../statements/statements.repository';
import type { ExtractionReport, Page } from '../statements/statements.types';
import type { ArticleSummary, NewArticle } from './articles.types';

type ArticleRow = {
  id: number;
  key: string | null;
  title: string;
  outlet: string;
  date: string;
  url: string | null;
  language: string;
  sha256: string;
  text: string | null;
  createdAt: Date;
};

export interface ArticleFilter {
  readonly outlet?: string;
  readonly language?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly offset: number;
}

const SUMMARY_SELECT = {
  id: true,
  key: true,
  title: true,
  outlet: true,
  date: true,
  url: true,
  language: true,
  sha256: true,
  createdAt: true,
} as const;

@Injectable()
export class ArticlesRepository {
  public constructor(@Inject(DB) private readonly db: Db) {}

  public async list(planId: number, f: ArticleFilter): Promise<Page<ArticleSummary>> {
    const { limit, offset } = f;
    const where = {
      planId,
      ...(f.outlet !== undefined ? { outlet: f.outlet } : {}),
      ...(f.language !== undefined ? { language: f.language } : {}),
      ...(f.from !== undefined || f.to !== undefined
        ? {
            date: {
              ...(f.from !== undefined ? { gte: f.from } : {}),
              ...(f.to !== undefined ? { lte: f.to } : {}),
            },
          }
        : {}),
    };
    const total = await this.db.article.count({ where });
    const rows = await this.db.article.findMany({
      where,
      orderBy: [{ date: 'desc' }, { id: 'desc' }],
      take: limit,
      skip: offset,
      select: SUMMARY_SELECT,
    });
    // Review counts come from one grouped query; the list never loads article texts.
    const counts = await this.counts(rows.map((r) => r.id));
    return {
      items: rows.map((r) => summary(r, counts)),
      total,
      limit,
      offset,
    };
  }

  public async find(planId: number, id: number): Promise<ArticleRow | null> {
    return this.db.article.findFirst({ where: { id, planId } });
  }

  public async findByHash(planId: number, sha256: string): Promise<ArticleRow | null> {
    return this.db.article.findUnique({ where: { planId_sha256: { planId, sha256 } } });
  }

  public async summaryOf(row: ArticleRow): Promise<ArticleSummary> {
    return summary(row, await this.counts([row.id]));
  }

  /** The article, its proposed statements and the audit event, in one transaction. */
  public async create(
    planId: number,
    a: NewArticle,
    engineVersion: string,
    statements: readonly Statement[],
    actor: Actor,
    planSlug: string,
  ): Promise<ArticleRow> {
    return this.db.$transaction(async (tx) => {
      const row = await tx.article.create({ data: { planId, ...a } });
      await storeExtraction(tx, planId, row.id, engineVersion, statements);
      await writeAudit(tx, {
        planId,
        actor,
        action: 'article.create',
        target: `plan:${planSlug}/article:${row.id}`,
      });
      return row;
    });
  }

  public async reextract(
    planId: number,
    articleId: number,
    engineVersion: string,
    statements: readonly Statement[],
    actor: Actor,
    planSlug: string,
  ): Promise<ExtractionReport> {
    return this.db.$transaction(async (tx) => {
      const report = await storeExtraction(tx, planId, articleId, engineVersion, statements);
      await writeAudit(tx, {
        planId,
        actor,
        action: 'article.extract',
        target: `plan:${planSlug}/article:${articleId}`,
      });
      return report;
    });
  }

  private async counts(ids: readonly number[]): Promise<Map<number, ArticleSummary['review']>> {
    const out = new Map<number, { proposed: number; accepted: number; rejected: number }>();
    if (ids.length === 0) return out;
    const groups = await this.db.statement.groupBy({
      by: ['articleId', 'status'],
      where: { articleId: { in: [...ids] } },
      _count: { _all: true },
    });
    for (const g of groups) {
      const c = out.get(g.articleId) ?? { proposed: 0, accepted: 0, rejected: 0 };
      c[g.status] = g._count._all;
      out.set(g.articleId, c);
    }
    return out;
  }
}

function summary(
  r: Omit<ArticleRow, 'text'>,
  counts: ReadonlyMap<number, ArticleSummary['review']>,
): ArticleSummary {
  return {
    id: r.id,
    key: r.key,
    title: r.title,
    outlet: r.outlet,
    date: r.date,
    url: r.url,
    language: r.language,
    sha256: r.sha256,
    review: counts.get(r.id) ?? { proposed: 0, accepted: 0, rejected: 0 },
    createdAt: r.createdAt.toISOString(),
  };
}
