import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { StatementsModule } from '../statements/statements.module';
import { UploadModule } from '../versions/versions.upload';
import { ArticlesController } from './articles.controller';
import { ArticlesRepository } from './articles.repository';
import { ArticlesService } from './articles.service';

@Module({
  imports: [PlansModule, StatementsModule, UploadModule],
  controllers: [ArticlesController],
  providers: [ArticlesRepository, ArticlesService],
})
export class ArticlesModule {}
