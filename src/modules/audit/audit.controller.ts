import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../common/auth.guard';
import { PlanParamDto } from '../../common/dto';
import { Paged } from '../../common/paging';
import type { Page } from '../../common/paging';
import { AuditQueryDto } from './audit.dto';
import type { AuditEntry } from './audit.repository';
import { AUDIT_ENTRY, AUDIT_EXAMPLE } from './audit.responses';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiBearerAuth()
@RequireRole('admin')
@Controller('plans/:plan/audit')
export class AuditController {
  public constructor(private readonly audit: AuditService) {}

  /** A bare array (the page's items), as before paging; the total is in X-Total-Count. */
  @Get()
  @Paged('items', 'A page of the plan’s audit events, newest first', AUDIT_ENTRY, AUDIT_EXAMPLE)
  public list(
    @Param() { plan }: PlanParamDto,
    @Query() q: AuditQueryDto,
  ): Promise<Page<AuditEntry>> {
    return this.audit.list(plan, q);
  }
}
