/** @type {import('jest').Config} */
process.env.TZ = 'UTC';
const base = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    // See the transform's header: Prisma's generated client needs plain CommonJS under Jest.
    '/src/generated/.+\\.ts$': '<rootDir>/test/support/generated-transform.js',
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
  },
  // The generated Prisma client imports its siblings as './x.js' (ESM-style paths in CJS output).
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};
// npm test runs unit, system, e2e and browser with two workers: on the 2-core CI machine one worker
// left a core idle while e2e files booted servers and Chromium rendered (measured: 416 s wall at
// 159 % CPU with two, against ~100 % with Jest's default of one). The load project runs after
// them on its own, with Jest's default (one worker on 2 cores), because its bounds are about time.
module.exports = {
  // Booting the app and migrating a fresh database takes a few seconds per e2e file.
  testTimeout: 60_000,
  projects: [
    {
      ...base,
      displayName: 'unit',
      // In process and self-contained: no build, no child process, no browser.
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', '<rootDir>/test/system/'],
    },
    {
      ...base,
      displayName: 'system',
      // What needs more than the process: the built CLI as a child (tsc builds dist/ first),
      // headless Chromium for PDFs, pdftotext to read them back, forked bench tasks.
      testMatch: ['<rootDir>/test/system/**/*.spec.ts'],
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      // Each file boots the app against its own fresh database (a temp SQLite file and, when
      // TEST_DATABASE_URL is set, a fresh PostgreSQL schema), so files never share state.
    },
    {
      ...base,
      displayName: 'load',
      // Hostile inputs with time bounds ("a 2,000-page PDF is refused within a few seconds", health
      // p95 while uploads run). npm test runs this project alone after the others: beside two
      // other Jest workers its timings measured the machine's load, not the service.
      testMatch: ['<rootDir>/test/load/**/*.load-spec.ts'],
    },
    {
      ...base,
      displayName: 'browser',
      // The dashboard in real headless Chromium (/usr/bin/chromium, installed by .ci/run), against
      // the app on a fresh seeded SQLite database; screenshots go to test-output/screenshots/.
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      // DOM types only here (page.evaluate callbacks), not in the program that checks src/.
      transform: {
        ...base.transform,
        '^.+\\.ts$': [
          'ts-jest',
          { tsconfig: 'test/browser/tsconfig.json', diagnostics: { warnOnly: false } },
        ],
      },
    },
  ],
};
