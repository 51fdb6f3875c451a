import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../../db/database.module';
import type { Db, Tx } from '../../db/client';
import type { Actor } from '../../common/actor';
import type { Page } from '../../common/paging';
import { AUDIT_ACTIONS } from './audit.dto';

export interface AuditEntry {
  readonly id: number;
  readonly tokenId: string | null;
  readonly action: string;
  readonly target: string;
  readonly at: string;
}

export interface AuditFilter {
  /** An action, or a noun ("version") for all its actions. */
  readonly action?: string;
  readonly token?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface AuditWrite {
  readonly planId: number | null;
  readonly actor: Actor;
  readonly action: string;
  readonly target: string;
}

/** Called by other repositories inside their transaction, so a write and its audit commit together. */
export async function writeAudit(tx: Tx, event: AuditWrite): Promise<void> {
  await tx.auditEvent.create({
    data: {
      planId: event.planId,
      tokenId: event.actor.tokenId,
      action: event.action,
      target: event.target,
    },
  });
}

@Injectable()
export class AuditRepository {
  public constructor(@Inject(DB) private readonly db: Db) {}

  /** The plan's id, or null: the audit trail sits below the plans module and reads it itself. */
  public async planId(slug: string): Promise<number | null> {
    const row = await this.db.plan.findUnique({ where: { slug }, select: { id: true } });
    return row?.id ?? null;
  }

  public async listForPlan(planId: number, f: AuditFilter): Promise<Page<AuditEntry>> {
    const where = {
      planId,
      ...(f.action !== undefined
        ? { action: isAction(f.action) ? f.action : { startsWith: `${f.action}.` } }
        : {}),
      ...(f.token !== undefined ? { tokenId: f.token } : {}),
      ...(f.from !== undefined || f.to !== undefined
        ? {
            at: {
              ...(f.from !== undefined ? { gte: new Date(`${f.from}T00:00:00.000Z`) } : {}),
              ...(f.to !== undefined ? { lt: dayAfter(f.to) } : {}),
            },
          }
        : {}),
    };
    // One after the other: the PostgreSQL driver warns about queries overlapping on a client.
    const total = await this.db.auditEvent.count({ where });
    const rows = await this.db.auditEvent.findMany({
      where,
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: f.limit,
      skip: f.offset,
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        tokenId: r.tokenId,
        action: r.action,
        target: r.target,
        at: r.at.toISOString(),
      })),
      total,
      limit: f.limit,
      offset: f.offset,
    };
  }
}

const isAction = (a: string): boolean => (AUDIT_ACTIONS as readonly string[]).includes(a);

/** The first instant after the UTC day `date` (YYYY-MM-DD). */
function dayAfter(date: string): Date {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}
