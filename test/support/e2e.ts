import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApp } from '../../src/app';
import type { AppConfig } from '../../src/config/app-config';
import { loadConfig } from '../../src/config/app-config';
import { TokensService } from '../../src/modules/tokens/tokens.service';
import type { Role } from '../../src/common/actor';

/**
 * Every e2e file runs once per backend: SQLite always, PostgreSQL when TEST_DATABASE_URL
 * (postgres://…) points at a server (`.ci/run` starts one).
 */
const PG_URL = process.env['TEST_DATABASE_URL'];
export const BACKENDS: readonly string[] = ['sqlite', ...(PG_URL ? ['postgresql'] : [])];
// .ci/run sets this so a lost TEST_DATABASE_URL fails CI instead of silently skipping PostgreSQL.
if (process.env['PLANDIFF_E2E_REQUIRE_PG'] === '1' && !PG_URL) {
  throw new Error('PLANDIFF_E2E_REQUIRE_PG=1 but TEST_DATABASE_URL is not set');
}

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly config: AppConfig;
  readonly tokens: Readonly<Record<Role, string>>;
  http(): TestAgent;
  /** Authorization header value for a role. */
  auth(role: Role): string;
}

/** Boots a fresh app on a fresh database before the block's tests; tears it down after. */
export function useTestApp(backend: string, overrides: Partial<AppConfig> = {}): TestApp {
  const state: {
    app?: NestExpressApplication;
    config?: AppConfig;
    tokens?: Record<Role, string>;
    cleanup?: () => Promise<void>;
  } = {};
  beforeAll(async () => {
    const { url, cleanup } = await freshDatabase(backend);
    state.cleanup = cleanup;
    state.config = {
      ...loadConfig({}),
      databaseUrl: url,
      rateLimit: { ttlMs: 60_000, limit: 1_000_000 },
      ...overrides,
    };
    state.app = await createApp(state.config, { logger: false, log: () => undefined });
    const tokens = state.app.get(TokensService);
    const cli = { tokenId: 'test' };
    state.tokens = {
      viewer: (await tokens.create('viewer', 'test viewer', cli)).token,
      editor: (await tokens.create('editor', 'test editor', cli)).token,
      admin: (await tokens.create('admin', 'test admin', cli)).token,
    };
  });
  afterAll(async () => {
    await state.app?.close();
    await state.cleanup?.();
  });
  const need = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('test app not started');
    return v;
  };
  return {
    get app() {
      return need(state.app);
    },
    get config() {
      return need(state.config);
    },
    get tokens() {
      return need(state.tokens);
    },
    http: () => request(need(state.app).getHttpServer()),
    auth: (role) => `Bearer ${need(state.tokens)[role]}`,
  };
}

let counter = 0;

export function freshDatabase(
  backend: string,
): Promise<{ url: string; cleanup: () => Promise<void> }> {
  if (backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'plandiff-e2e-'));
    return Promise.resolve({
      url: `file:${join(dir, 'test.db')}`,
      cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    });
  }
  if (!PG_URL) return Promise.reject(new Error('TEST_DATABASE_URL is not set'));
  // A schema per test file: as isolated as a database, and much cheaper to create and drop.
  const schema = `e2e_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const url = new URL(PG_URL);
  url.searchParams.set('schema', schema);
  return Promise.resolve({
    url: url.toString(),
    cleanup: async () => {
      const client = new Client({ connectionString: PG_URL });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  });
}

/** A small numbered text the engine segments into clauses 1-4 (3 with sub-points). */
export const SAMPLE_TEXT = [
  '1. Ukraine will not join NATO.',
  '2. The armed forces are capped at 600,000 personnel.',
  '3. Elections will be held within 100 days.',
  'a) Observers from the OSCE will attend.',
  'b) Results are certified by the commission.',
  '4. Sanctions are lifted in stages.',
].join('\n');

export const SAMPLE_TEXT_2 = [
  '1. The armed forces stay at 800,000 in peacetime.',
  '2. Ukraine will not join NATO.',
  '3. Sanctions are lifted in stages once the ceasefire holds.',
  '4. A joint commission reviews compliance every year.',
].join('\n');

/** One string field of every row of a JSON array response body. */
export const pluck = (rows: unknown, key: string): string[] =>
  (rows as Record<string, string>[]).map((r) => r[key]!);
