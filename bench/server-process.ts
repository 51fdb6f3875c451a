/**
 * The built server (`node dist/src/main.js`) as a child process on a free loopback port, for the
 * API benchmark and the fault tests (which kill it). Needs `npm run build` (run by `npm ci`).
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

/** The project root: the nearest folder up with package.json and prisma/ (from bench/ or dist/bench/). */
export const ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'prisma'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no project root above ${__dirname}`);
    dir = up;
  }
  return dir;
})();
export const SERVER_ENTRY = join(ROOT, 'dist', 'src', 'main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Sends the signal and resolves when the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface StartOptions {
  readonly databaseUrl: string;
  /** Extra environment (RATE_LIMIT_MAX, BODY_LIMIT_BYTES, …). */
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

/** Starts the server and resolves once GET /api/health answers 200. */
export async function startServer(opts: StartOptions): Promise<ServerProcess> {
  if (!existsSync(SERVER_ENTRY)) {
    throw new Error(`${SERVER_ENTRY} is missing: run npm run build first`);
  }
  const port = await freePort();
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: opts.databaseUrl,
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const server: ServerProcess = {
    url,
    child,
    output: () => log,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status === 200) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop('SIGKILL');
      throw new Error(`server did not become healthy:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A token of `role` created with the built CLI against `databaseUrl` (the secret). */
export function createToken(databaseUrl: string, role: 'viewer' | 'editor' | 'admin'): string {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'bin', 'plandiff.js'), 'token', 'create', '--role', role],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`token create failed: ${r.stderr}`);
  return r.stdout.trim().split('\n').at(-1)!;
}
