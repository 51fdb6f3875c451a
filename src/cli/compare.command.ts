import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { Option } from 'commander';
import type { Command } from 'commander';
import { EngineError, compareVersions } from '../engine';
import type { Comparison, ForbiddenLink, Overrides, PinnedLink, VersionText } from '../engine';
import {
  ConfigError,
  loadConfig,
  sourceDateEpoch as sourceDateEpochOf,
} from '../config/app-config';
import {
  PdfUnavailableError,
  REPORT_FORMATS,
  closePdfRenderer,
  isBinaryFormat,
  produceReport,
} from '../reports';
import type { ReportRequest } from '../reports';
import { CliError, colorAllowed } from './errors';
import type { CliIo } from './errors';
import { describeFsError, readTextFile, readVersion } from './read-input';
import { renderWordDiff } from './word-diff';

const MAX_OVERRIDES_BYTES = 1024 * 1024;

/** The report formats, and `diff`: the word diff a terminal shows (CLI only). */
export const CLI_FORMATS = [...REPORT_FORMATS, 'diff'] as const;
export type CliFormat = (typeof CLI_FORMATS)[number];

export interface CompareFlags {
  /** Absent: `diff` on a terminal, `json` into a pipe or a file. */
  readonly format?: CliFormat;
  readonly output?: string;
  readonly overrides?: string;
}

const EXAMPLES = `
Examples:
  $ plandiff compare plan-v1.txt plan-v2.txt                  on a terminal: each changed clause, words marked
  $ plandiff compare plan-v1.txt plan-v2.txt | jq .summary    into a pipe: JSON (plandiff.comparison/v1)
  $ plandiff compare plan-v1.txt plan-v2.txt --format json    JSON on a terminal too
  $ plandiff compare v1.txt v2.txt --format diff | less -R    the word diff into a pager ([-old-] {+new+})
  $ plandiff compare plan-v1.md plan-v2.md --format md        Markdown report for analysts
  $ plandiff compare draft.docx leaked.pdf --format md        Word, PDF, HTML and JSON inputs too
  $ plandiff compare v1.txt v2.txt --format html -o out.html  standalone HTML page written to out.html
  $ plandiff compare v1.txt v2.txt --format docx -o out.docx  Word report with tracked changes
  $ plandiff compare v1.txt v2.txt --format pdf -o out.pdf    PDF (needs Chromium: apt-get install chromium)
  $ plandiff compare v1.txt v2.txt --format csv -o out.csv    the change list, one row per change
  $ plandiff compare v1.txt v2.txt --overrides links.json     honour analyst decisions

An overrides file pins or forbids links between clause labels:
  { "pin": [{ "from": ["6"], "to": ["4"] }, { "from": ["10"], "to": ["10", "10a"] }],
    "forbid": [{ "from": "3", "to": "3" }] }

On a terminal, colour follows NO_COLOR (https://no-color.org): set, the word diff marks
deletions [-like this-] and insertions {+like this+} instead.

Exit codes: 0 success, 2 bad usage or input, 1 internal error.`;

export function registerCompare(program: Command, io: CliIo): void {
  program
    .command('compare')
    .description('compare two versions of a text clause by clause')
    .argument('<from>', 'the earlier version (.txt .md .json .docx .pdf .html, at most 10 MB)')
    .argument('<to>', 'the later version (same rules)')
    .addOption(
      new Option(
        '--format <format>',
        'output: diff (word diff), JSON contract, or a md/html/csv/docx/pdf report (default: diff on a terminal, json otherwise)',
      ).choices(CLI_FORMATS),
    )
    .option(
      '-o, --output <file>',
      'write the result to <file> instead of stdout (says what it wrote on stderr)',
    )
    .option(
      '--overrides <file.json>',
      'JSON file of analyst decisions: {"pin": [...], "forbid": [...]}',
    )
    .addHelpText('after', EXAMPLES)
    .action((from: string, to: string, flags: CompareFlags) => runCompare(from, to, flags, io));
}

export async function runCompare(
  fromPath: string,
  toPath: string,
  flags: CompareFlags,
  io: CliIo,
): Promise<void> {
  // A person at a terminal gets the word diff; a pipe, a file or a script gets the contract.
  const format: CliFormat =
    flags.format ?? (flags.output === undefined && io.stdoutIsTTY === true ? 'diff' : 'json');
  if (format !== 'diff' && isBinaryFormat(format) && flags.output === undefined) {
    throw new CliError(`--format ${format} writes a binary file: add -o <file>`);
  }
  // Read everything before writing anything, so a bad input never leaves a half-written file.
  const a = (await readVersion(fromPath, io)).version;
  const b = (await readVersion(toPath, io)).version;
  const overrides = flags.overrides === undefined ? undefined : readOverrides(flags.overrides);
  const comparison = compareWithOverrides(a, b, overrides, flags.overrides);
  const sourceLabel = { from: basename(fromPath), to: basename(toPath) };
  const content =
    format === 'diff'
      ? renderWordDiff(comparison, {
          // A file gets no escape codes; a terminal gets colour unless NO_COLOR says otherwise.
          color: flags.output === undefined && colorAllowed(io),
          sourceLabel,
        })
      : await report({
          comparison,
          format,
          provenance: {
            from: { slug: sourceLabel.from, title: comparison.from.title, clauses: a.clauses },
            to: { slug: sourceLabel.to, title: comparison.to.title, clauses: b.clauses },
            ...(overrides !== undefined ? { overrides } : {}),
          },
          sourceLabel,
        });
  writeOutput(content, format, flags, fromPath, toPath, io);
}

function writeOutput(
  content: string | Buffer,
  format: CliFormat,
  flags: CompareFlags,
  fromPath: string,
  toPath: string,
  io: CliIo,
): void {
  if (flags.output === undefined) {
    io.stdout(String(content));
    return;
  }
  const target = resolve(flags.output);
  if (target === resolve(fromPath) || target === resolve(toPath)) {
    throw new CliError(`${flags.output}: refusing to overwrite an input file`);
  }
  try {
    writeFileSync(target, content);
  } catch (err) {
    throw new CliError(`cannot write ${flags.output}: ${describeFsError(err)}`);
  }
  // stdout stays empty (it may be piped on); the note goes where people read notes.
  const bytes = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
  io.stderr(`wrote ${flags.output}: ${format}, ${bytes.toLocaleString('en-US')} bytes\n`);
}

/**
 * The shared report pipeline, with the settings it reads from the environment (validated: a bad
 * SOURCE_DATE_EPOCH or PLANDIFF_CHROMIUM is a usage error, not a silently different report).
 */
async function report(
  req: Omit<ReportRequest, 'sourceDateEpoch' | 'chromiumPath'>,
): Promise<string | Buffer> {
  try {
    const sourceDateEpoch = sourceDateEpochOf(process.env);
    // The same validated setting as the service (PLANDIFF_CHROMIUM), read only when needed.
    const chromiumPath = req.format === 'pdf' ? loadConfig(process.env).chromiumPath : undefined;
    return await produceReport({
      ...req,
      sourceDateEpoch,
      ...(chromiumPath !== undefined ? { chromiumPath } : {}),
    });
  } catch (err) {
    if (err instanceof PdfUnavailableError || err instanceof ConfigError) {
      throw new CliError(err.message);
    }
    throw err;
  } finally {
    // The CLI renders once: the shared browser must not keep the process alive.
    if (req.format === 'pdf') await closePdfRenderer();
  }
}

function compareWithOverrides(
  a: VersionText,
  b: VersionText,
  overrides: Overrides | undefined,
  overridesPath: string | undefined,
): Comparison {
  try {
    return compareVersions(a, b, overrides ? { overrides } : {});
  } catch (err) {
    // The engine cannot know which file the bad override came from; the user needs to.
    if (
      err instanceof EngineError &&
      err.code === 'invalid-override' &&
      overridesPath !== undefined
    ) {
      throw new CliError(`${overridesPath}: ${err.message}`);
    }
    throw err;
  }
}

export function readOverrides(path: string): Overrides {
  const text = readTextFile(path, { extensions: ['.json'], maxBytes: MAX_OVERRIDES_BYTES });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new CliError(
      `${path}: not valid JSON (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  return parseOverrides(value, path);
}

/** Checks the shape only; whether the labels exist is the engine's call (EngineError). */
export function parseOverrides(value: unknown, name: string): Overrides {
  const fail = (what: string): never => {
    throw new CliError(
      `${name}: ${what}; expected {"pin": [{"from": [...], "to": [...]}], "forbid": [{"from": "…", "to": "…"}]}`,
    );
  };
  if (!isRecord(value)) return fail('overrides must be a JSON object');
  const unknown = Object.keys(value).filter((k) => k !== 'pin' && k !== 'forbid');
  if (unknown.length > 0) fail(`unknown key ${JSON.stringify(unknown[0])}`);
  const pin: PinnedLink[] = [];
  const forbid: ForbiddenLink[] = [];
  for (const [i, link] of arrayAt(value, 'pin', fail).entries()) {
    if (!isRecord(link) || !isStringArray(link['from']) || !isStringArray(link['to'])) {
      return fail(`pin[${i}] must have "from" and "to" arrays of labels`);
    }
    pin.push({ from: link['from'], to: link['to'] });
  }
  for (const [i, link] of arrayAt(value, 'forbid', fail).entries()) {
    if (!isRecord(link) || typeof link['from'] !== 'string' || typeof link['to'] !== 'string') {
      return fail(`forbid[${i}] must have "from" and "to" labels (strings)`);
    }
    forbid.push({ from: link['from'], to: link['to'] });
  }
  return { pin, forbid };
}

function arrayAt(
  obj: Record<string, unknown>,
  key: string,
  fail: (what: string) => never,
): unknown[] {
  const v = obj[key];
  if (v === undefined) return [];
  return Array.isArray(v) ? (v as unknown[]) : fail(`"${key}" must be an array`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}
