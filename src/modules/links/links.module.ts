import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { LinksController } from './links.controller';
import { LinksRepository } from './links.repository';
import { LinksService } from './links.service';

@Module({
  imports: [PlansModule],
  controllers: [LinksController],
  providers: [LinksRepository, LinksService],
})
export class LinksModule {}
