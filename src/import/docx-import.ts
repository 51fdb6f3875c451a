import { segment } from '../engine';
import type { VersionText } from '../engine';
import type { DocxText } from './docx';
import { placeChanges } from './docx-tracked';
import { ImportError } from './errors';
import type { ImportResult, RevisionChoice } from './types';

/**
 * A Word file with tracked changes as an import result: the text the caller chose (every change
 * accepted, the original before them, or both as two versions), and each change with its
 * author, date, text and clause, so it can become a proposal attributed to that author. The
 * result says that revisions were present, whatever was chosen.
 */
export function withRevisions(
  tracked: NonNullable<DocxText['tracked']>,
  choice: RevisionChoice,
  noClauses: () => ImportError,
): ImportResult {
  const accepted = segmentOrNull(tracked.accepted.text);
  const original = segmentOrNull(tracked.original.text);
  const { reading } = tracked;
  const chosen = choice === 'original' ? original : accepted;
  const text = choice === 'original' ? tracked.original : tracked.accepted;
  if (text.text.trim() === '') {
    const which =
      choice === 'original' ? 'before its tracked changes' : 'with its changes accepted';
    throw new ImportError('empty', `file has no text ${which}`);
  }
  if (chosen === null) throw noClauses();
  const empty: VersionText = { title: '', clauses: [] };
  const changes = placeChanges(reading, accepted ?? empty, original ?? empty);
  const authors = [...new Set(changes.map((c) => c.author).filter((a): a is string => a !== null))];
  const warnings = [...text.warnings];
  const by = authors.length > 0 ? ` by ${authors.join(', ')}` : '';
  const kept =
    choice === 'original'
      ? 'imported as it was before them'
      : choice === 'both'
        ? 'imported with every change accepted, and as it was before them'
        : 'imported with every change accepted (choose "original" or "both" for the text before them)';
  warnings.push(`docx: ${reading.count} tracked changes${by}; ${kept}`);
  if (reading.truncated) {
    warnings.push(`docx: only the first ${reading.changes.length} tracked changes are listed`);
  }
  if (choice === 'both' && original === null) {
    warnings.push('docx: the text before the tracked changes has no numbered points; not offered');
  }
  return {
    text: text.text,
    format: 'docx',
    warnings,
    version: chosen,
    revisions: {
      imported: choice,
      count: reading.count,
      authors,
      changes,
      truncated: reading.truncated,
    },
    ...(choice === 'both' && original !== null
      ? { original: { text: tracked.original.text, version: original } }
      : {}),
  };
}

function segmentOrNull(text: string): VersionText | null {
  const version = segment(text);
  return version.clauses.length > 0 ? version : null;
}
