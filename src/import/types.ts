// The importers' public shapes, apart from index.ts so the sandbox (which index.ts re-exports)
// can name them without an import circle.
import type { VersionText } from '../engine';
import type { TextEncodingName } from './decode';
import type { ImportFormat } from './sniff';
import type { ZipLimits } from './zip-guard';

export interface ImportOptions {
  /** Largest input accepted, in bytes (default 10 MB). */
  readonly maxBytes?: number;
  readonly zipLimits?: ZipLimits;
  readonly pdfTimeoutMs?: number;
  /** Called after each PDF page, for progress on large files. */
  readonly onProgress?: (page: number, pages: number) => void;
}

export interface ImportResult {
  /** Numbered plain text, what segment() reads and what a stored version keeps. */
  readonly text: string;
  readonly format: ImportFormat;
  /** Set for text formats: which encoding the bytes were read as. */
  readonly encoding?: TextEncodingName;
  readonly warnings: readonly string[];
  /** The clauses found (for JSON, the file's own clauses). Never empty. */
  readonly version: VersionText;
}

/** Plain text read from a file, with no clause segmentation (news articles). */
export interface ImportedText {
  readonly text: string;
  readonly format: Exclude<ImportFormat, 'json'>;
  readonly encoding?: TextEncodingName;
  readonly warnings: readonly string[];
}
