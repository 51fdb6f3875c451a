import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to SQLite under ./data/, port 3000, open reads, 5 MB bodies', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      databaseUrl: 'file:./data/plandiff.db',
      requireReadToken: false,
      corsOrigins: [],
      bodyLimitBytes: 5 * 1024 * 1024,
      uploadLimitBytes: 10 * 1024 * 1024,
    });
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u@h/db',
      PLANDIFF_REQUIRE_READ_TOKEN: 'true',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      BODY_LIMIT_BYTES: '2048',
      UPLOAD_LIMIT_BYTES: '4096',
    });
    expect(c).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u@h/db',
      requireReadToken: true,
      corsOrigins: ['https://a.example', 'https://b.example'],
      bodyLimitBytes: 2048,
      uploadLimitBytes: 4096,
    });
  });

  it('lists every invalid variable at once', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(
      new ConfigError(
        'invalid configuration:\n' +
          '  DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)\n' +
          '  PORT must be an integer in [0, 65535], got "abc"',
      ),
    );
    expect(() => loadConfig({ PLANDIFF_REQUIRE_READ_TOKEN: 'maybe' })).toThrow(/true or false/);
  });

  it("takes Chromium (PDF reports) from PLANDIFF_CHROMIUM, Debian's path by default", () => {
    expect(loadConfig({}).chromiumPath).toBe('/usr/bin/chromium');
    expect(loadConfig({ PLANDIFF_CHROMIUM: '/opt/c/chrome' }).chromiumPath).toBe('/opt/c/chrome');
    expect(() => loadConfig({ PLANDIFF_CHROMIUM: 'chromium' })).toThrow(/absolute path/);
  });
});

describe('.env.example', () => {
  it('documents every variable loadConfig reads', () => {
    const root = join(__dirname, '..', '..');
    const source = readFileSync(join(root, 'src', 'config', 'app-config.ts'), 'utf8');
    const read = new Set(
      [...source.matchAll(/(?:env\[|int\(|bool\()'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]!),
    );
    expect(read.size).toBeGreaterThan(8);
    const example = readFileSync(join(root, '.env.example'), 'utf8');
    expect([...read].filter((name) => !example.includes(name))).toEqual([]);
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it('is whole seconds, or null when unset; anything else is a configuration error', () => {
    expect(loadConfig({}).sourceDateEpoch).toBeNull();
    expect(loadConfig({ SOURCE_DATE_EPOCH: '1763683200' }).sourceDateEpoch).toBe(1763683200);
    expect(() => loadConfig({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
    expect(() => loadConfig({ SOURCE_DATE_EPOCH: '-1' })).toThrow(ConfigError);
  });
});
