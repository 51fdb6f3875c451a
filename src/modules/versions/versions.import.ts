import { EngineError } from '../../engine';
import type { Clause, VersionText } from '../../engine';
import { importDocumentIsolated } from '../../import';
import type {
  ImportFormat,
  ImportResult,
  RevisionChoice,
  TextEncodingName,
  TrackedRevisions,
} from '../../import';
import { segmentOffLoop } from '../engine-work/engine-work';
import type { NewClause, NewTrackedChange } from './versions.types';
import { importName } from './versions.upload';
import type { UploadedDocument } from './versions.upload';

/** What `POST …/versions/preview` answers: the clauses an import would store, nothing stored. */
export interface ImportPreview {
  readonly filename: string | null;
  readonly format: ImportFormat | 'text';
  readonly encoding: TextEncodingName | null;
  readonly title: string | null;
  readonly clauseCount: number;
  readonly warnings: readonly string[];
  readonly clauses: readonly { label: string; parent: string | null; text: string }[];
  /** A Word file's tracked changes (authors, dates, text, clause); null for other files. */
  readonly revisions: TrackedRevisions | null;
  /** With revisions=both: the text before the tracked changes. */
  readonly original: {
    readonly clauseCount: number;
    readonly clauses: readonly { label: string; parent: string | null; text: string }[];
  } | null;
}

/**
 * Reads an uploaded document through the importer. Everything is read and segmented before the
 * caller stores anything, so a refused file (ImportError → 4xx problem) leaves no trace. Parsing
 * runs in a worker thread with a time and memory limit (src/import/sandbox.ts).
 */
export function importUpload(
  file: UploadedDocument,
  maxBytes: number,
  revisions?: RevisionChoice,
): Promise<ImportResult> {
  return importDocumentIsolated(file.buffer, importName(file), {
    maxBytes,
    ...(revisions !== undefined ? { revisions } : {}),
  });
}

/** An import's tracked changes as stored with the version. */
export function storedTrackedChanges(result: ImportResult): NewTrackedChange[] {
  return (result.revisions?.changes ?? []).map((c) => ({
    kind: c.kind,
    author: c.author,
    date: c.date,
    text: c.text,
    clause: c.clause,
    side: c.version,
  }));
}

/** Segmented or imported clauses as stored clauses: published text, no topics or sources yet. */
export function storedClauses(clauses: readonly Clause[]): NewClause[] {
  return clauses.map((c) => ({
    label: c.label,
    text: c.text,
    parent: c.parent ?? null,
    status: 'text',
    topics: [],
    sources: [],
  }));
}

export function previewOfImport(file: UploadedDocument, result: ImportResult): ImportPreview {
  return {
    filename: file.originalname || null,
    format: result.format,
    encoding: result.encoding ?? null,
    title: result.version.title === '' ? null : result.version.title,
    clauseCount: result.version.clauses.length,
    warnings: result.warnings,
    clauses: result.version.clauses.map(plainClause),
    revisions: result.revisions ?? null,
    original:
      result.original === undefined
        ? null
        : {
            clauseCount: result.original.version.clauses.length,
            clauses: result.original.version.clauses.map(plainClause),
          },
  };
}

/**
 * A version's `text`, segmented by the engine (in a worker when the text is large). A text
 * without numbered points is almost certainly a paste error; it is refused (422 no-clauses), as
 * the CLI and the importer do.
 */
export async function segmentText(text: string): Promise<VersionText> {
  const version = await segmentOffLoop(text);
  if (version.clauses.length === 0) {
    throw new EngineError('no-clauses', 'The text has no numbered points (1., 2), Article 3, …).');
  }
  return version;
}

/** Pasted text: segmented and refused exactly as `text` is on create. */
export async function previewOfText(text: string): Promise<ImportPreview> {
  const version = await segmentText(text);
  return {
    filename: null,
    format: 'text',
    encoding: null,
    title: version.title === '' ? null : version.title,
    clauseCount: version.clauses.length,
    warnings: [],
    clauses: version.clauses.map(plainClause),
    revisions: null,
    original: null,
  };
}

function plainClause(c: Clause): { label: string; parent: string | null; text: string } {
  return { label: c.label, parent: c.parent ?? null, text: c.text };
}
