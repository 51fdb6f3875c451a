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
  /**
   * A Word file with tracked changes: import its text with every change accepted (default), as
   * it was before them (original), or both (the accepted text, and the original beside it).
   */
  readonly revisions?: RevisionChoice;
}

export const REVISION_CHOICES = ['accepted', 'original', 'both'] as const;
export type RevisionChoice = (typeof REVISION_CHOICES)[number];

/** One tracked change of a Word file: who inserted, deleted or moved which text, and where. */
export interface TrackedChange {
  readonly kind: 'insertion' | 'deletion' | 'move-from' | 'move-to';
  /** w:author and w:date as the file gives them (null when absent). */
  readonly author: string | null;
  readonly date: string | null;
  readonly text: string;
  /** Label of the clause holding the text, in the version named by `version`; null if unplaced. */
  readonly clause: string | null;
  /** Inserted and moved-to text stands in the accepted text, the rest in the original. */
  readonly version: 'accepted' | 'original';
}

/** What an imported Word file's tracked changes were, and which text was kept. */
export interface TrackedRevisions {
  /** Which text `text` and `version` hold; with 'both', `original` holds the other. */
  readonly imported: RevisionChoice;
  /** Revisions found (text, paragraph marks, table rows). */
  readonly count: number;
  readonly authors: readonly string[];
  /** Changes holding text, in document order (at most IMPORT_LIMITS.maxTrackedChanges). */
  readonly changes: readonly TrackedChange[];
  readonly truncated: boolean;
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
  /** Set when a Word file had tracked changes. */
  readonly revisions?: TrackedRevisions;
  /** With `revisions: 'both'`: the text before the tracked changes, as a second version. */
  readonly original?: { readonly text: string; readonly version: VersionText };
}

/** Plain text read from a file, with no clause segmentation (news articles). */
export interface ImportedText {
  readonly text: string;
  readonly format: Exclude<ImportFormat, 'json'>;
  readonly encoding?: TextEncodingName;
  readonly warnings: readonly string[];
}
