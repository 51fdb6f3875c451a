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
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};
