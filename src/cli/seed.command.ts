import type { Command } from 'commander';
import type { CliIo } from './errors';
import type * as ConfigModule from '../config/app-config';
import type * as DbModule from '../db/client';
import type * as SeedRepositoryModule from '../modules/seed/seed.repository';
import type * as SeedServiceModule from '../modules/seed/seed.service';

/**
 * `plandiff seed [DIR]`: loads a corpus (default: the shipped Ukraine 2025 corpus) into the
 * configured database and reports what it created and what was already there. Database code is
 * loaded lazily, as for `token`, so `compare` keeps working without one.
 */
export function registerSeed(program: Command, io: CliIo): void {
  program
    .command('seed')
    .description('load the corpus into the configured database (DATABASE_URL); idempotent')
    .argument(
      '[dir]',
      'corpus folder (plan.json, versions/, links.json, positions.json, sources.json)',
    )
    .action(async (dir?: string) => {
      /* eslint-disable @typescript-eslint/no-require-imports -- lazy: see above */
      require('reflect-metadata');
      const { loadConfig } = require('../config/app-config') as typeof ConfigModule;
      const { openDatabase } = require('../db/client') as typeof DbModule;
      const { SeedRepository } =
        require('../modules/seed/seed.repository') as typeof SeedRepositoryModule;
      const { SeedService, describeSeed } =
        require('../modules/seed/seed.service') as typeof SeedServiceModule;
      /* eslint-enable @typescript-eslint/no-require-imports */
      const db = await openDatabase({
        url: loadConfig(process.env).databaseUrl,
        log: () => undefined,
      });
      try {
        const report = await new SeedService(new SeedRepository(db)).seed(dir);
        io.stdout(`${describeSeed(report)}\n`);
      } finally {
        await db.$disconnect();
      }
    });
}
