import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../src/cli/errors';
import { mainAsync } from '../src/cli/main';

/** `plandiff statements` in process: offline, shipped corpus, exit codes 0 and 2. */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plandiff-statements-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (s) => void (out += s), stderr: (s) => void (err += s) };
  const code = await mainAsync(['node', 'plandiff', 'statements', ...args], io);
  return { code, out, err };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const ARTICLE =
  'date 2025-12-02\nMoscow talks\n“Some American proposals seem acceptable, but the wording of others is not,” Ushakov said on Monday.\n';

describe('plandiff statements', () => {
  it('prints plandiff.statements/v1 JSON for a .txt article', async () => {
    const { code, out } = await cli(file('a.txt', ARTICLE));
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      schema: string;
      statements: { speaker: string; party: string; stance: string; date: string }[];
    };
    expect(result.schema).toBe('plandiff.statements/v1');
    expect(result.statements[0]).toMatchObject({
      speaker: 'Yuri Ushakov',
      party: 'Russia',
      stance: 'conditional',
      date: '2025-12-01',
    });
  });

  it('reads .html and .md through the importers, and --date overrides', async () => {
    const html = `<html><body><p>“The peace plan is not acceptable,” Lavrov said.</p></body></html>`;
    const { code, out } = await cli(file('a.html', html), '--date', '2025-11-25');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      article: { date: '2025-11-25' },
      statements: [{ stance: 'opposes' }],
    });
    const md = await cli(file('a.md', ARTICLE), '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.out).toContain('## Russia');
    expect(md.out).toContain('Yuri Ushakov');
  });

  it('prints an empty list with exit 0 when there are no statements', async () => {
    const { code, out } = await cli(file('none.txt', 'Nothing was said about anything.\n'));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ statements: [] });
  });

  it('exits 2 with a clear message on binary, unreadable or unsupported input', async () => {
    const binary = await cli(file('b.txt', Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0x00])));
    expect(binary.code).toBe(2);
    expect(binary.err).toMatch(/b\.txt: .*(NUL|UTF-8|binary)/u);
    const missing = await cli(join(dir, 'missing.txt'));
    expect(missing).toMatchObject({ code: 2, err: expect.stringContaining('no such file') });
    const unsupported = await cli(file('x.exe', 'MZ'));
    expect(unsupported.code).toBe(2);
    const badDate = await cli(file('c.txt', ARTICLE), '--date', 'yesterday');
    expect(badDate).toMatchObject({ code: 2, err: expect.stringContaining('--date') });
    const badPlan = await cli(file('d.txt', ARTICLE), '--plan', 'nope');
    expect(badPlan).toMatchObject({ code: 2, err: expect.stringContaining('no shipped plan') });
  });
});
