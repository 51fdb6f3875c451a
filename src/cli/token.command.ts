import { Option } from 'commander';
import type { Command } from 'commander';
import type { CliIo } from './errors';
import type * as ConfigModule from '../config/app-config';
import type * as DbModule from '../db/client';
import type * as TokensRepositoryModule from '../modules/tokens/tokens.repository';
import type * as TokensServiceModule from '../modules/tokens/tokens.service';
import { ROLES } from '../common/actor';
import { CliError } from './errors';

/**
 * `plandiff token create|revoke|list`, against the database the server uses (DATABASE_URL,
 * default the SQLite file under ./data/). The database code is loaded only here, so
 * `plandiff compare` stays free of Prisma and works with no database at all.
 */
export function registerToken(program: Command, io: CliIo): void {
  const token = program
    .command('token')
    .description('manage API tokens in the configured database (DATABASE_URL)');
  token
    .command('create')
    .description('create a token; the secret is printed once, as the last line')
    .addOption(
      new Option('--role <role>', 'what the token may do').choices(ROLES).makeOptionMandatory(),
    )
    .option('--label <label>', 'a note on who or what uses the token')
    .action(async (flags: { role: (typeof ROLES)[number]; label?: string }) => {
      await withTokens(async (tokens) => {
        const { token: secret, record } = await tokens.create(flags.role, flags.label ?? null, CLI);
        io.stdout(
          `created token ${record.id} (role ${record.role}); store it now, it is not shown again:\n`,
        );
        io.stdout(`${secret}\n`);
      });
    });
  token
    .command('revoke')
    .description('revoke a token by id (the part after "pd_", before the next "_")')
    .argument('<id>', 'token id')
    .action(async (id: string) => {
      await withTokens(async (tokens) => {
        if (!(await tokens.revoke(id, CLI))) throw new CliError(`no active token ${id}`);
        io.stdout(`revoked token ${id}\n`);
      });
    });
  token
    .command('list')
    .description('list tokens (ids, roles, labels; never secrets)')
    .action(async () => {
      await withTokens(async (tokens) => {
        for (const t of await tokens.list()) {
          const state = t.revokedAt ? `revoked ${t.revokedAt}` : 'active';
          io.stdout(`${t.id}\t${t.role}\t${state}\t${t.label ?? ''}\n`);
        }
      });
    });
}

const CLI = { tokenId: 'cli' };

type TokensApi = TokensServiceModule.TokensService;

async function withTokens(fn: (tokens: TokensApi) => Promise<void>): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports -- lazy: see registerToken */
  require('reflect-metadata');
  const { loadConfig } = require('../config/app-config') as typeof ConfigModule;
  const { openDatabase } = require('../db/client') as typeof DbModule;
  const { TokensRepository } =
    require('../modules/tokens/tokens.repository') as typeof TokensRepositoryModule;
  const { TokensService } =
    require('../modules/tokens/tokens.service') as typeof TokensServiceModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const config = loadConfig(process.env);
  const db = await openDatabase({ url: config.databaseUrl, log: () => undefined });
  try {
    await fn(new TokensService(new TokensRepository(db)));
  } finally {
    await db.$disconnect();
  }
}
