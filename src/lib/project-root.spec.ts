import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './project-root';

describe('projectRoot', () => {
  const root = mkdtempSync(join(tmpdir(), 'plandiff-root-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds the repository from the build, which carries copies of package.json and docs/', () => {
    for (const d of ['docs/schemas', 'src/corpus', 'dist/docs/schemas', 'dist/src/corpus']) {
      mkdirSync(join(root, d), { recursive: true });
    }
    writeFileSync(join(root, 'package.json'), '{}');
    writeFileSync(join(root, 'tsconfig.json'), '{}');
    // What tsc emits for `import pkg from '../../package.json'` and the imported schemas.
    writeFileSync(join(root, 'dist', 'package.json'), '{}');
    expect(projectRoot(join(root, 'dist', 'src', 'corpus'))).toBe(root);
    expect(projectRoot(join(root, 'src', 'corpus'))).toBe(root);
  });
});
