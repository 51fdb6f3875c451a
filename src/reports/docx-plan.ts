import type { Change, Clause, Comparison, VersionText } from '../engine';
import {
  inPlaceParagraphs,
  movedToParagraphs,
  sidesOf,
  wholeParagraph,
  type PlannedParagraph,
} from './docx-text';

export type { Mark, Piece, PlannedParagraph } from './docx-text';

type Para = Omit<PlannedParagraph, 'change' | 'number' | 'first'>;

/** What stands at one position of a version: a change written in place, or one clause of it. */
interface Slot {
  readonly change: number;
  /** In-place changes span both versions; the others stand in one. */
  readonly inPlace: boolean;
  /** Paragraphs written when this slot is reached (none for the far side of an in-place span). */
  readonly paras: readonly Para[];
  /** Positions this slot covers in its version (an in-place span covers its whole group). */
  readonly width: number;
}

/**
 * Every clause of both versions placed in one reading order, as paragraphs: clauses linked in
 * place where they stand, removed clauses and the old ends of moves where they stood in the
 * older version (before what was added at that place), added clauses and the new ends of moves
 * where they stand in the newer one. Linear in the number of clauses, apart from the
 * O(n log n) choice of which links stay in place.
 */
export function planText(
  c: Comparison,
  versions?: { from: VersionText; to: VersionText },
): PlannedParagraph[] {
  const { a, b } = sidesOf(c, versions);
  const posA = new Map(a.map((x, i) => [x.label, i]));
  const posB = new Map(b.map((x, i) => [x.label, i]));
  const clausesOf = (
    labels: readonly string[],
    side: readonly Clause[],
    pos: Map<string, number>,
  ) => labels.map((l) => side[pos.get(l)!]!);
  const runOf = (labels: readonly string[], pos: Map<string, number>): number | undefined => {
    const first = pos.get(labels[0] ?? '');
    if (first === undefined) return undefined;
    return labels.every((l, i) => pos.get(l) === first + i) ? first : undefined;
  };
  // Which paired links can stay in place: contiguous on both sides, not moved, and among them
  // the longest chain that keeps both orders. Every other paired link is written as a move.
  const candidates: { change: number; a: number; b: number }[] = [];
  c.changes.forEach((change, i) => {
    if (change.from.length === 0 || change.to.length === 0 || change.kind === 'moved') return;
    const ra = runOf(change.from, posA);
    const rb = runOf(change.to, posB);
    if (ra !== undefined && rb !== undefined) candidates.push({ change: i, a: ra, b: rb });
  });
  const inPlace = new Set(increasingChain(candidates).map((x) => x.change));

  const slotsA = new Array<Slot | undefined>(a.length);
  const slotsB = new Array<Slot | undefined>(b.length);
  let moves = 0;
  c.changes.forEach((change, i) => {
    const olds = clausesOf(change.from, a, posA);
    const news = clausesOf(change.to, b, posB);
    if (inPlace.has(i)) {
      const slot: Slot = {
        change: i,
        inPlace: true,
        paras: inPlaceParagraphs(change, olds, news),
        width: olds.length,
      };
      slotsA[posA.get(change.from[0]!)!] = slot;
      slotsB[posB.get(change.to[0]!)!] = { ...slot, paras: [], width: news.length };
      return;
    }
    const paired = olds.length > 0 && news.length > 0;
    const name = paired ? `plandiff-move-${++moves}` : undefined;
    olds.forEach((clause, k) => {
      const para = paired
        ? wholeParagraph(clause, 'moveFrom', name)
        : change.kind === 'unreported'
          ? { ...wholeParagraph(clause, 'plain'), unreported: true }
          : wholeParagraph(clause, 'del');
      slotsA[posA.get(change.from[k]!)!] = { change: i, inPlace: false, paras: [para], width: 1 };
    });
    const newParas = paired
      ? movedToParagraphs(change, news, name!)
      : news.map((clause) => wholeParagraph(clause, 'ins'));
    news.forEach((_, k) => {
      const slot: Slot = { change: i, inPlace: false, paras: [newParas[k]!], width: 1 };
      slotsB[posB.get(change.to[k]!)!] = slot;
    });
  });
  return walk(c.changes, slotsA, slotsB);
}

/** Reads both versions at once: one side's own slots first, then the other's, then a shared span. */
function walk(
  changes: readonly Change[],
  slotsA: readonly (Slot | undefined)[],
  slotsB: readonly (Slot | undefined)[],
): PlannedParagraph[] {
  const numbers = new Map<number, number>();
  let numbered = 0;
  changes.forEach((x, i) => {
    if (x.kind !== 'unchanged') numbers.set(i, ++numbered);
  });
  const out: PlannedParagraph[] = [];
  let last = -1;
  const emit = (slot: Slot): void => {
    const change = changes[slot.change]!;
    slot.paras.forEach((p, k) => {
      out.push({
        ...p,
        change,
        number: numbers.get(slot.change) ?? 0,
        first: k === 0 && last !== slot.change,
      });
    });
    last = slot.change;
  };
  let i = 0;
  let j = 0;
  while (i < slotsA.length || j < slotsB.length) {
    const sa = slotsA[i];
    const sb = slotsB[j];
    if (i < slotsA.length && (sa === undefined || !sa.inPlace)) {
      if (sa !== undefined) emit(sa);
      i += 1;
    } else if (j < slotsB.length && (sb === undefined || !sb.inPlace)) {
      if (sb !== undefined) emit(sb);
      j += 1;
    } else {
      // Both sides reached an in-place span; the chain guarantees it is the same one.
      if (sa === undefined) break;
      emit(sa);
      i += sa.width;
      j += sb?.width ?? 1;
    }
  }
  return out;
}

/**
 * The longest chain of candidates increasing in both a and b (patience sorting, O(n log n)):
 * the links that can be read in place without breaking either version's order.
 */
export function increasingChain<T extends { a: number; b: number }>(items: readonly T[]): T[] {
  const order = [...items].sort((x, y) => x.a - y.a || x.b - y.b);
  const tails: number[] = [];
  const previous = new Int32Array(order.length).fill(-1);
  order.forEach((item, index) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order[tails[mid]!]!.b < item.b) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[index] = tails[lo - 1]!;
    tails[lo] = index;
  });
  const chain: T[] = [];
  let cursor = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (cursor !== -1) {
    chain.push(order[cursor]!);
    cursor = previous[cursor]!;
  }
  return chain.reverse();
}
