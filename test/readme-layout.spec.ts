import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** The README's layout table names every source folder and every top-level folder in git. */
describe('README project layout', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('## Project layout'), readme.indexOf('## Scripts'));
  const listed = [...table.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\/$/, ''));
  const dirs = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => (dir === '.' ? d.name : `${dir}/${d.name}`));

  it('lists every folder of src/', () => {
    expect(dirs('src').filter((d) => !listed.some((l) => l === d))).toEqual([]);
  });

  it('lists every top-level folder of the repository', () => {
    const ignored = new Set(['node_modules', 'dist', 'coverage', 'data', 'test-output']);
    const top = dirs('.').filter((d) => !d.startsWith('.') && !ignored.has(d));
    expect(top.filter((d) => !listed.some((l) => l === d || l.startsWith(`${d}/`)))).toEqual([]);
  });
});
