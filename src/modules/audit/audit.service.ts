import { Injectable } from '@nestjs/common';
import { checkDateRange, pageOf } from '../../common/paging';
import type { Page } from '../../common/paging';
import { ProblemException } from '../../common/problem';
import { AUDIT_PAGE } from './audit.dto';
import type { AuditQueryDto } from './audit.dto';
import { AuditRepository } from './audit.repository';
import type { AuditEntry } from './audit.repository';

/** Reads the trail. Every module writes to it (writeAudit), so it depends on none of them. */
@Injectable()
export class AuditService {
  public constructor(private readonly audit: AuditRepository) {}

  /** Newest first. */
  public async list(plan: string, q: AuditQueryDto = {}): Promise<Page<AuditEntry>> {
    const planId = await this.audit.planId(plan);
    if (planId === null) throw ProblemException.notFound(`No plan "${plan}".`);
    checkDateRange(q.from, q.to);
    const { limit, offset, ...filters } = q;
    return this.audit.listForPlan(planId, {
      ...filters,
      ...pageOf({ limit, offset }, AUDIT_PAGE.default),
    });
  }
}
