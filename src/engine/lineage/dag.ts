import type { LineageVersion } from './types';

/** Every ancestor of a version in the DAG, nearest first (breadth first, each once). */
export function ancestors(
  version: LineageVersion,
  bySlug: ReadonlyMap<string, LineageVersion>,
): LineageVersion[] {
  const found: LineageVersion[] = [];
  const queue = [...version.parents];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const slug = queue.shift()!;
    const parent = bySlug.get(slug);
    if (seen.has(slug) || parent === undefined) continue;
    seen.add(slug);
    found.push(parent);
    queue.push(...parent.parents);
  }
  return found;
}

/** A version read out point by point, or one with points not retrieved: silence proves nothing. */
export function isReadout(v: LineageVersion): boolean {
  return (
    v.clauses.some((c) => c.status === 'placeholder') ||
    (v.clauses.length > 0 && v.clauses.every((c) => c.status !== 'text'))
  );
}
