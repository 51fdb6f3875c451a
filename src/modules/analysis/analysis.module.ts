import { Module } from '@nestjs/common';
import { AnalysisController } from './analysis.controller';
import { AnalysisService } from './analysis.service';
import { SnapshotRepository } from './snapshot.repository';

@Module({
  controllers: [AnalysisController],
  providers: [SnapshotRepository, AnalysisService],
  exports: [AnalysisService],
})
export class AnalysisModule {}
