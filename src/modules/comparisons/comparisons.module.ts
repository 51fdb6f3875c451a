import { Module } from '@nestjs/common';
import { AnalysisModule } from '../analysis/analysis.module';
import { PlansModule } from '../plans/plans.module';
import { ComparisonsController } from './comparisons.controller';
import { ComparisonsRepository } from './comparisons.repository';
import { ComparisonsService } from './comparisons.service';

@Module({
  imports: [PlansModule, AnalysisModule],
  controllers: [ComparisonsController],
  providers: [ComparisonsRepository, ComparisonsService],
})
export class ComparisonsModule {}
