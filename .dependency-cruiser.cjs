/**
 * Imports run one way (`npm run lint:imports`, part of `npm run check` and `npm test`).
 * Layers, lowest first; a layer imports only from layers below it:
 *   engine, lib  →  config, import, corpus  →  db, reports  →  common  →  modules  →
 *   app, cli, dashboard, openapi  →  main
 * Between modules (src/modules/*) the folder graph must have no circle either; file rules
 * cannot say that, so scripts/check-imports.mjs checks it on the same cruise.
 * @type {import('dependency-cruiser').IConfiguration}
 */
const above = (...folders) => `^src/(${folders.join('|')})(/|\\.ts$)`;
const TOP = ['app', 'app\\.module', 'main', 'cli', 'dashboard', 'openapi'];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle means neither module can be understood (or tested) without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'engine-is-pure',
      severity: 'error',
      comment: 'The engine is plain data in, plain data out: it imports nothing above it.',
      from: { path: '^src/engine/' },
      to: { path: '^src/', pathNot: '^src/engine/' },
    },
    {
      name: 'engine-door',
      severity: 'error',
      comment: 'Outside the engine, go through src/engine/index.ts, so its layout can change.',
      from: { path: '^src/', pathNot: '^src/engine/' },
      to: { path: '^src/engine/', pathNot: '^src/engine/index\\.ts$' },
    },
    {
      name: 'lib-is-a-leaf',
      severity: 'error',
      comment: 'src/lib holds generic utilities (LRU, gate): they know nothing of the project.',
      from: { path: '^src/lib/' },
      to: { path: '^src/', pathNot: '^src/lib/' },
    },
    {
      name: 'config-is-low',
      severity: 'error',
      from: { path: '^src/config/' },
      to: { path: '^src/', pathNot: '^src/(config|lib)/' },
    },
    {
      name: 'import-is-low',
      severity: 'error',
      comment: 'Importers turn files into clauses; they know nothing of HTTP, storage or modules.',
      from: { path: '^src/import/' },
      to: { path: '^src/', pathNot: '^src/(import|engine|lib|config)/' },
    },
    {
      name: 'corpus-is-low',
      severity: 'error',
      from: { path: '^src/corpus/' },
      to: { path: '^src/', pathNot: '^src/(corpus|engine|lib|config)/' },
    },
    {
      name: 'db-below-common',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/', pathNot: '^src/(db|config|lib|generated)/' },
    },
    {
      name: 'reports-below-modules',
      severity: 'error',
      comment: 'One report pipeline for the CLI and the API: it knows neither.',
      from: { path: '^src/reports/' },
      to: { path: '^src/', pathNot: '^src/(reports|engine|lib|config)/' },
    },
    {
      name: 'common-below-modules',
      severity: 'error',
      comment:
        'Shared HTTP pieces (problems, guard, DTO rules) are used by modules, not the reverse.',
      from: { path: '^src/common/' },
      to: { path: above('modules', 'db', 'reports', 'corpus', ...TOP) },
    },
    {
      name: 'modules-below-app',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: above(...TOP) },
    },
    {
      name: 'no-test-code-in-src',
      severity: 'error',
      comment: 'Test helpers stay out of what ships.',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
