import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../../common/auth.guard';
import { ApiJson, s } from '../../common/api-docs';
import { PlanParamDto } from '../../common/dto';
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

  @Get()
  @ApiJson(200, 'The newest audit events of the plan', s.array(AUDIT_ENTRY), AUDIT_EXAMPLE)
  public list(@Param() { plan }: PlanParamDto, @Query() q: AuditQueryDto): Promise<AuditEntry[]> {
    return this.audit.list(plan, q.limit);
  }
}
