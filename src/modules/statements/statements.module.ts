import { Module } from '@nestjs/common';
import { SnapshotRepository } from '../analysis/snapshot.repository';
import { PlansModule } from '../plans/plans.module';
import { PositionsRepository } from '../positions/positions.repository';
import { StatementsController } from './statements.controller';
import { StatementsRepository } from './statements.repository';
import { StatementsService } from './statements.service';

@Module({
  imports: [PlansModule],
  controllers: [StatementsController],
  providers: [StatementsRepository, StatementsService, PositionsRepository, SnapshotRepository],
  exports: [StatementsService, StatementsRepository],
})
export class StatementsModule {}
