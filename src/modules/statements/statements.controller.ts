import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../common/auth.guard';
import { ApiJson, s } from '../../common/api-docs';
import { PlanParamDto } from '../../common/dto';
import { Paged } from '../../common/paging';
import type { Actor } from '../../common/actor';
import type { PositionRecord } from '../positions/positions.repository';
import {
  AcceptStatementDto,
  RejectStatementDto,
  StatementParamDto,
  StatementQueryDto,
} from './statements.dto';
import { POSITION, POSITION_EXAMPLE } from '../positions/positions.responses';
import { STATEMENT, STATEMENT_EXAMPLE } from './statements.responses';
import { StatementsService } from './statements.service';
import type { Page, StatementRecord } from './statements.types';

@ApiTags('statements')
@Controller('plans/:plan/statements')
export class StatementsController {
  public constructor(private readonly statements: StatementsService) {}

  @Get()
  @Paged('page', 'A page of statements', STATEMENT, {
    items: [STATEMENT_EXAMPLE],
    total: 1,
    offset: 0,
    limit: 50,
  })
  public list(
    @Param() { plan }: PlanParamDto,
    @Query() q: StatementQueryDto,
  ): Promise<Page<StatementRecord>> {
    return this.statements.list(plan, q);
  }

  /** Turns a proposed statement into a position, with the editor's corrections. */
  @Post(':id/accept')
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiJson(
    201,
    'The statement, now accepted, and the position it became',
    s.object({ statement: STATEMENT, position: POSITION }),
    {
      statement: { ...STATEMENT_EXAMPLE, status: 'accepted', position: 12 },
      position: { ...POSITION_EXAMPLE, article: 5, statement: 41 },
    },
  )
  public accept(
    @Param() { plan, id }: StatementParamDto,
    @Body() body: AcceptStatementDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ statement: StatementRecord; position: PositionRecord }> {
    return this.statements.accept(plan, id, body, actor);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiJson(200, 'The statement, now rejected', STATEMENT, {
    ...STATEMENT_EXAMPLE,
    status: 'rejected',
    reason: 'Not about the plan.',
  })
  public reject(
    @Param() { plan, id }: StatementParamDto,
    @Body() body: RejectStatementDto,
    @CurrentActor() actor: Actor,
  ): Promise<StatementRecord> {
    return this.statements.reject(plan, id, body.reason, actor);
  }
}
