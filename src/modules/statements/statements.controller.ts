import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../../common/auth.guard';
import { PlanParamDto } from '../../common/dto';
import type { Actor } from '../../common/actor';
import type { PositionRecord } from '../positions/positions.repository';
import {
  AcceptStatementDto,
  RejectStatementDto,
  StatementParamDto,
  StatementQueryDto,
} from './statements.dto';
import { StatementsService } from './statements.service';
import type { Page, StatementRecord } from './statements.types';

@ApiTags('statements')
@Controller('plans/:plan/statements')
export class StatementsController {
  public constructor(private readonly statements: StatementsService) {}

  @Get()
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
  public reject(
    @Param() { plan, id }: StatementParamDto,
    @Body() body: RejectStatementDto,
    @CurrentActor() actor: Actor,
  ): Promise<StatementRecord> {
    return this.statements.reject(plan, id, body.reason, actor);
  }
}
