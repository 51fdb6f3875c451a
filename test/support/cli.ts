import { mainAsync } from '../../src/cli/main';

/**
 * Runs the CLI in process against a database (as `DATABASE_URL`), restoring the environment
 * after; returns the exit code and what it printed.
 */
export async function cliWithDatabase(
  databaseUrl: string,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const saved = process.env['DATABASE_URL'];
  process.env['DATABASE_URL'] = databaseUrl;
  try {
    const code = await mainAsync(['node', 'plandiff', ...args], {
      stdout: (s) => void (out += s),
      stderr: (s) => void (err += s),
    });
    return { code, out, err };
  } finally {
    if (saved === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = saved;
  }
}
