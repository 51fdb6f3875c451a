/** Every output a comparison can take. No heavy imports here: the CLI loads this at startup. */
export const REPORT_FORMATS = ['json', 'md', 'html', 'csv', 'docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** Binary formats are offered as downloads; the text ones stay viewable in a browser. */
export const isBinaryFormat = (format: ReportFormat): boolean =>
  format === 'docx' || format === 'pdf';
