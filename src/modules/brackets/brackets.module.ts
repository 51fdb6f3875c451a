import { Module } from '@nestjs/common';
import { AnalysisModule } from '../analysis/analysis.module';
import { BracketsController } from './brackets.controller';
import { BracketsService } from './brackets.service';

@Module({
  imports: [AnalysisModule],
  controllers: [BracketsController],
  providers: [BracketsService],
})
export class BracketsModule {}
