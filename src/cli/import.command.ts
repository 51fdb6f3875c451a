import { basename } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import type { ImportResult } from '../import';
import { CliError } from './errors';
import type { CliIo } from './errors';
import { readVersion } from './read-input';

export const PREVIEW_FORMATS = ['text', 'json'] as const;
export type PreviewFormat = (typeof PREVIEW_FORMATS)[number];

export interface ImportFlags {
  readonly dryRun?: boolean;
  readonly format: PreviewFormat;
}

/** Characters of each clause shown in the preview. */
const PREVIEW_CHARS = 80;

const EXAMPLES = `
Examples:
  $ plandiff import leaked-draft.docx --dry-run      list the clauses found (label and start)
  $ plandiff import plan.pdf --dry-run --format json the clauses as a plandiff.version/v1 file

Storing a version in the database (--plan, --version) is not available yet; --dry-run reads
and checks the file and stores nothing.

Exit codes: 0 success, 2 bad usage or input, 1 internal error.`;

export function registerImport(program: Command, io: CliIo): void {
  program
    .command('import')
    .description(
      'read one version of a text (.txt .md .json .docx .pdf .html) and show its clauses',
    )
    .argument('<file>', 'the version to read (at most 10 MB)')
    .option('--dry-run', 'show the clauses found; store nothing')
    .addOption(
      new Option('--format <format>', 'preview format: a clause list, or plandiff.version/v1 JSON')
        .choices(PREVIEW_FORMATS)
        .default('text'),
    )
    .addHelpText('after', EXAMPLES)
    .action((file: string, flags: ImportFlags) => runImport(file, flags, io));
}

/**
 * Import is read → check → (preview | store). The whole file is read and segmented before
 * anything would be stored, so a bad input never leaves a partial version behind; the storage
 * step (--plan/--version, a database) plugs in where the dry-run check is.
 */
export async function runImport(path: string, flags: ImportFlags, io: CliIo): Promise<void> {
  if (flags.dryRun !== true) {
    throw new CliError('storing imported versions is not available yet; add --dry-run to preview');
  }
  const result = await readVersion(path, io);
  io.stdout(flags.format === 'json' ? previewJson(result) : previewText(basename(path), result));
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
