/**
 * An error the user can fix (bad arguments, unreadable input): printed as one line, no stack,
 * exit code 2. Anything else reaching the top level is a bug and exits 1.
 */
export class CliError extends Error {
  public override readonly name = 'CliError';
}

/** Where the CLI writes; injectable so the wiring can be exercised without a child process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is a terminal (someone reading), false for a pipe or a file. */
  readonly stdoutIsTTY?: boolean;
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  get stdoutIsTTY() {
    return process.stdout.isTTY === true;
  },
};

/**
 * Colour on a terminal unless the user said no (https://no-color.org: NO_COLOR set and not
 * empty) or the terminal cannot show it (TERM=dumb).
 */
export function colorAllowed(io: CliIo, env: NodeJS.ProcessEnv = process.env): boolean {
  if (io.stdoutIsTTY !== true) return false;
  if ((env['NO_COLOR'] ?? '') !== '') return false;
  return env['TERM'] !== 'dumb';
}
