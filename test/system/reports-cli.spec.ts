import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { mainAsync } from '../../src/cli/main';
import { closePdfRenderer } from '../../src/reports';

// `plandiff compare --format docx|pdf|csv -o`, offline, through mainAsync (what bin/plandiff.js
// runs); the built-binary wiring itself is covered by cli.spec.ts.
const V1 = '1. The armed forces are capped at 600,000 personnel.\n2. Elections within 100 days.\n';
const V2 = '1. The armed forces are capped at 800,000 personnel.\n2. Elections within 100 days.\n';

describe('plandiff compare report formats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plandiff-cli-reports-'));
  const a = join(dir, 'v1.txt');
  const b = join(dir, 'v2.txt');
  writeFileSync(a, V1);
  writeFileSync(b, V2);
  afterAll(async () => {
    await closePdfRenderer();
    rmSync(dir, { recursive: true, force: true });
  });

  async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io = { stdout: (s: string) => void (out += s), stderr: (s: string) => void (err += s) };
    const code = await mainAsync(['node', 'plandiff', 'compare', a, b, ...args], io);
    return { code, out, err };
  }

  it('--format docx -o writes a Word file with tracked changes', async () => {
    const out = join(dir, 'out.docx');
    // -o says what it wrote, on stderr; stdout stays empty.
    expect(await cli('--format', 'docx', '-o', out)).toEqual({
      code: 0,
      out: '',
      err: `wrote ${out}: docx, ${readFileSync(out).length.toLocaleString('en-US')} bytes\n`,
    });
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml']!);
    expect(xml).toMatch(/<w:delText[^>]*>[^<]*600,000/);
    expect(xml).toMatch(/<w:ins [^>]*>(?:(?!<\/w:ins>).)*800,000/s);
  });

  it('--format pdf -o writes a PDF whose text has the clauses and provenance', async () => {
    const out = join(dir, 'out.pdf');
    // -o says what it wrote, on stderr; stdout stays empty.
    expect(await cli('--format', 'pdf', '-o', out)).toEqual({
      code: 0,
      out: '',
      err: `wrote ${out}: pdf, ${readFileSync(out).length.toLocaleString('en-US')} bytes\n`,
    });
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('800,000');
    expect(text).toContain('Provenance');
  });

  it('--format csv -o writes the change list', async () => {
    const out = join(dir, 'out.csv');
    expect((await cli('--format', 'csv', '-o', out)).code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('kind,from,to,similarity,')).toBe(true);
    expect(csv).toContain('800,000');
  });

  it('refuses to print a binary format to the terminal', async () => {
    const r = await cli('--format', 'docx');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--format docx writes a binary file: add -o <file>/);
  });

  it('exits 2 naming the missing package when Chromium is not there', async () => {
    const saved = process.env['PLANDIFF_CHROMIUM'];
    process.env['PLANDIFF_CHROMIUM'] = '/nonexistent/chromium';
    try {
      const r = await cli('--format', 'pdf', '-o', join(dir, 'none.pdf'));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^plandiff: PDF output needs Chromium at \/nonexistent\/chromium/);
      expect(r.err).toContain('apt-get install chromium');
      expect(r.err).not.toMatch(/\n\s+at /);
    } finally {
      if (saved === undefined) delete process.env['PLANDIFF_CHROMIUM'];
      else process.env['PLANDIFF_CHROMIUM'] = saved;
    }
  });
});
