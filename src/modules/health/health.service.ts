import { Inject, Injectable } from '@nestjs/common';
import { ServiceUnavailableException } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG, isPostgresUrl } from '../../config/app-config';
import { ENGINE_VERSION } from '../../engine';
import { HealthRepository } from './health.repository';

export interface Health {
  readonly status: 'ok';
  readonly engineVersion: string;
  readonly database: 'sqlite' | 'postgresql';
}

@Injectable()
export class HealthService {
  public constructor(
    private readonly health: HealthRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  public async check(): Promise<Health> {
    if (!(await this.health.ping())) throw new ServiceUnavailableException('Database unreachable.');
    return {
      status: 'ok',
      engineVersion: ENGINE_VERSION,
      database: isPostgresUrl(this.config.databaseUrl) ? 'postgresql' : 'sqlite',
    };
  }
}
