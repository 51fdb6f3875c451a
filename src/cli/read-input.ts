import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { EngineError } from '../engine';
import { ImportError, MAX_IMPORT_BYTES, formatFromFilename, importDocument } from '../import';
import type { ImportResult } from '../import';
import { invalidUtf8Offset } from '../import/decode';
import { CliError } from './errors';
import type { CliIo } from './errors';

export interface ReadOptions {
  readonly extensions: readonly string[];
  readonly maxBytes: number;
}

/** PDFs at least this long report their progress on stderr. */
const PROGRESS_MIN_PAGES = 20;

/**
 * Reads one version of a text (.txt .md .json .docx .pdf .html, at most 10 MB) through the
 * importer. Import errors become CliErrors naming the file; the OS errors keep their wording.
 */
export async function readVersion(path: string, io?: CliIo): Promise<ImportResult> {
  const name = basename(path);
  try {
    // An unreadable type is refused before the file is read (the importer says which exist).
    formatFromFilename(path);
    return await importDocument(readBytes(path, MAX_IMPORT_BYTES), path, {
      onProgress: (page, pages) => {
        if (io && pages >= PROGRESS_MIN_PAGES && (page % 10 === 0 || page === pages)) {
          io.stderr(`plandiff: ${name}: read page ${page} of ${pages}\n`);
        }
      },
    });
  } catch (err) {
    // Engine limits (too many clauses, a clause too long) are about this file too.
    if (err instanceof ImportError || err instanceof EngineError) {
      throw new CliError(`${path}: ${err.message}`);
    }
    throw err;
  }
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
  const bytes = readBytes(path, options.maxBytes);
  if (bytes.length === 0) throw new CliError(`${path}: file is empty`);
  const text = decodeUtf8(bytes, path);
  if (text.trim() === '') throw new CliError(`${path}: file has no text (only whitespace)`);
  return text;
}

/** A file's bytes, refused when it is a directory, unreadable or over `maxBytes`. */
export function readBytes(path: string, maxBytes: number): Buffer {
  const size = statFile(path);
  if (size > maxBytes) {
    throw new CliError(
      `${path}: file is too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new CliError(`${path}: ${describeFsError(err)}`);
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) throw new CliError(`${path}: file is too large`);
  return bytes;
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
