import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../../db/database.module';
import type { Db } from '../../db/client';
import { writeAudit } from '../audit/audit.repository';
import type { Actor } from '../../common/actor';

export interface PlanRecord {
  readonly slug: string;
  readonly title: string;
  readonly description: string | null;
  readonly createdAt: string;
  readonly versionCount: number;
}

export interface NewPlan {
  readonly slug: string;
  readonly title: string;
  readonly description?: string;
}

type PlanRow = {
  slug: string;
  title: string;
  description: string | null;
  createdAt: Date;
  _count: { versions: number };
};

const toRecord = (r: PlanRow): PlanRecord => ({
  slug: r.slug,
  title: r.title,
  description: r.description,
  createdAt: r.createdAt.toISOString(),
  versionCount: r._count.versions,
});

const WITH_COUNT = { _count: { select: { versions: true } } } as const;

@Injectable()
export class PlansRepository {
  public constructor(@Inject(DB) private readonly db: Db) {}

  public async list(): Promise<PlanRecord[]> {
    const rows = await this.db.plan.findMany({ orderBy: { slug: 'asc' }, include: WITH_COUNT });
    return rows.map(toRecord);
  }

  public async findBySlug(slug: string): Promise<PlanRecord | null> {
    const row = await this.db.plan.findUnique({ where: { slug }, include: WITH_COUNT });
    return row ? toRecord(row) : null;
  }

  public async findIdBySlug(slug: string): Promise<number | null> {
    const row = await this.db.plan.findUnique({ where: { slug }, select: { id: true } });
    return row?.id ?? null;
  }

  /** The plan's party names, by name. */
  public async partyNames(planId: number): Promise<string[]> {
    const rows = await this.db.party.findMany({
      where: { planId },
      select: { name: true },
      orderBy: { name: 'asc' },
    });
    return rows.map((r) => r.name);
  }

  public async versionExists(planId: number, slug: string): Promise<boolean> {
    const row = await this.db.version.findUnique({
      where: { planId_slug: { planId, slug } },
      select: { id: true },
    });
    return row !== null;
  }

  /** Throws Prisma P2002 (→ 409) on a duplicate slug. */
  public async create(plan: NewPlan, actor: Actor): Promise<PlanRecord> {
    return this.db.$transaction(async (tx) => {
      const row = await tx.plan.create({
        data: { slug: plan.slug, title: plan.title, description: plan.description ?? null },
        include: WITH_COUNT,
      });
      await writeAudit(tx, {
        planId: row.id,
        actor,
        action: 'plan.create',
        target: `plan:${row.slug}`,
      });
      return toRecord(row);
    });
  }
}
