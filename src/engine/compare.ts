import { alignClauses, round3, type Link } from './align/align';
import { documentIndex, type DocumentIndex } from './align/labels';
import { longestIncreasing } from './align/order';
import type { AlignParams } from './align/params';
import { wordDiff } from './diff/word-diff';
import { EngineError } from './errors';
import { TextCache } from './text/analysis';
import { resolveLimits, type EngineLimits } from './limits';
import { segment } from './segment/segment';
import { substanceFlags } from './substance/flags';
import { topicsOf } from './substance/topics';
import {
  CHANGE_KINDS,
  type Change,
  type ChangeKind,
  type Clause,
  type Comparison,
  type Overrides,
  type VersionText,
} from './types';

/** Bumped whenever a change to the engine can change a comparison's result (cache key). */
export const ENGINE_VERSION = '0.6.1';

export interface CompareOptions {
  readonly overrides?: Overrides;
  readonly limits?: Partial<EngineLimits>;
  /** Aligner thresholds; defaults are documented in docs/engine.md. */
  readonly params?: Partial<AlignParams>;
}

/** Segments two plain-text or Markdown documents and compares them. */
export function compareTexts(a: string, b: string, options: CompareOptions = {}): Comparison {
  const limits = resolveLimits(options.limits);
  return compareVersions(segment(a, { limits }), segment(b, { limits }), { ...options, limits });
}

/** Compares two segmented versions clause by clause. */
export function compareVersions(
  a: VersionText,
  b: VersionText,
  options: CompareOptions = {},
): Comparison {
  const limits = resolveLimits(options.limits);
  for (const version of [a, b]) {
    if (version.clauses.length > limits.maxClauses) {
      throw new EngineError(
        'too-many-clauses',
        `"${version.title}" has more than ${limits.maxClauses} clauses`,
      );
    }
    // Checked here too, not only in segment(): stored and JSON-imported clauses never pass it.
    const long = version.clauses.find((c) => c.text.length > limits.maxClauseChars);
    if (long !== undefined) {
      throw new EngineError(
        'clause-too-long',
        `clause ${long.label} of "${version.title}" has ${long.text.length} characters; the limit is ${limits.maxClauseChars}`,
      );
    }
  }
  // Labels resolved once per document, for the overrides, the aligner and the reading order.
  const index = [documentIndex(a.clauses), documentIndex(b.clauses)] as const;
  const { pinned, forbidden } = resolveOverrides(index, options.overrides ?? {});
  // One fold and split per distinct clause text for the whole comparison (issue #18).
  const texts = new TextCache();
  const links = alignClauses({
    a: a.clauses,
    b: b.clauses,
    pinned,
    forbidden,
    maxComponent: limits.maxAssignmentComponent,
    params: options.params,
    texts,
    index,
  });
  const moved = movedLinks(links);
  const changes = readingOrder(
    links.map((link, index) =>
      toChange(
        link,
        kindOf(link, moved.has(index), a.clauses, b.clauses),
        a.clauses,
        b.clauses,
        limits,
        texts,
      ),
    ),
    index,
  );
  const summary = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const change of changes) summary[change.kind] += 1;
  return {
    schema: 'plandiff.comparison/v1',
    engineVersion: ENGINE_VERSION,
    from: { title: a.title, clauseCount: a.clauses.length },
    to: { title: b.title, clauseCount: b.clauses.length },
    changes,
    summary: summary,
  };
}

function resolveOverrides(
  [a, b]: readonly [DocumentIndex, DocumentIndex],
  overrides: Overrides,
): { pinned: { from: number[]; to: number[] }[]; forbidden: Set<string> } {
  if ((overrides.pin ?? []).length === 0 && (overrides.forbid ?? []).length === 0) {
    return { pinned: [], forbidden: new Set() };
  }
  const indexA = a.byLabel;
  const indexB = b.byLabel;
  const lookup = (map: ReadonlyMap<string, number>, label: string, side: string): number => {
    const index = map.get(label);
    if (index === undefined) {
      throw new EngineError('invalid-override', `override names unknown ${side} clause "${label}"`);
    }
    return index;
  };
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pinned = (overrides.pin ?? []).map((pin) => {
    if (pin.from.length === 0 && pin.to.length === 0) {
      throw new EngineError('invalid-override', 'a pinned link needs at least one clause');
    }
    if (pin.from.length > 1 && pin.to.length > 1) {
      throw new EngineError('invalid-override', 'a pinned link may be 1:n or n:1, not n:m');
    }
    const from = pin.from.map((l) => lookup(indexA, l, 'from'));
    const to = pin.to.map((l) => lookup(indexB, l, 'to'));
    for (const [used, ids, side] of [
      [usedA, from, 'from'],
      [usedB, to, 'to'],
    ] as const) {
      for (const id of ids) {
        if (used.has(id)) {
          throw new EngineError('invalid-override', `a ${side} clause is pinned twice`);
        }
        used.add(id);
      }
    }
    return { from, to };
  });
  const forbidden = new Set(
    (overrides.forbid ?? []).map(
      (f) => `${lookup(indexA, f.from, 'from')}:${lookup(indexB, f.to, 'to')}`,
    ),
  );
  for (const pin of pinned) {
    for (const x of pin.from) {
      for (const y of pin.to) {
        if (forbidden.has(`${x}:${y}`)) {
          throw new EngineError('invalid-override', 'a link is both pinned and forbidden');
        }
      }
    }
  }
  return { pinned, forbidden };
}

/** Links (by index) whose relative order differs from the backbone of the two documents. */
function movedLinks(links: readonly Link[]): Set<number> {
  const paired = links
    .map((l, index) => ({ l, index }))
    .filter(({ l }) => l.from.length > 0 && l.to.length > 0);
  const backbone = longestIncreasing(
    paired.map(({ l }) => ({ a: Math.min(...l.from), b: Math.min(...l.to) })),
  );
  return new Set(paired.filter((_, i) => !backbone.has(i)).map(({ index }) => index));
}

function kindOf(
  link: Link,
  moved: boolean,
  a: readonly Clause[],
  b: readonly Clause[],
): ChangeKind {
  if (link.from.length === 0) return 'added';
  if (link.to.length === 0) return 'removed';
  if (link.from.length > 1) return 'merged';
  if (link.to.length > 1) return 'split';
  if (moved) return 'moved';
  const before = a[link.from[0]!]!;
  const after = b[link.to[0]!]!;
  if (before.text !== after.text) return 'reworded';
  return before.label === after.label ? 'unchanged' : 'renumbered';
}

function toChange(
  link: Link,
  kind: ChangeKind,
  a: readonly Clause[],
  b: readonly Clause[],
  limits: EngineLimits,
  cache: TextCache,
): Change {
  const from = link.from.map((i) => a[i]!);
  const to = link.to.map((i) => b[i]!);
  const before = joinTexts(from);
  const after = joinTexts(to);
  const linked = from.length > 0 && to.length > 0;
  const change: Change = {
    kind,
    from: from.map((c) => c.label),
    to: to.map((c) => c.label),
    similarity: round3(link.exact && before === after ? 1 : link.similarity),
    confidence: round3(link.confidence),
    diff: wordDiff(before, after, {
      maxEditLength: limits.maxEditLength,
      maxSteps: limits.diffMaxSteps,
    }),
    flags: linked && before !== after ? substanceFlags(before, after, cache) : [],
    topics: topicsOfLink(from, to),
  };
  return link.pinned ? { ...change, pinned: true } : change;
}

/** The link's clause texts read as one (most links have one clause a side: no array, no join). */
function joinTexts(clauses: readonly Clause[]): string {
  return clauses.length === 1 ? clauses[0]!.text : clauses.map((c) => c.text).join('\n');
}

/**
 * Topics of a link: of its text when every clause has the same text (an unchanged or renumbered
 * clause, 8 in 10 links of a revision), else the sorted union over its distinct texts.
 */
function topicsOfLink(from: readonly Clause[], to: readonly Clause[]): string[] {
  const first = (from[0] ?? to[0])!.text;
  if (from.every((c) => c.text === first) && to.every((c) => c.text === first)) {
    return topicsOf(first);
  }
  const texts = new Set([...from, ...to].map((c) => c.text));
  return [...new Set([...texts].flatMap(topicsOf))].sort();
}

/** Changes in reading order: by position in B; a removed clause follows the B partner of its A predecessor. */
function readingOrder(
  changes: readonly Change[],
  [indexA, indexB]: readonly [DocumentIndex, DocumentIndex],
): Change[] {
  const posA = indexA.byLabel;
  const posB = indexB.byLabel;
  // One slot per clause of A (a repeated label leaves the map smaller than the document).
  const partnerOfA = new Array<number>(indexA.parents.length).fill(-1);
  for (const c of changes) {
    if (c.to.length > 0) {
      for (const label of c.from) partnerOfA[posA.get(label)!] = posB.get(c.to[0]!)!;
    }
  }
  let last = -1;
  const anchorOfA = partnerOfA.map((p) => (last = p >= 0 ? p : last));
  const keyed = changes.map((c) => {
    const aPos = c.from.length > 0 ? posA.get(c.from[0]!)! : -1;
    const bPos = c.to.length > 0 ? posB.get(c.to[0]!)! : (anchorOfA[aPos] ?? -1) + 0.5;
    return { c, aPos, bPos };
  });
  keyed.sort((x, y) => (x.bPos !== y.bPos ? x.bPos - y.bPos : x.aPos - y.aPos));
  return keyed.map(({ c }) => c);
}
