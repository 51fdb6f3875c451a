import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../../db/database.module';
import type { Db } from '../../db/client';
import { writeAudit } from '../audit/audit.repository';
import type { Actor, Role } from '../../common/actor';

export interface TokenRecord {
  readonly id: string;
  readonly role: Role;
  readonly label: string | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

@Injectable()
export class TokensRepository {
  public constructor(@Inject(DB) private readonly db: Db) {}

  public async create(args: {
    id: string;
    hash: string;
    role: Role;
    label: string | null;
    actor: Actor;
  }): Promise<TokenRecord> {
    return this.db.$transaction(async (tx) => {
      const row = await tx.apiToken.create({
        data: { id: args.id, hash: args.hash, role: args.role, label: args.label },
      });
      await writeAudit(tx, {
        planId: null,
        actor: args.actor,
        action: 'token.create',
        target: `token:${row.id}`,
      });
      return toRecord(row);
    });
  }

  /** Marks the token revoked; false when no such token (or already revoked). */
  public async revoke(id: string, actor: Actor): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.apiToken.updateMany({
        where: { id, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      if (count === 0) return false;
      await writeAudit(tx, { planId: null, actor, action: 'token.revoke', target: `token:${id}` });
      return true;
    });
  }

  public async findActiveByHash(hash: string): Promise<TokenRecord | null> {
    const row = await this.db.apiToken.findFirst({ where: { hash, revokedAt: null } });
    return row ? toRecord(row) : null;
  }

  public async list(): Promise<TokenRecord[]> {
    const rows = await this.db.apiToken.findMany({ orderBy: { createdAt: 'asc' } });
    return rows.map(toRecord);
  }
}

function toRecord(row: {
  id: string;
  role: Role;
  label: string | null;
  createdAt: Date;
  revokedAt: Date | null;
}): TokenRecord {
  return {
    id: row.id,
    role: row.role,
    label: row.label,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
  };
}
