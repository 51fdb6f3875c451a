import { segment } from '../engine';
import type { VersionText } from '../engine';
import { IMPORT_LIMITS } from '../config/limits';
import { decodeText } from './decode';
import type { TextEncodingName } from './decode';
import { docxToText } from './docx';
import type { DocxText } from './docx';
import { withRevisions } from './docx-import';
import { ImportError } from './errors';
import { htmlToText } from './html';
import { parseJsonVersion } from './json';
import { layoutPdfText } from './pdf-layout';
import { extractPdfPages } from './pdf-worker';
import { checkContentMatches, formatFromFilename } from './sniff';
import type { ImportFormat } from './sniff';
import type { ImportOptions, ImportResult, ImportedText } from './types';

export { ImportError, type ImportErrorCode } from './errors';
export { decodeText, invalidUtf8Offset, type DecodedText, type TextEncodingName } from './decode';
export {
  IMPORT_FORMATS,
  SUPPORTED_EXTENSIONS,
  formatFromFilename,
  type ImportFormat,
} from './sniff';

export { importDocumentIsolated, importTextIsolated, type SandboxOptions } from './sandbox';
export { REVISION_CHOICES } from './types';
export type {
  ImportOptions,
  ImportResult,
  ImportedText,
  RevisionChoice,
  TrackedChange,
  TrackedRevisions,
} from './types';

export const MAX_IMPORT_BYTES = IMPORT_LIMITS.maxFileBytes;

/**
 * Reads one version of a text from a file's bytes: picks the reader from the extension, checks
 * the content really is that type, converts it to numbered plain text and segments it. Every
 * refusal is an ImportError with a stable code; nothing is kept on failure, so a caller that
 * stores the result only after this resolves never stores a bad input.
 */
export async function importDocument(
  bytes: Uint8Array,
  filename: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const format = formatFromFilename(filename);
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.length === 0) throw new ImportError('empty', 'file is empty');
  if (bytes.length > maxBytes) {
    throw new ImportError(
      'too-large',
      `file is too large (${mb(bytes.length)}; the limit is ${mb(maxBytes)})`,
    );
  }
  checkContentMatches(format, bytes);
  const converted = await convert(format, bytes, options);
  if (converted.tracked !== undefined) {
    return withRevisions(converted.tracked, options.revisions ?? 'accepted', noClauses);
  }
  if (converted.version === undefined && converted.text.trim() === '') {
    const why = format === 'pdf' ? ' (a scanned PDF without a text layer? run OCR first)' : '';
    throw new ImportError('empty', `file has no text${why}`);
  }
  const version = converted.version ?? segment(converted.text);
  if (version.clauses.length === 0) throw noClauses();
  const { text, encoding, warnings } = converted;
  return { text, format, warnings, version, ...(encoding !== undefined ? { encoding } : {}) };
}

function noClauses(): ImportError {
  return new ImportError(
    'no-clauses',
    'no numbered points found; points must start a line with a label such as "1.", "2)", "(a)", "Article 5" or "Пункт 3"',
  );
}

/**
 * Reads an article's text from a file's bytes, behind the same guards as importDocument (size,
 * content sniffing, encoding, zip and PDF limits), but keeps the prose as it is: an article has
 * no numbered points. JSON is refused: it is the versions' structured format, not an article.
 */
export async function importText(
  bytes: Uint8Array,
  filename: string,
  options: ImportOptions = {},
): Promise<ImportedText> {
  const format = formatFromFilename(filename);
  if (format === 'json') {
    throw new ImportError('unsupported', 'an article is .txt, .md, .html, .docx or .pdf');
  }
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.length === 0) throw new ImportError('empty', 'file is empty');
  if (bytes.length > maxBytes) {
    throw new ImportError(
      'too-large',
      `file is too large (${mb(bytes.length)}; the limit is ${mb(maxBytes)})`,
    );
  }
  checkContentMatches(format, bytes);
  const converted = await convert(format, bytes, options);
  if (converted.text.trim() === '') {
    const why = format === 'pdf' ? ' (a scanned PDF without a text layer? run OCR first)' : '';
    throw new ImportError('empty', `file has no text${why}`);
  }
  return {
    text: converted.text,
    format,
    ...(converted.encoding !== undefined ? { encoding: converted.encoding } : {}),
    warnings: converted.warnings,
  };
}

interface Converted {
  text: string;
  encoding?: TextEncodingName;
  warnings: string[];
  version?: VersionText;
  tracked?: DocxText['tracked'];
}

async function convert(
  format: ImportFormat,
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<Converted> {
  switch (format) {
    case 'txt':
    case 'md': {
      const { text, encoding } = decodeText(bytes);
      return { text, encoding, warnings: [] };
    }
    case 'json': {
      const { text, encoding } = decodeText(bytes);
      return { ...parseJsonVersion(text), encoding };
    }
    case 'html': {
      const { text, encoding } = decodeText(bytes);
      return { ...htmlToText(text), encoding };
    }
    case 'docx':
      return docxToText(bytes, options.zipLimits);
    case 'pdf': {
      const pages = await extractPdfPages(bytes, {
        ...(options.pdfTimeoutMs !== undefined ? { timeoutMs: options.pdfTimeoutMs } : {}),
        ...(options.onProgress !== undefined ? { onProgress: options.onProgress } : {}),
      });
      return { text: layoutPdfText(pages), warnings: [] };
    }
  }
}

function mb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${n} bytes`;
}
