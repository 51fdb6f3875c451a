import { Module } from '@nestjs/common';
import { AnalysisController } from './analysis.controller';
import { AnalysisService } from './analysis.service';
import { SchemasController, SchemasService } from './schemas.controller';
import { SnapshotRepository } from './snapshot.repository';

@Module({
  controllers: [AnalysisController, SchemasController],
  providers: [SnapshotRepository, AnalysisService, SchemasService],
  exports: [AnalysisService],
})
export class AnalysisModule {}
