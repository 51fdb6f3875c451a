import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { CliError } from './errors';

export const SUPPORTED_EXTENSIONS: readonly string[] = ['.txt', '.md'];
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

export interface ReadOptions {
  readonly extensions: readonly string[];
  readonly maxBytes: number;
}

/** Reads one version of a text: a .txt or .md file of at most 10 MB, strictly UTF-8. */
export function readInput(path: string): string {
  return readTextFile(path, { extensions: SUPPORTED_EXTENSIONS, maxBytes: MAX_INPUT_BYTES });
}

/**
 * Reads a UTF-8 text file, refusing early what the engine could only misread: wrong type,
 * too large, empty, or not UTF-8. Errors name the file and say what to do.
 */
export function readTextFile(path: string, options: ReadOptions): string {
  const ext = extname(path).toLowerCase();
  if (!options.extensions.includes(ext)) {
    const found = ext === '' ? 'no extension' : `"${ext}"`;
    throw new CliError(
      `${path}: unsupported file type (${found}); supported: ${options.extensions.join(', ')}`,
    );
  }
  const size = statFile(path);
  if (size > options.maxBytes) {
    throw new CliError(
      `${path}: file is too large (${formatBytes(size)}; the limit is ${formatBytes(options.maxBytes)})`,
    );
  }
  if (size === 0) throw new CliError(`${path}: file is empty`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new CliError(`${path}: ${describeFsError(err)}`);
  }
  // The file may have grown between stat and read.
  if (bytes.length > options.maxBytes) throw new CliError(`${path}: file is too large`);
  const text = decodeUtf8(bytes, path);
  if (text.trim() === '') throw new CliError(`${path}: file has no text (only whitespace)`);
  return text;
}

function statFile(path: string): number {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new CliError(`${path}: is a directory, not a file`);
    return stats.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${path}: ${describeFsError(err)}`);
  }
}

/**
 * Strict UTF-8 decoding: a wrong guess at the encoding would silently corrupt every clause, so
 * anything else is refused with a hint. A UTF-8 BOM is dropped and line endings become `\n`.
 */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  if (hasUtf16Bom(bytes)) throw new CliError(`${name}: file is UTF-16; convert to UTF-8`);
  let text: string;
  try {
    // ignoreBOM: false (the default) is what strips a leading UTF-8 BOM.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = invalidUtf8Offset(bytes);
    throw new CliError(`${name}: not valid UTF-8 (byte offset ${offset}); convert it to UTF-8`);
  }
  // UTF-16 without a BOM decodes "successfully" as UTF-8 full of NULs; so does a binary file.
  if (text.includes('\0')) {
    throw new CliError(
      `${name}: file contains NUL bytes (binary, or UTF-16 without a BOM?); convert to UTF-8 text`,
    );
  }
  return text.replace(/\r\n?/g, '\n');
}

function hasUtf16Bom(b: Uint8Array): boolean {
  return b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff));
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence (Unicode table 3-7),
 * or -1. TextDecoder only says "invalid"; a user fixing the file needs to know where.
 */
export function invalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const lead = b[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const need =
      lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : 0;
    if (need === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const lo = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const hi = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const next = b[i + k];
      if (next === undefined) return i;
      if (k === 1 ? next < lo || next > hi : next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a parent of this path is not a directory',
};

/** The OS error in words a user acts on, without the syscall noise of err.message. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const known = code === undefined ? undefined : FS_ERRORS[code];
  return known ?? (err instanceof Error ? err.message : String(err));
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${n} bytes`;
}
