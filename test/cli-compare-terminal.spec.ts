import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../src/cli/errors';
import { colorAllowed } from '../src/cli/errors';
import { mainAsync } from '../src/cli/main';
import { renderWordDiff } from '../src/cli/word-diff';
import { CHANGE_KINDS } from '../src/engine';
import type { Comparison } from '../src/engine';

const V1 = `Peace Plan (draft 1)

1. The sovereignty of Ukraine will be confirmed.
2. The armed forces will be limited to 600,000 personnel.
3. Elections will be held within 100 days.
`;
const V2 = `Peace Plan (draft 2)

1. The sovereignty of Ukraine will be confirmed.
2. The armed forces will be limited to 800,000 personnel.
3. Elections may be held within 100 days.
4. A security guarantee will be provided.
`;

const ESC = '\u001b[';
const RED = `${ESC}31m`;
const GREEN = `${ESC}32m`;

let dir: string;
const path = (name: string): string => join(dir, name);

/** Runs the CLI in process with stdout a terminal or not: what a TTY test needs, no pty. */
async function run(
  tty: boolean,
  env: Record<string, string | undefined>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    stdoutIsTTY: tty,
  };
  const saved = { NO_COLOR: process.env['NO_COLOR'], TERM: process.env['TERM'] };
  const set = (k: 'NO_COLOR' | 'TERM', v: string | undefined): void => {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  };
  set('NO_COLOR', env['NO_COLOR']);
  set('TERM', env['TERM'] ?? 'xterm-256color');
  try {
    const code = await mainAsync(['node', 'plandiff', ...args], io);
    return { code, stdout, stderr };
  } finally {
    set('NO_COLOR', saved.NO_COLOR);
    set('TERM', saved.TERM);
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plandiff-cli-tty-'));
  writeFileSync(path('v1.txt'), V1);
  writeFileSync(path('v2.txt'), V2);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plandiff compare on a terminal', () => {
  it('prints a coloured word diff per changed clause, not JSON', async () => {
    const r = await run(true, {}, 'compare', path('v1.txt'), path('v2.txt'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('{')).toBe(false);
    expect(r.stdout).toContain(`${RED}600,000${ESC}39m`);
    expect(r.stdout).toContain(`${GREEN}800,000${ESC}39m`);
    expect(r.stdout).toContain('number-changed');
    expect(r.stdout).toContain(`${GREEN}A security guarantee will be provided.${ESC}39m`);
    // Unchanged clauses are counted, not printed.
    expect(r.stdout).not.toContain('sovereignty of Ukraine');
    expect(r.stdout).toMatch(/1 unchanged/);
    expect(r.stdout.length).toBeLessThan(2000);
  });

  it('marks words [-so-]{+so+} and uses no escape codes under NO_COLOR', async () => {
    const r = await run(true, { NO_COLOR: '1' }, 'compare', path('v1.txt'), path('v2.txt'));
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('[-600,000-]{+800,000+}');
    expect(r.stdout).toContain('{+A security guarantee will be provided.+}');
    expect(r.stdout).toMatch(/Elections \[-will-\]\{\+may\+\} be held/);
    // An empty NO_COLOR does not count (no-color.org); TERM=dumb does.
    expect(
      (await run(true, { NO_COLOR: '' }, 'compare', path('v1.txt'), path('v2.txt'))).stdout,
    ).toContain(RED);
    expect(
      (await run(true, { TERM: 'dumb' }, 'compare', path('v1.txt'), path('v2.txt'))).stdout,
    ).not.toContain('\u001b');
  });

  it('prints JSON when piped, or when asked for on a terminal', async () => {
    const piped = await run(false, {}, 'compare', path('v1.txt'), path('v2.txt'));
    expect(JSON.parse(piped.stdout).schema).toBe('plandiff.comparison/v1');
    const asked = await run(
      true,
      {},
      'compare',
      path('v1.txt'),
      path('v2.txt'),
      '--format',
      'json',
    );
    expect(asked.stdout).toBe(piped.stdout);
  });

  it('gives the plain word diff into a pipe with --format diff', async () => {
    const r = await run(false, {}, 'compare', path('v1.txt'), path('v2.txt'), '--format', 'diff');
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('[-600,000-]{+800,000+}');
  });

  it('says when two texts are the same', async () => {
    const r = await run(true, { NO_COLOR: '1' }, 'compare', path('v1.txt'), path('v1.txt'));
    expect(r.stdout).toContain('The texts say the same thing, clause by clause.');
  });

  it('never passes a document’s control characters or bidi overrides to the terminal', () => {
    const evil = '800,000\u001b]0;pwned\u0007\u001b[2J\u202e';
    const c: Comparison = {
      schema: 'plandiff.comparison/v1',
      engineVersion: 'test',
      from: { title: 'A\u001b[31m', clauseCount: 1 },
      to: { title: 'B', clauseCount: 1 },
      changes: [
        {
          kind: 'reworded',
          from: ['2'],
          to: ['2'],
          similarity: 0.9,
          confidence: 0.9,
          diff: [
            { op: 'equal', text: 'Forces of ' },
            { op: 'delete', text: '600,000' },
            { op: 'insert', text: evil },
          ],
          flags: ['number-changed'],
          topics: [],
        },
      ],
      summary: {
        ...Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])),
        reworded: 1,
      } as Comparison['summary'],
    };
    for (const color of [true, false]) {
      const out = renderWordDiff(c, { color });
      expect(out).not.toContain('\u001b]0;');
      expect(out).not.toContain(`${ESC}2J`);
      expect(out).not.toContain('\u202e');
      expect(out).not.toContain('A\u001b[31m');
      expect(out).toContain('800,000\ufffd]0;pwned');
    }
  });
});

describe('plandiff compare -o', () => {
  it.each([
    ['json', 'out.json', []],
    ['md', 'out.md', ['--format', 'md']],
    ['diff', 'out.txt', ['--format', 'diff']],
  ])('writes %s to the file and says what it wrote on stderr', async (format, name, extra) => {
    const r = await run(
      true,
      {},
      'compare',
      path('v1.txt'),
      path('v2.txt'),
      '-o',
      path(name),
      ...extra,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const bytes = statSync(path(name)).size;
    expect(r.stderr).toBe(
      `wrote ${path(name)}: ${format}, ${bytes.toLocaleString('en-US')} bytes\n`,
    );
    // A file never gets escape codes, even from a terminal session.
    expect(readFileSync(path(name), 'utf8')).not.toContain('\u001b');
  });
});

describe('colorAllowed', () => {
  it('needs a terminal, an unset or empty NO_COLOR, and a terminal that is not dumb', () => {
    expect(colorAllowed({ stdout: () => {}, stderr: () => {}, stdoutIsTTY: true }, {})).toBe(true);
    expect(colorAllowed({ stdout: () => {}, stderr: () => {} }, {})).toBe(false);
    expect(
      colorAllowed({ stdout: () => {}, stderr: () => {}, stdoutIsTTY: true }, { NO_COLOR: 'x' }),
    ).toBe(false);
    expect(
      colorAllowed({ stdout: () => {}, stderr: () => {}, stdoutIsTTY: true }, { TERM: 'dumb' }),
    ).toBe(false);
  });
});
