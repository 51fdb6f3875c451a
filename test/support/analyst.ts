import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A change as the comparison contract has it (only what the analyst reads). */
export interface WalkChange {
  readonly kind: string;
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly curated?: boolean;
}

interface FileLink {
  readonly from: { readonly version: string; readonly label: string } | null;
  readonly to: { readonly version: string; readonly label: string } | null;
  readonly toVersion?: string;
  readonly kind: string;
}

/** The curated links of the shipped corpus (fixtures/plans/ukraine-2025/links.json). */
export function curatedLinks(): readonly FileLink[] {
  const path = join(__dirname, '..', '..', 'fixtures', 'plans', 'ukraine-2025', 'links.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { links: FileLink[] }).links;
}

/**
 * The analyst's question, "which clauses of `from` were removed, reworded, split or merged on the
 * way to `to`", answered from a comparison.
 */
export function answer(changes: readonly WalkChange[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of changes) {
    for (const label of c.from) (out[c.kind] ??= []).push(label);
  }
  return out;
}

/**
 * Every way the comparison disagrees with the curated links between the two versions: a curated
 * pair not linked, a curated kind not kept (same → unchanged unless inside a merge or split;
 * merged → merged; removed → removed), and any removal the curation does not state.
 */
export function disagreements(
  changes: readonly WalkChange[],
  from: string,
  to: string,
  links: readonly FileLink[] = curatedLinks(),
): string[] {
  const problems: string[] = [];
  const owner = (label: string): WalkChange | undefined =>
    changes.find((c) => c.from.includes(label));
  const between = links.filter(
    (l) =>
      (l.from === null || l.from.version === from) &&
      (l.to === null ? l.toVersion === to : l.to.version === to),
  );
  for (const l of between) {
    const name = `${l.from?.label ?? '-'} ${l.kind} ${l.to?.label ?? '-'}`;
    if (l.kind === 'added') {
      continue; // a clause may be curated as added and as a reworked point's target at once
    }
    const change = owner(l.from!.label);
    if (change === undefined) {
      problems.push(`${name}: not in the comparison`);
      continue;
    }
    if (l.kind === 'removed') {
      if (change.kind !== 'removed') problems.push(`${name}: reads ${change.kind}`);
      continue;
    }
    if (!change.to.includes(l.to!.label)) {
      problems.push(`${name}: linked to ${change.to.join('+') || 'nothing'} (${change.kind})`);
      continue;
    }
    const group = change.from.length > 1 || change.to.length > 1;
    const expected =
      l.kind === 'same' && !group
        ? ['unchanged']
        : l.kind === 'merged'
          ? ['merged']
          : l.kind === 'split'
            ? ['split']
            : group
              ? ['merged', 'split']
              : ['reworded'];
    if (!expected.includes(change.kind)) problems.push(`${name}: reads ${change.kind}`);
  }
  const curatedRemovals = new Set(
    between.filter((l) => l.kind === 'removed').map((l) => l.from!.label),
  );
  for (const c of changes.filter((x) => x.kind === 'removed')) {
    for (const label of c.from) {
      if (!curatedRemovals.has(label)) problems.push(`${label}: removed, the curation says not`);
    }
  }
  return problems;
}
