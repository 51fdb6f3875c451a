import { basename } from 'node:path';
import type { Command } from 'commander';
import { ImportError, MAX_IMPORT_BYTES, formatFromFilename, importText } from '../import';
import type * as ValidationModule from '../common/validation';
import type * as ProblemModule from '../common/problem';
import type * as ConfigModule from '../config/app-config';
import type * as DbModule from '../db/client';
import type * as SnapshotModule from '../modules/analysis/snapshot.repository';
import type * as ArticlesDtoModule from '../modules/articles/articles.dto';
import type * as ArticlesRepositoryModule from '../modules/articles/articles.repository';
import type * as ArticlesServiceModule from '../modules/articles/articles.service';
import type * as PlansRepositoryModule from '../modules/plans/plans.repository';
import type * as PlansServiceModule from '../modules/plans/plans.service';
import type * as PositionsRepositoryModule from '../modules/positions/positions.repository';
import type * as StatementsRepositoryModule from '../modules/statements/statements.repository';
import type * as StatementsServiceModule from '../modules/statements/statements.service';
import { CliError } from './errors';
import type { CliIo } from './errors';
import { readBytes } from './read-input';

export interface ArticleFlags {
  readonly plan?: string;
  readonly outlet?: string;
  readonly date?: string;
  readonly url?: string;
  readonly title?: string;
  readonly language?: string;
}

const CLI = { tokenId: 'cli' };

const EXAMPLES = `
Examples:
  $ plandiff article import reuters-kremlin.txt --plan ukraine-2025 --outlet Reuters \\
      --date 2025-11-27 --url https://www.reuters.com/… --title "Kremlin says …"

The article is stored in the database the server uses (DATABASE_URL, default ./data/plandiff.db)
with its extracted statements, proposed for review (GET /api/plans/<plan>/statements). The same
text twice is stored once. Exit codes: 0 success, 2 bad usage or input, 1 internal error.`;

export function registerArticle(program: Command, io: CliIo): void {
  const article = program.command('article').description('news articles: store them for review');
  article
    .command('import')
    .description('store a news article (.txt .md .html .docx .pdf) and propose its statements')
    .argument('<file>', 'the article to read (at most 10 MB)')
    .requiredOption('--plan <slug>', 'plan the article is about (it must exist)')
    .requiredOption('--outlet <name>', 'the outlet that published it')
    .requiredOption('--date <YYYY-MM-DD>', 'publication date')
    .option('--url <url>', 'where it was published')
    .option('--title <title>', 'headline (default: the first line of the text)')
    .option('--language <code>', 'language, e.g. en, ru, uk (default: as detected)')
    .addHelpText('after', EXAMPLES)
    .action((file: string, flags: ArticleFlags) => runArticleImport(file, flags, io));
}

/** Read → check → store, through the API's own validation and service (audited as `cli`). */
export async function runArticleImport(
  path: string,
  flags: ArticleFlags,
  io: CliIo,
): Promise<void> {
  let text: string;
  try {
    formatFromFilename(path);
    text = (await importText(readBytes(path, MAX_IMPORT_BYTES), path)).text;
  } catch (err) {
    if (err instanceof ImportError) throw new CliError(`${path}: ${err.message}`);
    throw err;
  }
  /* eslint-disable @typescript-eslint/no-require-imports -- lazy, as in import-store.ts */
  require('reflect-metadata');
  const { createValidationPipe } = require('../common/validation') as typeof ValidationModule;
  const { ProblemException } = require('../common/problem') as typeof ProblemModule;
  const { loadConfig } = require('../config/app-config') as typeof ConfigModule;
  const { openDatabase } = require('../db/client') as typeof DbModule;
  const { SnapshotRepository } =
    require('../modules/analysis/snapshot.repository') as typeof SnapshotModule;
  const { CreateArticleDto } =
    require('../modules/articles/articles.dto') as typeof ArticlesDtoModule;
  const { ArticlesRepository } =
    require('../modules/articles/articles.repository') as typeof ArticlesRepositoryModule;
  const { ArticlesService } =
    require('../modules/articles/articles.service') as typeof ArticlesServiceModule;
  const { PlansRepository } =
    require('../modules/plans/plans.repository') as typeof PlansRepositoryModule;
  const { PlansService } = require('../modules/plans/plans.service') as typeof PlansServiceModule;
  const { PositionsRepository } =
    require('../modules/positions/positions.repository') as typeof PositionsRepositoryModule;
  const { StatementsRepository } =
    require('../modules/statements/statements.repository') as typeof StatementsRepositoryModule;
  const { StatementsService } =
    require('../modules/statements/statements.service') as typeof StatementsServiceModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const body = {
    outlet: flags.outlet,
    date: flags.date,
    text,
    ...(flags.url !== undefined ? { url: flags.url } : {}),
    ...(flags.title !== undefined ? { title: flags.title } : {}),
    ...(flags.language !== undefined ? { language: flags.language } : {}),
  };
  const config = loadConfig(process.env);
  const db = await openDatabase({ url: config.databaseUrl, log: () => undefined });
  try {
    const dto = (await createValidationPipe().transform(body, {
      type: 'body',
      metatype: CreateArticleDto,
    })) as InstanceType<typeof CreateArticleDto>;
    const plans = new PlansService(new PlansRepository(db));
    const statements = new StatementsRepository(db);
    const service = new ArticlesService(
      plans,
      new ArticlesRepository(db),
      new StatementsService(
        plans,
        statements,
        new PositionsRepository(db),
        new SnapshotRepository(db),
      ),
      statements,
      // The file passed the 10 MB import limit; the text limit is the server's upload limit.
      config,
    );
    const { created, article } = await service.create(flags.plan!, dto, CLI);
    io.stdout(
      created
        ? `stored article ${article.id} "${article.title}" in plan ${flags.plan!}: ` +
            `${article.review.proposed} statements proposed for review\n`
        : `${basename(path)} is already stored as article ${article.id} in plan ${flags.plan!}\n`,
    );
  } catch (err) {
    if (err instanceof ProblemException) {
      const p = err.problem;
      const detail =
        p.errors !== undefined && p.errors.length > 0
          ? p.errors.map((e) => `--${e.field}: ${e.messages.join('; ')}`).join('\n')
          : (p.detail ?? p.title);
      throw new CliError(detail);
    }
    throw err;
  } finally {
    await db.$disconnect();
  }
}
