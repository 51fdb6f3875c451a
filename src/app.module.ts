import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuthGuard } from './common/auth.guard';
import { ProblemFilter } from './common/problem.filter';
import { WindowCounterStorage } from './common/rate-limit-storage';
import type { AppConfig } from './config/app-config';
import { CoreModule } from './db/database.module';
import { AnalysisModule } from './modules/analysis/analysis.module';
import { ArticlesModule } from './modules/articles/articles.module';
import { AuditModule } from './modules/audit/audit.module';
import { BracketsModule } from './modules/brackets/brackets.module';
import { ComparisonsModule } from './modules/comparisons/comparisons.module';
import { HealthModule } from './modules/health/health.module';
import { LinksModule } from './modules/links/links.module';
import { PlansModule } from './modules/plans/plans.module';
import { PositionsModule } from './modules/positions/positions.module';
import { ProblemsModule } from './modules/problems/problems.controller';
import { SeedModule } from './modules/seed/seed.module';
import { StatementsModule } from './modules/statements/statements.module';
import { TokensModule } from './modules/tokens/tokens.module';
import { VersionsModule } from './modules/versions/versions.module';

@Module({})
export class AppModule {
  public static forRoot(config: AppConfig, log?: (m: string) => void): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, log),
        ThrottlerModule.forRoot({
          throttlers: [{ ttl: config.rateLimit.ttlMs, limit: config.rateLimit.limit }],
          storage: new WindowCounterStorage(),
        }),
        TokensModule,
        HealthModule,
        ProblemsModule,
        PlansModule,
        VersionsModule,
        ComparisonsModule,
        PositionsModule,
        LinksModule,
        AuditModule,
        AnalysisModule,
        SeedModule,
        ArticlesModule,
        StatementsModule,
        BracketsModule,
      ],
      providers: [
        // Guards run in this order: rate limit first, so bad tokens cannot be tried at full speed.
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }
}
