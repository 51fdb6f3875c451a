import type { ImportResult } from '../import';
import type * as ValidationModule from '../common/validation';
import type * as ProblemModule from '../common/problem';
import type * as ConfigModule from '../config/app-config';
import type * as DbModule from '../db/client';
import type * as PlansRepositoryModule from '../modules/plans/plans.repository';
import type * as PlansServiceModule from '../modules/plans/plans.service';
import type * as DtoModule from '../modules/versions/versions.dto';
import type * as VersionsRepositoryModule from '../modules/versions/versions.repository';
import type * as VersionsServiceModule from '../modules/versions/versions.service';
import { CliError } from './errors';
import type { CliIo } from './errors';

export interface StoreFlags {
  readonly plan?: string;
  readonly version?: string;
  readonly title?: string;
  readonly date?: string;
  readonly parent?: readonly string[];
  readonly basis?: string;
  readonly grade?: string;
  readonly channel?: string;
  readonly label?: string;
  readonly revisions?: string;
  readonly originalVersion?: string;
}

const CLI = { tokenId: 'cli' };

/** DTO fields as the user typed them: the flag names, not the API's property names. */
const FLAG_OF: Readonly<Record<string, string>> = {
  slug: '--version',
  parents: '--parent',
  originalSlug: '--original-version',
};

/**
 * Stores an imported version through the same validation and service as the API (one
 * transaction, audited as `cli`). Database code is loaded lazily, as for `token` and `seed`,
 * so previews and `compare` need no database.
 */
export async function storeImportedVersion(
  result: ImportResult,
  flags: StoreFlags,
  name: string,
  io: CliIo,
): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports -- lazy: see above */
  require('reflect-metadata');
  const { createValidationPipe } = require('../common/validation') as typeof ValidationModule;
  const { ProblemException } = require('../common/problem') as typeof ProblemModule;
  const { loadConfig } = require('../config/app-config') as typeof ConfigModule;
  const { openDatabase } = require('../db/client') as typeof DbModule;
  const { PlansRepository } =
    require('../modules/plans/plans.repository') as typeof PlansRepositoryModule;
  const { PlansService } = require('../modules/plans/plans.service') as typeof PlansServiceModule;
  const { CreateVersionDto } = require('../modules/versions/versions.dto') as typeof DtoModule;
  const { VersionsRepository } =
    require('../modules/versions/versions.repository') as typeof VersionsRepositoryModule;
  const { VersionsService } =
    require('../modules/versions/versions.service') as typeof VersionsServiceModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const body = {
    slug: flags.version,
    title: flags.title,
    date: flags.date,
    ...(flags.parent !== undefined && flags.parent.length > 0 ? { parents: flags.parent } : {}),
    ...(flags.basis !== undefined ? { basis: flags.basis } : {}),
    ...(flags.grade !== undefined ? { grade: flags.grade } : {}),
    ...(flags.channel !== undefined ? { channel: flags.channel } : {}),
    ...(flags.label !== undefined ? { label: flags.label } : {}),
    ...(flags.revisions !== undefined ? { revisions: flags.revisions } : {}),
    ...(flags.originalVersion !== undefined ? { originalSlug: flags.originalVersion } : {}),
    clauses: result.version.clauses.map((c) => ({
      label: c.label,
      text: c.text,
      ...(c.parent !== undefined ? { parent: c.parent } : {}),
    })),
  };
  const config = loadConfig(process.env);
  const db = await openDatabase({ url: config.databaseUrl, log: () => undefined });
  try {
    const dto = (await createValidationPipe().transform(body, {
      type: 'body',
      metatype: CreateVersionDto,
    })) as InstanceType<typeof CreateVersionDto>;
    const service = new VersionsService(
      new PlansService(new PlansRepository(db)),
      new VersionsRepository(db),
      config,
    );
    io.stderr(`plandiff: ${name}: storing ${body.clauses.length} clauses…\n`);
    const stored = await service.create(flags.plan!, dto, CLI, undefined, result);
    if (result.original !== undefined && flags.revisions === 'both') {
      const original = flags.originalVersion ?? `${stored.slug}-original`;
      io.stdout(`stored version ${original} (the text before the tracked changes)\n`);
    }
    const tracked = result.revisions?.changes.length ?? 0;
    const with_ = tracked > 0 ? ` and ${tracked} tracked changes` : '';
    io.stdout(
      `stored version ${stored.slug} (${stored.clauseCount} clauses${with_}) in plan ${flags.plan!}\n`,
    );
  } catch (err) {
    if (err instanceof ProblemException) throw new CliError(describeProblem(err.problem));
    throw err;
  } finally {
    await db.$disconnect();
  }
}

function describeProblem(p: ProblemModule.Problem): string {
  if (p.errors === undefined || p.errors.length === 0) return p.detail ?? p.title;
  return p.errors
    .map((e) => {
      const field = e.field.split('.')[0]!;
      return `${FLAG_OF[field] ?? (field === 'clauses' ? e.field : `--${field}`)}: ${e.messages.join('; ')}`;
    })
    .join('\n');
}
