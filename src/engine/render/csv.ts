import { newText, oldText } from '../diff/word-diff';
import type { BaselineRow } from '../lineage/views';
import type { Lineage } from '../lineage/types';
import type { Comparison } from '../types';

/**
 * RFC 4180 CSV (CRLF line ends, quotes doubled). A cell that a spreadsheet would read as a formula
 * (starting with = + - @, tab or CR) is prefixed with an apostrophe, as OWASP advises for CSV
 * exports: clause text must never execute.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function csvRows(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One row per change: kind, labels, scores, flags, topics, and the old and new wording. */
export function renderChangesCsv(c: Comparison): string {
  return csvRows([
    [
      'kind',
      'from',
      'to',
      'similarity',
      'confidence',
      'pinned',
      'flags',
      'topics',
      'old_text',
      'new_text',
    ],
    ...c.changes.map((x) => [
      x.kind,
      x.from.join('+'),
      x.to.join('+'),
      x.similarity,
      x.confidence,
      x.pinned === true ? 'yes' : 'no',
      x.flags.join(' '),
      x.topics.join(' '),
      oldText(x.diff),
      newText(x.diff),
    ]),
  ]);
}

/**
 * The lineage matrix: one row per clause family, one column per version (the header names the
 * version slugs). A cell lists the family's labels in that version; with a baseline, its relation
 * to the baseline follows in brackets ("21 [changed]").
 */
export function renderLineageCsv(lineage: Lineage, baseline?: readonly BaselineRow[]): string {
  const relationOf = new Map(
    (baseline ?? []).flatMap((row) =>
      row.cells.map((cell) => [`${row.family}|${cell.version}`, cell.relation] as const),
    ),
  );
  return csvRows([
    ['family', 'topics', ...lineage.versions],
    ...lineage.families.map((family) => [
      family.id,
      family.topics.join(' '),
      ...family.cells.map((cell) => {
        const labels = cell.labels.join('+');
        const relation = relationOf.get(`${family.id}|${cell.version}`);
        return relation === undefined
          ? labels
          : `${labels}${labels === '' ? '' : ' '}[${relation}]`;
      }),
    ]),
  ]);
}
