import { Module } from '@nestjs/common';
import { AnalysisModule } from '../analysis/analysis.module';
import { PlansModule } from '../plans/plans.module';
import { ComparisonReports } from './comparison-reports';
import { ComparisonStore } from './comparison-store';
import { ComparisonsController } from './comparisons.controller';
import { ComparisonsRepository } from './comparisons.repository';
import { ComparisonsService } from './comparisons.service';

@Module({
  imports: [PlansModule, AnalysisModule],
  controllers: [ComparisonsController],
  providers: [ComparisonsRepository, ComparisonStore, ComparisonReports, ComparisonsService],
})
export class ComparisonsModule {}
