import { basename } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { REVISION_CHOICES } from '../import';
import type { ImportResult, RevisionChoice } from '../import';
import { CliError } from './errors';
import type { CliIo } from './errors';
import { storeImportedVersion } from './import-store';
import type { StoreFlags } from './import-store';
import { readVersion } from './read-input';

export const PREVIEW_FORMATS = ['text', 'json'] as const;
export type PreviewFormat = (typeof PREVIEW_FORMATS)[number];

export interface ImportFlags extends StoreFlags {
  readonly dryRun?: boolean;
  readonly format: PreviewFormat;
  readonly revisions?: RevisionChoice;
}

/** Characters of each clause shown in the preview. */
const PREVIEW_CHARS = 80;

const EXAMPLES = `
Examples:
  $ plandiff import leaked-draft.docx --dry-run      list the clauses found (label and start)
  $ plandiff import plan.pdf --dry-run --format json the clauses as a plandiff.version/v1 file
  $ plandiff import returned.docx --dry-run --revisions both
                                                     a Word file's tracked changes: who changed
                                                     what, and both texts
  $ plandiff import geneva.pdf --plan ukraine-2025 --version g19 --title "Geneva 19 points" \\
      --date 2025-11-23 --parent v28 --basis reported --grade C
                                                     store it in the configured database

Storing writes to the database the server uses (DATABASE_URL, default ./data/plandiff.db), in
one transaction: the version is stored whole or not at all, and versions are immutable (a slug
already taken is refused).

Exit codes: 0 success, 2 bad usage or input, 1 internal error.`;

export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description(
      'read one version of a text (.txt .md .json .docx .pdf .html); preview it or store it',
    )
    .argument('<file>', 'the version to read (at most 10 MB)')
    .option('--dry-run', 'show the clauses found; store nothing')
    .addOption(
      new Option('--format <format>', 'preview format: a clause list, or plandiff.version/v1 JSON')
        .choices(PREVIEW_FORMATS)
        .default('text'),
    )
    .option('--plan <slug>', 'plan to store the version in (it must exist)')
    .option('--version <slug>', 'slug of the new version, e.g. v28')
    .option('--title <title>', 'title of the version')
    .option('--date <YYYY-MM-DD>', 'date of the version')
    .option('--parent <slug>', 'an earlier version it revises (repeatable)', collect, [])
    .addOption(
      new Option('--basis <basis>', 'published text, or reported in the press').choices([
        'text',
        'reported',
        'mixed',
      ]),
    )
    .option('--grade <grade>', 'evidence grade: A (best) to D, or a range such as A/B')
    .option('--channel <text>', 'how the text reached us (leak, official release, …)')
    .option('--label <text>', 'short display label, e.g. "28-point plan"')
    .addOption(
      new Option(
        '--revisions <which>',
        'a Word file with tracked changes: the text with every change accepted (default), the original before them, or both (two versions)',
      ).choices(REVISION_CHOICES),
    )
    .option(
      '--original-version <slug>',
      'with --revisions both: slug of the version before the changes (default <version>-original)',
    )
    .addHelpText('after', EXAMPLES)
    .action((file: string, flags: ImportFlags) => runImport(file, flags, io));
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * Import is read → check → (preview | store). The whole file is read and segmented before
 * anything is stored, so a bad input never leaves a partial version behind.
 */
export async function runImport(path: string, flags: ImportFlags, io: CliIo): Promise<void> {
  if (flags.dryRun !== true) {
    const missing = (['plan', 'version', 'title', 'date'] as const).filter(
      (k) => flags[k] === undefined,
    );
    if (missing.length > 0) {
      throw new CliError(
        `storing needs ${missing.map((k) => `--${k}`).join(', ')} (or add --dry-run to preview)`,
      );
    }
  }
  const result = await readVersion(path, io, flags.revisions);
  if (flags.dryRun === true) {
    io.stdout(flags.format === 'json' ? previewJson(result) : previewText(basename(path), result));
    return;
  }
  await storeImportedVersion(result, flags, basename(path), io);
}

export function previewText(name: string, result: ImportResult): string {
  const { version } = result;
  const width = Math.max(5, ...version.clauses.map((c) => c.label.length));
  const encoding = result.encoding === undefined ? '' : `, ${result.encoding}`;
  const lines = [
    `${name}: ${result.format}${encoding}, ${version.clauses.length} clauses`,
    `title: ${version.title === '' ? '(none)' : version.title}`,
    '',
    ...version.clauses.map((c) => `${c.label.padEnd(width)}  ${excerpt(c.text)}`),
  ];
  if (result.original !== undefined) {
    lines.push('', `before the tracked changes: ${result.original.version.clauses.length} clauses`);
    for (const c of result.original.version.clauses) {
      lines.push(`${c.label.padEnd(width)}  ${excerpt(c.text)}`);
    }
  }
  if (result.revisions !== undefined && result.revisions.changes.length > 0) {
    lines.push('', 'tracked changes:');
    for (const c of result.revisions.changes) {
      const where =
        c.clause === null ? '?' : `${c.clause}${c.version === 'original' ? ' (original)' : ''}`;
      const when = c.date === null ? '' : ` ${c.date.slice(0, 10)}`;
      lines.push(
        `  ${c.kind} by ${c.author ?? 'unknown'}${when}, clause ${where}: ${excerpt(c.text)}`,
      );
    }
  }
  for (const w of result.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n') + '\n';
}

function previewJson(result: ImportResult): string {
  const { title, clauses } = result.version;
  return (
    JSON.stringify(
      { schema: 'plandiff.version/v1', title: title || '(untitled)', clauses },
      null,
      2,
    ) + '\n'
  );
}

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length <= PREVIEW_CHARS ? text : `${chars.slice(0, PREVIEW_CHARS - 1).join('')}…`;
}
