import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../src/cli/errors';
import type { CliIo } from '../src/cli/errors';
import { mainAsync } from '../src/cli/main';
import { EngineError } from '../src/engine';
import { render } from '../src/engine/render';
import type * as RenderModule from '../src/engine/render';
import { parseOverrides } from '../src/cli/compare.command';
import { decodeUtf8 } from '../src/cli/read-input';
import { invalidUtf8Offset } from '../src/import/decode';

// The child-process CLI is never mocked (test/cli.spec.ts); here render is wrapped so a test can
// make it throw and check main()'s exit code for unexpected errors.
jest.mock('../src/engine/render', () => {
  const actual = jest.requireActual<typeof RenderModule>('../src/engine/render');
  return { ...actual, render: jest.fn(actual.render) };
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
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plandiff-cli-main-'));
    writeFileSync(
      join(dir, 'v1.txt'),
      'Plan\n1. Ukraine is a sovereign state.\n2. Elections within 100 days.\n',
    );
    writeFileSync(
      join(dir, 'v2.txt'),
      'Plan\n1. Ukraine is a sovereign state.\n2. Elections as soon as possible.\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function runMain(): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t) };
    const code = await mainAsync(
      ['node', 'plandiff', 'compare', join(dir, 'v1.txt'), join(dir, 'v2.txt')],
      io,
    );
    return { code, out, err };
  }

  it('exits 0 and writes to the given stdout', async () => {
    const r = await runMain();
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(r.out)).toMatchObject({ schema: 'plandiff.comparison/v1' });
  });

  it('reports an EngineError as a usage error without a stack', async () => {
    renderMock.mockImplementationOnce(() => {
      throw new EngineError('too-many-clauses', '"v1" has more than 5 clauses');
    });
    expect(await runMain()).toEqual({
      code: 2,
      out: '',
      err: 'plandiff: "v1" has more than 5 clauses\n',
    });
  });

  it('reports anything else as an internal error (exit 1) with its stack', async () => {
    renderMock.mockImplementationOnce(() => {
      throw new TypeError('boom');
    });
    const r = await runMain();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^plandiff: internal error \(please report it\): TypeError: boom\n\s+at /,
    );
  });
});
