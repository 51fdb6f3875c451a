/**
 * TEMPORARY stand-in, replaced by the real extractor at merge.
 * It finds only direct quotes in “…”, with no speaker and an unclear stance, so the article store
 * and review flow can be built and tested against the real signature.
 */
import { STATEMENTS_SCHEMA } from './types';
import type { ExtractionInput, Statement, StatementsResult } from './types';

export * from './types';

export function extractStatements(input: ExtractionInput): StatementsResult {
  const lead = /^date (\d{4}-\d{2}-\d{2})\s*$/m.exec(input.text.slice(0, 200));
  const date = lead?.[1] ?? input.date ?? null;
  const statements: Statement[] = [];
  for (const m of input.text.matchAll(/“([^”]{1,2000})”/g)) {
    const start = m.index + 1;
    const quote = m[1]!;
    statements.push({
      id: `s${start}-${start + quote.length}`,
      speaker: null,
      party: null,
      role: 'unknown',
      quote,
      span: [start, start + quote.length],
      mode: 'direct',
      stance: 'unclear',
      target: { kind: 'plan' },
      topics: [],
      date,
      confidence: 0.5,
    });
  }
  return {
    schema: STATEMENTS_SCHEMA,
    article: { title: null, date, language: 'en' },
    statements,
  };
}
