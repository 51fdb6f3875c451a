import { Command, CommanderError } from 'commander';
import pkg from '../../package.json';
import { EngineError } from '../engine';
import { registerArticle } from './article.command';
import { registerBrackets } from './brackets.command';
import { registerCompare } from './compare.command';
import { registerImport } from './import.command';
import { registerSeed } from './seed.command';
import { registerStatements } from './statements.command';
import { registerToken } from './token.command';
import { CliError, processIo } from './errors';
import type { CliIo } from './errors';

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;

export function buildProgram(io: CliIo): Command {
  const program = new Command('plandiff')
    .description('Compare successive versions of negotiated texts clause by clause.')
    .version(pkg.version, '-V, --version', 'print the plandiff version')
    .helpOption('-h, --help', 'show help')
    .helpCommand(false)
    // `import --version v28` is the new version's slug, not a request for plandiff's version.
    .enablePositionalOptions()
    .showHelpAfterError('(add --help for usage)')
    // Commander would call process.exit itself; throwing lets main() choose the exit code.
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s.replace(/^error: /, 'plandiff: ')),
    })
    .addHelpText(
      'after',
      '\nRun "plandiff compare --help" or "plandiff import --help" for the options and examples.',
    );
  registerCompare(program, io);
  registerImport(program, io);
  registerToken(program, io);
  registerSeed(program, io);
  registerStatements(program, io);
  registerArticle(program, io);
  registerBrackets(program, io);
  return program;
}

/**
 * Runs the CLI on argv (as in process.argv) and returns the exit code; never exits itself.
 * Asynchronous because importing Word and PDF files and the database commands are.
 */
export async function mainAsync(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'node' });
    return EXIT_OK;
  } catch (err) {
    return exitCodeFor(err, io);
  }
}

function exitCodeFor(err: unknown, io: CliIo): number {
  // Commander has already printed its message (or the help/version text).
  if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  if (err instanceof CliError || err instanceof EngineError) {
    io.stderr(`plandiff: ${err.message}\n`);
    return EXIT_USAGE;
  }
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  io.stderr(`plandiff: internal error (please report it): ${detail}\n`);
  return EXIT_INTERNAL;
}

/** Entry point for bin/plandiff.js. */
export function run(): void {
  // `plandiff … | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT_OK);
    throw err;
  });
  // exitCode rather than exit(): lets pending stdout writes to a pipe finish.
  void mainAsync(process.argv).then((code) => {
    process.exitCode = code;
  });
}
