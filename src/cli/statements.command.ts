import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { loadCorpus } from '../corpus/corpus';
import { projectRoot } from '../lib/project-root';
import { extractionContext } from '../corpus/statements-input';
import { EngineError, extractStatements, TOPIC_LEXICON } from '../engine';
import type { StatementsResult } from '../engine';
import { ImportError, MAX_IMPORT_BYTES, importText } from '../import';
import { CliError } from './errors';
import type { CliIo } from './errors';
import { describeFsError } from './read-input';
import { renderStatementsMarkdown } from './statements-markdown';

const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.docx', '.pdf'];

interface StatementsFlags {
  readonly date?: string;
  readonly plan: string;
  readonly format: 'json' | 'md';
}

/**
 * `plandiff statements FILE`: the statements an article reports, offline. The shipped corpus
 * (fixtures/plans/<plan>) gives the actor registry, the versions and their clauses; no database.
 */
export function registerStatements(program: Command, io: CliIo): void {
  program
    .command('statements')
    .description('extract who said what about the plan from a news article (offline)')
    .argument('<file>', `article (${ARTICLE_EXTENSIONS.join(' ')})`)
    .option('--date <YYYY-MM-DD>', 'the article date (else a leading "date YYYY-MM-DD" line)')
    .option('--plan <slug>', 'the plan whose registry, versions and clauses to use', 'ukraine-2025')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'md']).default('json'),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  plandiff statements article.txt --date 2025-12-02\n  plandiff statements report.docx --format md\n',
    )
    .action(async (file: string, flags: StatementsFlags) => {
      if (flags.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(flags.date)) {
        throw new CliError(`--date must be YYYY-MM-DD, not "${flags.date}"`);
      }
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(flags.plan)) {
        throw new CliError(`--plan must be a plan slug such as ukraine-2025, not "${flags.plan}"`);
      }
      const text = await readArticle(file);
      const corpus = loadPlan(flags.plan);
      const result = extractStatements({
        ...extractionContext(corpus, TOPIC_LEXICON),
        text,
        date: flags.date ?? null,
      });
      io.stdout(flags.format === 'md' ? renderStatementsMarkdown(result) : `${toJson(result)}\n`);
    });
}

function toJson(result: StatementsResult): string {
  return JSON.stringify(result, null, 2);
}

function loadPlan(slug: string): ReturnType<typeof loadCorpus> {
  const dir = join(projectRoot(), 'fixtures', 'plans', slug);
  try {
    statSync(join(dir, 'plan.json'));
  } catch {
    throw new CliError(`no shipped plan "${slug}" (looked in ${dir})`);
  }
  return loadCorpus(dir);
}

/** The article's plain text through the importers; unreadable or binary files are refused. */
async function readArticle(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new CliError(`${path}: is a directory, not a file`);
    if (stats.size > MAX_IMPORT_BYTES) {
      throw new CliError(`${path}: file is too large (limit 10 MB)`);
    }
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${path}: ${describeFsError(err)}`);
  }
  try {
    const { text } = await importText(bytes, path);
    return text;
  } catch (err) {
    if (err instanceof ImportError || err instanceof EngineError) {
      throw new CliError(`${path}: ${err.message}`);
    }
    throw err;
  }
}
