import { Injectable } from '@nestjs/common';
import { ProblemException } from '../../common/problem';
import { AuditRepository } from './audit.repository';
import type { AuditEntry } from './audit.repository';

/** Reads the trail. Every module writes to it (writeAudit), so it depends on none of them. */
@Injectable()
export class AuditService {
  public constructor(private readonly audit: AuditRepository) {}

  /** Newest first. */
  public async list(plan: string, limit = 100): Promise<AuditEntry[]> {
    const planId = await this.audit.planId(plan);
    if (planId === null) throw ProblemException.notFound(`No plan "${plan}".`);
    return this.audit.listForPlan(planId, limit);
  }
}
