/** Everything the service reads from the environment, validated once at boot. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** `file:…` (SQLite, relative to the project root) or `postgres(ql)://…`. */
  readonly databaseUrl: string;
  /** When true, reads need a `viewer` (or higher) token too. */
  readonly requireReadToken: boolean;
  /** Allowed CORS origins; empty disables CORS, `['*']` allows any origin. */
  readonly corsOrigins: readonly string[];
  readonly bodyLimitBytes: number;
  /** Time allowed to receive a request body (BODY_TIMEOUT_MS); past it, 408 and the connection closes. */
  readonly bodyTimeoutMs: number;
  /** Largest uploaded document (multipart `file`) accepted for import. */
  readonly uploadLimitBytes: number;
  /**
   * One memory budget for every comparison cache: finished comparisons, the versions behind
   * them and what request names resolve to (COMPARE_CACHE_MB, default 64). Nothing is stored in
   * the database. 0 turns the caches off: each request recomputes (for measuring the uncached
   * path; never needed in production).
   */
  readonly compareCacheBytes: number;
  readonly rateLimit: { readonly ttlMs: number; readonly limit: number };
  readonly trustProxy: boolean;
  /** Headless Chromium used for PDF reports (Debian's `chromium` package by default). */
  readonly chromiumPath: string;
  /**
   * SOURCE_DATE_EPOCH (seconds), the reproducible-builds convention: when set, reports say they
   * were generated then instead of now, so two runs give identical bytes. CLI and API alike.
   */
  readonly sourceDateEpoch: number | null;
}

export const DEFAULT_DATABASE_URL = 'file:./data/plandiff.db';
export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);

export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  public override readonly name = 'ConfigError';
}

/** Reads and validates the environment; lists every invalid variable at once. */
export function loadConfig(env: Env): AppConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be an integer in [${min}, ${max}], got ${JSON.stringify(raw)}`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string): boolean => {
    const raw = (env[name] ?? '').toLowerCase();
    if (['', '0', 'false', 'no'].includes(raw)) return false;
    if (['1', 'true', 'yes'].includes(raw)) return true;
    problems.push(`${name} must be true or false, got ${JSON.stringify(env[name])}`);
    return false;
  };
  const databaseUrl = env['DATABASE_URL'] || DEFAULT_DATABASE_URL;
  if (!databaseUrl.startsWith('file:') && !isPostgresUrl(databaseUrl)) {
    problems.push('DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)');
  }
  let config: AppConfig = {
    port: int('PORT', 3000, 0, 65535),
    host: env['HOST'] || '0.0.0.0',
    databaseUrl,
    requireReadToken: bool('PLANDIFF_REQUIRE_READ_TOKEN'),
    corsOrigins: (env['CORS_ORIGINS'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 5 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    bodyTimeoutMs: int('BODY_TIMEOUT_MS', 60_000, 100, 600_000),
    uploadLimitBytes: int('UPLOAD_LIMIT_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    compareCacheBytes: int('COMPARE_CACHE_MB', 64, 0, 16_384) * 1024 * 1024,
    rateLimit: {
      ttlMs: int('RATE_LIMIT_TTL_MS', 60_000, 1000, 3_600_000),
      limit: int('RATE_LIMIT_MAX', 600, 1, 1_000_000),
    },
    trustProxy: bool('TRUST_PROXY'),
    chromiumPath: env['PLANDIFF_CHROMIUM'] || '/usr/bin/chromium',
    sourceDateEpoch: null,
  };
  try {
    config = { ...config, sourceDateEpoch: sourceDateEpoch(env) };
  } catch (err) {
    problems.push((err as Error).message);
  }
  if (!config.chromiumPath.startsWith('/')) {
    problems.push('PLANDIFF_CHROMIUM must be an absolute path to the Chromium binary');
  }
  if (problems.length > 0) {
    throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return config;
}

/**
 * SOURCE_DATE_EPOCH as whole seconds since 1970, or null when unset. Read on its own too: the
 * CLI needs it without validating the service's settings.
 */
export function sourceDateEpoch(env: Env): number | null {
  const raw = env['SOURCE_DATE_EPOCH'];
  if (raw === undefined || raw === '') return null;
  if (!/^\d{1,12}$/u.test(raw)) {
    throw new ConfigError(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970, got ${JSON.stringify(raw)}`,
    );
  }
  return Number(raw);
}

export const APP_CONFIG = Symbol('APP_CONFIG');
