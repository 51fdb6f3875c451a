import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeReports } from '../../bench/reports';
import { timeStatements, writeArticle } from '../../bench/statements';
import { runTask, TASKS } from '../../bench/tasks';
import { generatePair } from '../synthetic/synthetic';

// The benchmark is not timed here (timed assertions are flaky); this only keeps its code working.
describe('benchmark tasks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-bench-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(TASKS)('%s runs on a small pair and reports time and memory', (task) => {
    const pair = generatePair({ clauses: 30, seed: 1 });
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, pair.a);
    writeFileSync(b, pair.b);
    const result = runTask(task, a, b);
    expect(result.warmMs).toBeGreaterThan(0);
    expect(result.peakRssMb).toBeGreaterThan(10);
    if (task === 'engine') expect(result.stages).toBeDefined();
  });

  it('times statement extraction on a small synthetic article', () => {
    const article = join(dir, 'article.txt');
    writeArticle(article, 300);
    const result = timeStatements(article, 1);
    expect(result.words).toBeGreaterThanOrEqual(300);
    expect(result.statements).toBeGreaterThan(0);
    expect(result.extractMs).toBeGreaterThan(0);
  });

  it('renders every report format of a small comparison', async () => {
    const timings = await timeReports(30);
    expect(timings.map((t) => t.format)).toEqual(['json', 'md', 'html', 'csv', 'docx', 'pdf']);
    for (const t of timings) expect(t.bytes).toBeGreaterThan(100);
  });
});
