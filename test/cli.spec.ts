import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../src/cli/errors';
import type { CliIo } from '../src/cli/errors';
import { main } from '../src/cli/main';
import { EngineError } from '../src/engine';
import { render } from '../src/engine/render';
import type * as RenderModule from '../src/engine/render';
import { parseOverrides } from '../src/cli/compare.command';
import { decodeUtf8, invalidUtf8Offset } from '../src/cli/read-input';
import pkg from '../package.json';
import { describeErrors, validateComparison } from './support/schema';

// Only the in-process tests below use this; the child-process CLI is never mocked.
jest.mock('../src/engine/render', () => {
  const actual = jest.requireActual<typeof RenderModule>('../src/engine/render');
  return { ...actual, render: jest.fn(actual.render) };
});

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'plandiff.js');

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

let dir: string;

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** An expected error: one `plandiff:` line (plus commander's hint), exit 2, no stack trace. */
function expectUsageError(r: Run, message: string | RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.startsWith('plandiff: ')).toBe(true);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  // The CLI under test is the built one in dist/, exactly what bin/plandiff.js loads.
  const tsc = require.resolve('typescript/bin/tsc');
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    throw new Error(
      `npm run build failed, so the CLI cannot be tested:\n${build.stdout}${build.stderr}`,
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'plandiff-cli-'));
  file('v1.txt', V1);
  file('v2.txt', V2);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('plandiff (built CLI)', () => {
  it('--help lists the compare command', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: plandiff');
    expect(r.stdout).toMatch(/compare \[options\] <from> <to>/);
    expect(r.stdout).toContain('--version');
  });

  it('compare --help documents every option with examples', () => {
    const r = cli('compare', '--help');
    expect(r.code).toBe(0);
    for (const option of [
      '--format <format>',
      '"json", "md", "html"',
      '-o, --output <file>',
      '--overrides <file.json>',
    ]) {
      expect(r.stdout).toContain(option);
    }
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--format md');
    expect(r.stdout).toContain('-o out.html');
    expect(r.stdout).toContain('--overrides links.json');
  });

  it('--version prints the package version', () => {
    const r = cli('--version');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('with no command, shows help on stderr and exits 2', () => {
    const r = cli();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: plandiff');
  });

  it('compare prints JSON that validates against the v1 schema', () => {
    const r = cli('compare', 'v1.txt', 'v2.txt');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json: unknown = JSON.parse(r.stdout);
    const { valid, errors } = validateComparison(json);
    if (!valid) throw new Error(describeErrors(errors));
    expect(json).toMatchObject({
      schema: 'plandiff.comparison/v1',
      from: { title: 'Peace Plan (draft 1)', clauseCount: 3 },
      to: { title: 'Peace Plan (draft 2)', clauseCount: 4 },
    });
  });

  it('--format md prints the Markdown report', () => {
    const r = cli('compare', 'v1.txt', 'v2.txt', '--format', 'md');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# Peace Plan (draft 1) → Peace Plan (draft 2)\n')).toBe(true);
    expect(r.stdout).toContain('source: v1.txt');
    expect(r.stdout).toContain('## Summary');
    expect(r.stdout).toContain('## Changes');
  });

  it('--format html prints a standalone page', () => {
    const r = cli('compare', 'v1.txt', 'v2.txt', '--format', 'html');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(r.stdout).toContain('<h1>Peace Plan (draft 1) → Peace Plan (draft 2)</h1>');
  });

  it('-o writes the result to a file and nothing to stdout', () => {
    const r = cli('compare', 'v1.txt', 'v2.txt', '--format', 'md', '-o', 'report.md');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe(
      cli('compare', 'v1.txt', 'v2.txt', '--format', 'md').stdout,
    );
  });

  it('-o refuses to overwrite an input', () => {
    expectUsageError(cli('compare', 'v1.txt', 'v2.txt', '-o', 'v1.txt'), /refusing to overwrite/);
    expect(readFileSync(join(dir, 'v1.txt'), 'utf8')).toBe(V1);
  });

  it('reads CRLF and a UTF-8 BOM exactly like plain LF', () => {
    file('crlf.txt', `\uFEFF${V1.replace(/\n/g, '\r\n')}`);
    expect(cli('compare', 'crlf.txt', 'v2.txt').stdout).toBe(
      cli('compare', 'v1.txt', 'v2.txt').stdout,
    );
  });

  it('passes --overrides to the engine', () => {
    file('links.json', JSON.stringify({ pin: [{ from: ['3'], to: ['4'] }] }));
    const r = cli('compare', 'v1.txt', 'v2.txt', '--overrides', 'links.json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      changes: { from: string[]; to: string[]; pinned?: boolean }[];
    };
    expect(json.changes).toContainEqual(
      expect.objectContaining({ from: ['3'], to: ['4'], pinned: true }),
    );
  });

  it('names the overrides file when the engine rejects an override', () => {
    file('bad-links.json', JSON.stringify({ pin: [{ from: ['99'], to: ['4'] }] }));
    expectUsageError(
      cli('compare', 'v1.txt', 'v2.txt', '--overrides', 'bad-links.json'),
      /^plandiff: bad-links\.json: .*99/,
    );
  });

  it('rejects a malformed overrides file', () => {
    file('typo.json', JSON.stringify({ pins: [] }));
    expectUsageError(
      cli('compare', 'v1.txt', 'v2.txt', '--overrides', 'typo.json'),
      /unknown key "pins"/,
    );
    file('broken.json', '{ "pin": [');
    expectUsageError(
      cli('compare', 'v1.txt', 'v2.txt', '--overrides', 'broken.json'),
      /not valid JSON/,
    );
  });

  describe('input errors exit 2 with a clear message', () => {
    it('non-UTF-8 file', () => {
      file('latin1.txt', Buffer.from('1. Caf\xe9 au lait.\n', 'latin1'));
      expectUsageError(
        cli('compare', 'latin1.txt', 'v2.txt'),
        'plandiff: latin1.txt: not valid UTF-8 (byte offset 6)',
      );
    });

    it('UTF-16 file', () => {
      file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(V1, 'utf16le')]));
      expectUsageError(
        cli('compare', 'v1.txt', 'utf16.txt'),
        'plandiff: utf16.txt: file is UTF-16; convert to UTF-8',
      );
    });

    it('UTF-16 without a BOM', () => {
      file('utf16-nobom.txt', Buffer.from(V1, 'utf16le'));
      expectUsageError(cli('compare', 'utf16-nobom.txt', 'v2.txt'), /NUL bytes/);
    });

    it('empty or blank file', () => {
      file('empty.txt', '');
      expectUsageError(cli('compare', 'empty.txt', 'v2.txt'), 'plandiff: empty.txt: file is empty');
      file('blank.md', ' \n\t\n');
      expectUsageError(cli('compare', 'v1.txt', 'blank.md'), /blank\.md: file has no text/);
    });

    it('unsupported extension', () => {
      file('plan.docx', 'x');
      expectUsageError(
        cli('compare', 'plan.docx', 'v2.txt'),
        /plan\.docx: unsupported file type \("\.docx"\); supported: \.txt, \.md/,
      );
    });

    it('missing file', () => {
      expectUsageError(cli('compare', 'v1.txt', 'nope.txt'), 'plandiff: nope.txt: no such file');
    });

    it('a directory', () => {
      mkdirSync(join(dir, 'folder.txt'));
      expectUsageError(
        cli('compare', 'v1.txt', 'folder.txt'),
        'plandiff: folder.txt: is a directory, not a file',
      );
    });

    it('file over 10 MB', () => {
      file('huge.txt', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
      expectUsageError(cli('compare', 'huge.txt', 'v2.txt'), /huge\.txt: file is too large/);
    });

    it('bad --format and unknown options', () => {
      expectUsageError(
        cli('compare', 'v1.txt', 'v2.txt', '--format', 'pdf'),
        /Allowed choices are json, md, html/,
      );
      expectUsageError(cli('compare', 'v1.txt', 'v2.txt', '--bogus'), /unknown option '--bogus'/);
      expectUsageError(cli('compare', 'v1.txt'), /missing required argument 'to'/);
    });
  });
});

describe('CLI helpers (in process)', () => {
  it('finds the first ill-formed UTF-8 sequence', () => {
    const offset = (...bytes: number[]): number => invalidUtf8Offset(Uint8Array.from(bytes));
    expect(offset(0x61, 0xe2, 0x82, 0xac)).toBe(-1); // a€
    expect(offset(0xf0, 0x9f, 0x98, 0x80)).toBe(-1); // 😀
    expect(offset(0x61, 0x80)).toBe(1); // stray continuation byte
    expect(offset(0xc0, 0xaf)).toBe(0); // overlong '/'
    expect(offset(0xed, 0xa0, 0x80)).toBe(0); // UTF-16 surrogate
    expect(offset(0xf4, 0x90, 0x80, 0x80)).toBe(0); // past U+10FFFF
    expect(offset(0x61, 0x62, 0xe2, 0x82)).toBe(2); // truncated at end
  });

  it('agrees with TextDecoder on what is valid', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (let seed = 1; seed < 3000; seed++) {
      const bytes = Uint8Array.from(
        { length: 1 + (seed % 6) },
        (_, i) => (seed * 2654435761 + i * 40503) % 256,
      );
      let ok = true;
      try {
        decoder.decode(bytes);
      } catch {
        ok = false;
      }
      expect(invalidUtf8Offset(bytes) === -1).toBe(ok);
    }
  });

  it('strips a UTF-8 BOM and normalises every line ending', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\r\nb\rc\n')]);
    expect(decodeUtf8(bytes, 'x.txt')).toBe('a\nb\nc\n');
  });

  it('validates the overrides shape', () => {
    expect(
      parseOverrides(
        { pin: [{ from: ['1'], to: [] }], forbid: [{ from: '2', to: '3' }] },
        'o.json',
      ),
    ).toEqual({
      pin: [{ from: ['1'], to: [] }],
      forbid: [{ from: '2', to: '3' }],
    });
    expect(parseOverrides({}, 'o.json')).toEqual({ pin: [], forbid: [] });
    expect(() => parseOverrides([], 'o.json')).toThrow(CliError);
    expect(() => parseOverrides({ pin: {} }, 'o.json')).toThrow('"pin" must be an array');
    expect(() => parseOverrides({ pin: [{ from: '1', to: ['2'] }] }, 'o.json')).toThrow('pin[0]');
    expect(() => parseOverrides({ forbid: [{ from: ['1'], to: '2' }] }, 'o.json')).toThrow(
      'forbid[0]',
    );
  });
});

describe('main() exit codes (in process)', () => {
  const renderMock = jest.mocked(render);

  function runMain(): { code: number; out: string; err: string } {
    let out = '';
    let err = '';
    const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t) };
    const code = main(
      ['node', 'plandiff', 'compare', join(dir, 'v1.txt'), join(dir, 'v2.txt')],
      io,
    );
    return { code, out, err };
  }

  it('exits 0 and writes to the given stdout', () => {
    const r = runMain();
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(r.out)).toMatchObject({ schema: 'plandiff.comparison/v1' });
  });

  it('reports an EngineError as a usage error without a stack', () => {
    renderMock.mockImplementationOnce(() => {
      throw new EngineError('too-many-clauses', '"v1" has more than 5 clauses');
    });
    expect(runMain()).toEqual({
      code: 2,
      out: '',
      err: 'plandiff: "v1" has more than 5 clauses\n',
    });
  });

  it('reports anything else as an internal error (exit 1) with its stack', () => {
    renderMock.mockImplementationOnce(() => {
      throw new TypeError('boom');
    });
    const r = runMain();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^plandiff: internal error \(please report it\): TypeError: boom\n\s+at /,
    );
  });
});
