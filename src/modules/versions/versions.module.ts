import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { SearchController } from './search.controller';
import { VersionsController } from './versions.controller';
import { VersionsRepository } from './versions.repository';
import { VersionsService } from './versions.service';
import { UploadModule } from './versions.upload';

@Module({
  imports: [PlansModule, UploadModule],
  controllers: [VersionsController, SearchController],
  providers: [VersionsRepository, VersionsService],
  exports: [VersionsService],
})
export class VersionsModule {}
