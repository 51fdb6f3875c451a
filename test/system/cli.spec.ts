import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pkg from '../../package.json';
import { makeDocx, makePdf } from '../import/build';
import { ensureBuilt } from '../support/build';
import { describeErrors, validateComparison } from '../support/schema';

const ROOT = join(__dirname, '..', '..');
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
    // Reports carry their generation time; a fixed one makes two runs byte-comparable.
    env: { ...process.env, SOURCE_DATE_EPOCH: '1763683200' },
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

beforeAll(async () => {
  // The CLI under test is the built one in dist/, exactly what bin/plandiff.js loads. Built
  // under a lock shared with the other tests that run dist/ (test/support/build.ts).
  await ensureBuilt();
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
      '"json", "md", "html", "csv", "docx", "pdf"',
      '-o, --output <file>',
      '--overrides <file.json>',
    ]) {
      // Commander wraps long option lists at the terminal width.
      expect(r.stdout.replace(/\s+/g, ' ')).toContain(option);
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
    const bytes = readFileSync(join(dir, 'report.md')).length;
    expect(r.stderr).toBe(`wrote report.md: md, ${bytes.toLocaleString('en-US')} bytes\n`);
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

  describe('Word, PDF, HTML and JSON inputs', () => {
    beforeAll(async () => {
      file(
        'v1.docx',
        await makeDocx([
          'Peace Plan (draft 1)',
          { level: 0, text: 'The sovereignty of Ukraine will be confirmed.' },
          { level: 0, text: 'The armed forces will be limited to 600,000 personnel.' },
          { level: 0, text: 'Elections will be held within 100 days.' },
        ]),
      );
      file(
        'v2.pdf',
        await makePdf({
          header: 'Peace Plan — draft 2',
          pageNumbers: true,
          pages: [
            [
              'Peace Plan (draft 2)',
              '1. The sovereignty of Ukraine will be confirmed.',
              '2. The armed forces will be limited to 800,000 personnel.',
            ],
            [
              '3. Elections may be held within 100 days.',
              '4. A security guarantee will be provided.',
            ],
          ],
        }),
      );
      file(
        'v2.html',
        `<h1>Peace Plan (draft 2)</h1><ol>${V2.split('\n')
          .filter((l) => /^\d/.test(l))
          .map((l) => `<li>${l.replace(/^\d+\. /, '')}</li>`)
          .join('')}</ol>`,
      );
    }, 60_000);

    it('compare reads a .docx against a .pdf like the same texts in .txt', () => {
      const fromFiles = cli('compare', 'v1.docx', 'v2.pdf', '--format', 'md');
      const fromText = cli('compare', 'v1.txt', 'v2.txt', '--format', 'md');
      expect(fromFiles.code).toBe(0);
      const body = (r: Run): string => r.stdout.slice(r.stdout.indexOf('## '));
      expect(body(fromFiles)).toBe(body(fromText));
      expect(cli('compare', 'v1.docx', 'v2.html').code).toBe(0);
    });

    it('import --dry-run lists the clauses found and stores nothing', () => {
      const r = cli('import', 'v2.pdf', '--dry-run');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(
        [
          'v2.pdf: pdf, 4 clauses',
          'title: Peace Plan (draft 2)',
          '',
          '1      The sovereignty of Ukraine will be confirmed.',
          '2      The armed forces will be limited to 800,000 personnel.',
          '3      Elections may be held within 100 days.',
          '4      A security guarantee will be provided.',
          '',
        ].join('\n'),
      );
      const json = cli('import', 'v1.docx', '--dry-run', '--format', 'json');
      expect(JSON.parse(json.stdout)).toMatchObject({
        schema: 'plandiff.version/v1',
        clauses: [{ label: '1' }, { label: '2' }, { label: '3' }],
      });
    });

    it('import without what storing needs, and bad files, exit 2', () => {
      expectUsageError(
        cli('import', 'v2.pdf', '--plan', 'p'),
        'plandiff: storing needs --version, --title, --date (or add --dry-run to preview)',
      );
      file('fake.pdf', '1. Not a PDF.');
      expectUsageError(
        cli('import', 'fake.pdf', '--dry-run'),
        'plandiff: fake.pdf: the name says .pdf but the content is plain text',
      );
      expectUsageError(cli('compare', 'v1.txt', 'fake.pdf'), /fake\.pdf: the name says \.pdf/);
    });
  });

  describe('input errors exit 2 with a clear message', () => {
    it('non-UTF-8 file', () => {
      file('latin1.txt', Buffer.from('1. Caf\xe9 au lait.\n', 'latin1'));
      expectUsageError(
        cli('compare', 'latin1.txt', 'v2.txt'),
        'plandiff: latin1.txt: not valid UTF-8 (byte offset 6)',
      );
    });

    it('UTF-16 with a BOM is read', () => {
      file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(V1, 'utf16le')]));
      expect(cli('compare', 'v1.txt', 'utf16.txt').code).toBe(0);
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
      file('plan.doc', 'x');
      expectUsageError(
        cli('compare', 'plan.doc', 'v2.txt'),
        /plan\.doc: unsupported file type \("\.doc"\); supported: \.txt, \.md, \.json, \.docx, \.pdf, \.html/,
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
        cli('compare', 'v1.txt', 'v2.txt', '--format', 'xlsx'),
        /Allowed choices are json, md, html, csv, docx, pdf/,
      );
      expectUsageError(cli('compare', 'v1.txt', 'v2.txt', '--bogus'), /unknown option '--bogus'/);
      expectUsageError(cli('compare', 'v1.txt'), /missing required argument 'to'/);
    });
  });
});
