import type { Comparison } from '../types';
import { renderHtml } from './html';
import type { HtmlOptions } from './html';
import { renderMarkdown } from './markdown';
import type { MarkdownOptions } from './markdown';

export { renderHtml, renderHtmlRedline } from './html';
export type { HtmlOptions } from './html';
export { renderMarkdown, renderMarkdownRedline } from './markdown';
export type { MarkdownOptions } from './markdown';
export type { ReportContext, ReportDispute, ReportQuote, ReportVersion } from './context';
export { renderChangesCsv, renderLineageCsv } from './csv';

export const RENDER_FORMATS = ['json', 'md', 'html'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export type RenderOptions = MarkdownOptions & HtmlOptions;

/** One entry point for every output format; json is the public v1 contract verbatim. */
export function render(c: Comparison, format: RenderFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify(c, null, 2) + '\n';
    case 'md':
      return renderMarkdown(c, options);
    case 'html':
      return renderHtml(c, options);
  }
}
