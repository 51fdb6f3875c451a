#!/usr/bin/env node
// Fails on an import that runs the wrong way: the file rules of .dependency-cruiser.cjs (circles,
// layers, the engine's door) and, on the same cruise, circles between folders (src/<folder>,
// src/modules/<module>), which file rules cannot express: a.ts → b/x.ts and b/y.ts → a.ts make
// no file circle, yet the two folders can no longer be understood apart.
// Usage: node scripts/check-imports.mjs   (npm run lint:imports; part of npm test and check)
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs'));
const { output } = await cruise(
  ['src'],
  { validate: true, ruleSet: { forbidden: config.forbidden }, ...config.options },
  {},
  { tsConfig: extractTSConfig(config.options.tsConfig.fileName) },
);

const problems = output.summary.violations
  .filter((v) => v.rule.severity === 'error')
  .map((v) => {
    const via = v.cycle ? ` (${v.cycle.map((c) => c.name ?? c).join(' → ')})` : '';
    return `${v.rule.name}: ${v.from} → ${v.to}${via}`;
  });

/** src/modules/plans/x.ts → modules/plans; src/db/client.ts → db; src/app.ts → app. */
const folder = (path) => /^src\/(modules\/[^/]+|[^/]+?)(?:\/|\.[jt]s$)/.exec(path)?.[1];
const edges = new Map();
const example = new Map();
for (const m of output.modules) {
  const from = folder(m.source);
  for (const d of m.dependencies) {
    const to = folder(d.resolved);
    if (from === undefined || to === undefined || from === to) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from).add(to);
    if (!example.has(`${from}>${to}`)) example.set(`${from}>${to}`, `${m.source} → ${d.resolved}`);
  }
}
// Tarjan's strongly connected components: any component of more than one folder is a circle.
let index = 0;
const stack = [];
const state = new Map();
const components = [];
const visit = (v) => {
  const s = { index, low: index, onStack: true };
  index += 1;
  state.set(v, s);
  stack.push(v);
  for (const w of edges.get(v) ?? []) {
    const t = state.get(w);
    if (t === undefined) {
      visit(w);
      s.low = Math.min(s.low, state.get(w).low);
    } else if (t.onStack) s.low = Math.min(s.low, t.index);
  }
  if (s.low === s.index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      state.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component);
  }
};
for (const v of edges.keys()) if (!state.has(v)) visit(v);
for (const component of components) {
  const inside = new Set(component);
  const links = [...example]
    .filter(([k]) => k.split('>').every((f) => inside.has(f)))
    .map(([, e]) => `\n    ${e}`);
  problems.push(`folder-circle: ${component.sort().join(', ')}${links.join('')}`);
}

if (problems.length > 0) {
  console.error(`imports: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  console.error('Layers and reasons: .dependency-cruiser.cjs');
  process.exit(1);
}
console.log(
  `imports: one way (${output.summary.totalCruised} modules, ${output.summary.totalDependenciesCruised} imports)`,
);
