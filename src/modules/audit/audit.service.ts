import { Injectable } from '@nestjs/common';
import { PlansService } from '../plans/plans.service';
import { AuditRepository } from './audit.repository';
import type { AuditEntry } from './audit.repository';

@Injectable()
export class AuditService {
  public constructor(
    private readonly plans: PlansService,
    private readonly audit: AuditRepository,
  ) {}

  /** Newest first. */
  public async list(plan: string, limit = 100): Promise<AuditEntry[]> {
    return this.audit.listForPlan(await this.plans.requireId(plan), limit);
  }
}
