import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { EngineError } from '../engine';
import {
  ImportError,
  MAX_IMPORT_BYTES,
  decodeText,
  formatFromFilename,
  importDocument,
  invalidUtf8Offset,
} from '../import';
import type { DecodedText, ImportResult, RevisionChoice } from '../import';
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
export async function readVersion(
  path: string,
  io?: CliIo,
  revisions?: RevisionChoice,
): Promise<ImportResult> {
  const name = basename(path);
  try {
    // An unreadable type is refused before the file is read (the importer says which exist).
    formatFromFilename(path);
    return await importDocument(readBytes(path, MAX_IMPORT_BYTES), path, {
      ...(revisions !== undefined ? { revisions } : {}),
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
 * Strict UTF-8 decoding through the importer's decoder (one decoder, one set of rules: a UTF-8
 * BOM dropped, line ends made `\n`, NUL bytes refused with the offset of a bad byte). The
 * importer also reads UTF-16 and guesses Windows-1251 for text versions; a JSON file (RFC 8259)
 * must be UTF-8, so those are refused here with a hint.
 */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes);
  } catch (err) {
    if (err instanceof ImportError) throw new CliError(`${name}: ${err.message}`);
    throw err;
  }
  if (decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
    throw new CliError(`${name}: file is UTF-16; convert to UTF-8`);
  }
  if (decoded.encoding !== 'utf-8') {
    const offset = invalidUtf8Offset(bytes);
    throw new CliError(`${name}: not valid UTF-8 (byte offset ${offset}); convert it to UTF-8`);
  }
  return decoded.text;
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
