import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../../db/database.module';
import type { Db, Tx } from '../../db/client';
import type { Actor } from '../../common/actor';

export interface AuditEntry {
  readonly id: number;
  readonly tokenId: string | null;
  readonly action: string;
  readonly target: string;
  readonly at: string;
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

  public async listForPlan(planId: number, limit: number): Promise<AuditEntry[]> {
    const rows = await this.db.auditEvent.findMany({
      where: { planId },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: limit,
    });
    return rows.map((r) => ({
      id: r.id,
      tokenId: r.tokenId,
      action: r.action,
      target: r.target,
      at: r.at.toISOString(),
    }));
  }
}
