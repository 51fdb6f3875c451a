import { Inject, Injectable } from '@nestjs/common';
import { DB } from '../../db/database.module';
import type { Db } from '../../db/client';

@Injectable()
export class HealthRepository {
  public constructor(@Inject(DB) private readonly db: Db) {}

  /** True when the database answers a trivial query. */
  public async ping(): Promise<boolean> {
    try {
      await this.db.$queryRaw`SELECT 1`;
      return true;
    } catch {
      return false;
    }
  }
}
