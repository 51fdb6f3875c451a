import type { Change } from '../types';
import type { ReportContext, ReportSource } from './context';

export interface NumberedSource extends ReportSource {
  /** 1-based, in the sorted order the report lists them. */
  readonly n: number;
}

// Code-unit order rather than localeCompare: output must not depend on the machine's locale.
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The report's sources, numbered in a stable order (outlet, then address) so that a change can
 * cite them as [1], [3] and the list reads as a bibliography rather than a dump of links.
 */
export function numberedSources(context: ReportContext): NumberedSource[] {
  return [...(context.sources ?? [])]
    .sort(
      (a, b) =>
        cmp((a.outlet ?? '').toLowerCase(), (b.outlet ?? '').toLowerCase()) || cmp(a.url, b.url),
    )
    .map((s, i) => ({ ...s, n: i + 1 }));
}

/** The numbers of the sources behind either side of a change. */
export function sourcesOfChange(
  change: Change,
  sources: readonly NumberedSource[],
  context: ReportContext,
): number[] {
  const keys = new Set<string>();
  if (context.from !== undefined) {
    for (const l of change.from) keys.add(`${context.from.slug}:${l}`);
  }
  if (context.to !== undefined) for (const l of change.to) keys.add(`${context.to.slug}:${l}`);
  if (keys.size === 0) return [];
  return sources.filter((s) => (s.clauses ?? []).some((k) => keys.has(k))).map((s) => s.n);
}

/** "v20 5a, 6; v28 10c": the clauses a source supports, for its entry in the list. */
export function supportedClauses(source: ReportSource): string {
  const byVersion = new Map<string, string[]>();
  for (const key of source.clauses ?? []) {
    const at = key.indexOf(':');
    const version = at < 0 ? '' : key.slice(0, at);
    const list = byVersion.get(version) ?? [];
    list.push(at < 0 ? key : key.slice(at + 1));
    byVersion.set(version, list);
  }
  return [...byVersion]
    .map(([v, labels]) => `${v === '' ? '' : `${v} `}${labels.join(', ')}`)
    .join('; ');
}
