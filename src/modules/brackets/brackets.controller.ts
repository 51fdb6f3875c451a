import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiJson } from '../../common/api-docs';
import { PlanParamDto } from '../../common/dto';
import { VersionParamDto } from '../versions/versions.dto';
import {
  TRAJECTORY,
  TRAJECTORY_EXAMPLE,
  VERSION_BRACKETS,
  VERSION_BRACKETS_EXAMPLE,
} from './brackets.responses';
import { BracketsService } from './brackets.service';
import type { TrajectoryView, VersionBracketsView } from './brackets.view';

/**
 * Negotiating drafts (docs/brackets.md): a version's open brackets, options, status marks and
 * attributed proposals per clause, and the counts per version over time. The fate of each
 * bracket between two versions is part of the compare answer (`brackets`).
 */
@ApiTags('brackets')
@Controller('plans/:plan')
export class BracketsController {
  public constructor(private readonly brackets: BracketsService) {}

  @Get('versions/:version/brackets')
  @ApiJson(
    200,
    'Per clause: open brackets with their wordings and attributions, options, status marks',
    VERSION_BRACKETS,
    VERSION_BRACKETS_EXAMPLE,
  )
  public version(@Param() { plan, version }: VersionParamDto): Promise<VersionBracketsView> {
    return this.brackets.version(plan, version);
  }

  @Get('brackets/trajectory')
  @ApiJson(
    200,
    'Brackets, options and agreed clauses per version, oldest first',
    TRAJECTORY,
    TRAJECTORY_EXAMPLE,
  )
  public trajectory(@Param() { plan }: PlanParamDto): Promise<TrajectoryView> {
    return this.brackets.trajectory(plan);
  }
}
