import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SERVER_ENTRY } from '../../bench/server-process';

/** Newest modification time under `dir` (source files only). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (entry.name.endsWith('.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

const built = (): number => {
  try {
    return statSync(SERVER_ENTRY).mtimeMs;
  } catch {
    return 0;
  }
};

/**
 * Builds dist/ (`tsc -p tsconfig.build.json`) unless it is newer than every source file. Test
 * files that run the built code call this; a lock directory makes concurrent Jest workers build
 * once, and never spawn the server while another worker is rewriting dist/.
 */
export async function ensureBuilt(): Promise<void> {
  const lock = join(ROOT, 'node_modules', '.plandiff-build-lock');
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`stale build lock ${lock}: remove it`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    const sources = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'bench')));
    if (built() > sources) return;
    // tsc never deletes: a source file renamed into a folder (lexicon.ts → lexicon/index.ts) would
    // leave its old .js beside the new folder, and Node resolves the stale file first.
    rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
    const tsc = require.resolve('typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
  } finally {
    rmdirSync(lock);
  }
}
