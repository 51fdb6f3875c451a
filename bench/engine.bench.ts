/**
 * `npm run bench`: the engine end to end at 30 / 300 / 3,000 / 10,000 clauses next to, in the
 * same run, jsdiff `diffWords` and diff-match-patch on the whole documents and the bare cost of
 * reading and tokenizing both files. Every measurement runs in a fresh process so its peak RSS
 * is its own; times are the median of five warm runs after one cold run.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePair } from '../test/synthetic/synthetic';
import { timeReports } from './reports';
import { timeStatements, writeArticle } from './statements';
import { runTask, TASKS, type TaskResult, type TaskName } from './tasks';

const ALL_SIZES = [30, 300, 3000, 10_000];
// `npm run bench -- --sizes 10000` runs only the sizes named (the machine is shared).
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg >= 0 ? (process.argv[sizesArg + 1] ?? '').split(',').map(Number) : ALL_SIZES;
// Issue #18: 10,000 clauses end to end in 250 ms warm, in process, with at most 150 MB extra.
const TARGET_MS = 250;
const TARGET_EXTRA_MB = 150;
const REPORT_CLAUSES = 3000;
const STATEMENT_WORDS = 5000;
const STATEMENT_TARGET_MS = 50;

function measure(task: TaskName, a: string, b: string): Promise<TaskResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--task', task, a, b], { execArgv: ['--expose-gc'] });
    child.once('message', (message) => resolve(message as TaskResult));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${task} exited with ${code}`));
    });
  });
}

const ms = (x: number | undefined): string =>
  x === undefined ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(0);
/** x ÷ y; `atLeast` when x is only a lower bound (the alternative gave up before finishing). */
const ratio = (x: number | undefined, y: number | undefined, atLeast = false): string =>
  x === undefined || y === undefined || y === 0
    ? '—'
    : `${atLeast ? '> ' : ''}${(x / y).toFixed(1)}×`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-bench-'));
  const rows: string[] = [];
  const verdicts: string[] = [];
  try {
    for (const clauses of SIZES) {
      const pair = generatePair({ clauses, seed: 42 });
      const a = join(dir, `a-${clauses}.txt`);
      const b = join(dir, `b-${clauses}.txt`);
      writeFileSync(a, pair.a);
      writeFileSync(b, pair.b);
      const results = {} as Record<TaskName, TaskResult>;
      for (const task of TASKS) results[task] = await measure(task, a, b);
      const { floor, intern, engine, jsdiff, dmp } = results;
      rows.push(
        [
          clauses.toLocaleString('en'),
          `${Math.round(pair.a.length / 1024)} KB`,
          ms(floor.warmMs),
          ms(intern.warmMs),
          `${ms(engine.stages?.segment)} / ${ms(engine.stages?.align)} / ${ms(engine.stages?.diff)} / ${ms(engine.stages?.flags)} / ${ms(engine.stages?.rest)}`,
          ms(engine.warmMs),
          ms(engine.coldMs),
          `${engine.peakRssMb.toFixed(0)} / ${engine.extraRssMb.toFixed(0)}`,
          ratio(engine.warmMs, floor.warmMs),
          ratio(engine.warmMs, intern.warmMs),
          jsdiff.note ?? ms(jsdiff.warmMs),
          ratio(jsdiff.warmMs, engine.warmMs, jsdiff.note !== undefined),
          `${ms(dmp.warmMs)}${dmp.note !== undefined ? ` (${dmp.note})` : ''}`,
          ratio(dmp.warmMs, engine.warmMs),
        ].join(' | '),
      );
      if (clauses === 10_000) {
        verdicts.push(
          `10,000 clauses end to end: ${ms(engine.warmMs)} ms warm (target ≤ ${TARGET_MS} ms: ${engine.warmMs <= TARGET_MS ? 'met' : 'NOT met'}), ` +
            `peak RSS ${engine.peakRssMb.toFixed(0)} MB, ${engine.extraRssMb.toFixed(0)} MB extra (target ≤ ${TARGET_EXTRA_MB} MB: ${engine.extraRssMb <= TARGET_EXTRA_MB ? 'met' : 'NOT met'}), ` +
            `${ratio(engine.warmMs, floor.warmMs)} the fold+regex-split floor (${ms(floor.warmMs)} ms), ` +
            `${ratio(engine.warmMs, intern.warmMs)} the scan-and-intern floor (${ms(intern.warmMs)} ms)`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const header = [
    'clauses',
    'size (A)',
    'floor ms (fold + regex split)',
    'floor ms (scan + intern ids)',
    'engine segment / align / diff / flags / rest ms',
    'engine ms (warm)',
    'engine ms (cold)',
    'engine peak / extra RSS MB',
    'engine ÷ split floor',
    'engine ÷ intern floor',
    'jsdiff diffWords ms',
    'jsdiff ÷ engine',
    'diff-match-patch ms',
    'dmp ÷ engine',
  ];
  process.stdout.write(
    `plandiff engine benchmark (node ${process.version}, one core, synthetic pairs, seed 42; ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')} on ${cpus().length} cores)\n\n`,
  );
  process.stdout.write(`| ${header.join(' | ')} |\n|${header.map(() => ' ---: ').join('|')}|\n`);
  for (const row of rows) process.stdout.write(`| ${row} |\n`);
  process.stdout.write(`\n${verdicts.join('\n')}\n`);
  process.stdout.write(
    '\nfloors = read both files, then fold + regex-split (the engine tokenizer) or one character scan interning ' +
      'tokens to integer ids (bench/intern-floor.ts); extra RSS = peak minus the RSS before the first run; jsdiff and diff-match-patch diff the whole documents as one text ' +
      '(no clause alignment), jsdiff with a timeout so the run ends. Each cell is its own process ' +
      '(so peak RSS is per size); times are medians of 5 warm runs, stages medians of 3; ' +
      'engine ms = read both files + segment + compare; rest = kinds, topics and reading order.\n',
  );
  const articleDir = mkdtempSync(join(tmpdir(), 'plandiff-bench-article-'));
  const article = join(articleDir, 'article.txt');
  writeArticle(article, STATEMENT_WORDS);
  const st = timeStatements(article);
  rmSync(articleDir, { recursive: true, force: true });
  process.stdout.write(
    `\nStatements: a ${st.words.toLocaleString('en')}-word article, ${st.statements} statements in ` +
      `${ms(st.extractMs)} ms p50, ${ms(st.extractP90Ms)} ms p90, ${ms(st.extractCpuMs)} ms CPU p50 ` +
      `(target < ${STATEMENT_TARGET_MS} ms: ${st.extractMs < STATEMENT_TARGET_MS ? 'met' : 'MISSED'}); ` +
      `read-and-tokenize floor of the same file ${ms(st.floorMs)} ms p50, ${ms(st.floorP90Ms)} ms p90; ` +
      `${ratio(st.extractMs, st.floorMs)} the floor (p50); 21 warm runs, load average ` +
      `${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}.\n`,
  );
  // Reports (PDF above all: over a minute at 3,000 clauses) only when asked for.
  if (!process.argv.includes('--reports')) {
    process.stdout.write('\n(npm run bench -- --reports also times every report format.)\n');
    return;
  }
  const reports = await timeReports(REPORT_CLAUSES);
  process.stdout.write(
    `\nReports of the ${REPORT_CLAUSES.toLocaleString('en')}-clause comparison (cold / warm ms, size): ` +
      reports
        .map(
          (r) => `${r.format} ${ms(r.coldMs)} / ${ms(r.warmMs)} (${Math.round(r.bytes / 1024)} KB)`,
        )
        .join(', ') +
      '; cold PDF includes starting Chromium.\n',
  );
}

const taskIndex = process.argv.indexOf('--task');
if (taskIndex >= 0) {
  const [task, a, b] = process.argv.slice(taskIndex + 1) as [TaskName, string, string];
  process.send?.(runTask(task, a, b));
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
}
