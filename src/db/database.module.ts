import { Global, Inject, Injectable, Module } from '@nestjs/common';
import type { DynamicModule, OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, isPostgresUrl } from '../config/app-config';
import { DB_CHANGES, postgresChanges, sqliteChanges } from './changes';
import type { DbChanges } from './changes';
import { openDatabase, sqliteFile } from './client';
import type { Db } from './client';

export const DB = Symbol('DB');

@Injectable()
class DbCloser implements OnApplicationShutdown {
  public constructor(
    @Inject(DB) private readonly db: Db,
    @Inject(DB_CHANGES) private readonly changes: DbChanges,
  ) {}

  public async onApplicationShutdown(): Promise<void> {
    this.changes.close();
    await this.db.$disconnect();
  }
}

/** Provides the config and the client; migrations run before the app finishes booting. */
@Global()
@Module({})
export class CoreModule {
  public static forRoot(config: AppConfig, log?: (m: string) => void): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: DB,
          useFactory: () => openDatabase({ url: config.databaseUrl, ...(log ? { log } : {}) }),
        },
        {
          provide: DB_CHANGES,
          // After DB: the file exists and is migrated before the tracker opens it.
          inject: [DB],
          useFactory: (db: Db): DbChanges =>
            isPostgresUrl(config.databaseUrl)
              ? postgresChanges(db)
              : sqliteChanges(sqliteFile(config.databaseUrl)),
        },
        DbCloser,
      ],
      exports: [APP_CONFIG, DB, DB_CHANGES],
    };
  }
}
