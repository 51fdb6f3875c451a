import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { ComparisonsController } from './comparisons.controller';
import { ComparisonsRepository } from './comparisons.repository';
import { ComparisonsService } from './comparisons.service';

@Module({
  imports: [PlansModule],
  controllers: [ComparisonsController],
  providers: [ComparisonsRepository, ComparisonsService],
})
export class ComparisonsModule {}
