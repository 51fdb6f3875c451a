import type { Change, Clause, Comparison, VersionText } from '../engine';

/**
 * The "text with changes marked" of the Word report, planned as plain data before any XML: one
 * paragraph per clause, each piece of text and each paragraph mark tagged with the revision Word
 * should record for it. The plan is built so that Word's Accept All gives exactly the newer
 * version (every clause as `label.⇥text`, in order) and Reject All exactly the older one:
 *
 * - a clause linked in place is one paragraph with its word redline (a renamed label is a
 *   deleted old label and an inserted new one);
 * - a split or merge is several paragraphs whose extra paragraph marks are inserted (split) or
 *   deleted (merge), so rejecting a split joins the pieces back into the old clause;
 * - a moved clause is Word's native move: the old text where it stood in the older version
 *   (moveFrom) and the new text where it stands now (moveTo, with words inserted since as
 *   ordinary insertions), linked by a move name;
 * - added and removed clauses are wholly inserted or deleted paragraphs, marks included.
 *
 * Clauses linked in place must keep their order in both versions; any link that does not (the
 * engine calls only 1:1 links "moved"; a split can also cross others) is written as a move.
 */
export type Mark = 'plain' | 'ins' | 'del' | 'moveFrom' | 'moveTo';

/** A run of text with one revision mark; `\n` is a line break inside a clause, `\t` a tab. */
export interface Piece {
  readonly text: string;
  readonly mark: Mark;
}

export interface PlannedParagraph {
  readonly pieces: readonly Piece[];
  /** The revision of the paragraph mark itself (what joins or separates clauses). */
  readonly mark: Mark;
  /** For moveFrom/moveTo paragraphs: the name linking the two ends of the move. */
  readonly move?: string;
  /** The change this paragraph shows (its first paragraph carries the change's comment). */
  readonly change: Change;
  /** 1-based number among the changed clauses; 0 for an unchanged clause. */
  readonly number: number;
  /** First paragraph written for this change at this place (comments anchor here). */
  readonly first: boolean;
  /** A clause whose fate is unknown (unreported): a note, outside the tracked text. */
  readonly unreported?: boolean;
}

/** The older and newer versions' clauses, in document order. */
export interface Sides {
  readonly a: readonly Clause[];
  readonly b: readonly Clause[];
}

const oldSide = (c: Change): string =>
  c.diff
    .filter((r) => r.op !== 'insert')
    .map((r) => r.text)
    .join('');
const newSide = (c: Change): string =>
  c.diff
    .filter((r) => r.op !== 'delete')
    .map((r) => r.text)
    .join('');

/**
 * The clauses behind the comparison: the versions themselves when given and consistent with it
 * (every label found, every change's diff joining exactly their texts); otherwise rebuilt from
 * the comparison alone, in reading order (moves then land beside their new place, and a clause
 * text holding line breaks may be cut differently, but the plan still round-trips to that text).
 */
export function sidesOf(c: Comparison, versions?: { from: VersionText; to: VersionText }): Sides {
  if (versions !== undefined && consistent(c, versions.from.clauses, versions.to.clauses)) {
    return { a: versions.from.clauses, b: versions.to.clauses };
  }
  const a: Clause[] = [];
  const b: Clause[] = [];
  for (const change of c.changes) {
    const olds = cut(oldSide(change), change.from.length);
    const news = cut(newSide(change), change.to.length);
    change.from.forEach((label, i) => a.push({ label, text: olds[i]! }));
    change.to.forEach((label, i) => b.push({ label, text: news[i]! }));
  }
  return { a, b };
}

function consistent(c: Comparison, a: readonly Clause[], b: readonly Clause[]): boolean {
  const byA = new Map(a.map((x) => [x.label, x.text]));
  const byB = new Map(b.map((x) => [x.label, x.text]));
  let seenA = 0;
  let seenB = 0;
  for (const change of c.changes) {
    const olds = change.from.map((l) => byA.get(l));
    const news = change.to.map((l) => byB.get(l));
    if (olds.includes(undefined) || news.includes(undefined)) return false;
    if (olds.join('\n') !== oldSide(change) || news.join('\n') !== newSide(change)) return false;
    seenA += olds.length;
    seenB += news.length;
  }
  return seenA === a.length && seenB === b.length;
}

/** A joined text back into n clause texts, cut at its first n-1 line breaks. */
function cut(text: string, n: number): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < n - 1; i++) {
    const at = text.indexOf('\n', from);
    if (at < 0) break;
    out.push(text.slice(from, at));
    from = at + 1;
  }
  out.push(text.slice(from));
  while (out.length < n) out.push('');
  return out;
}

/** Offsets, in a group's joined text, of the line breaks that separate its clauses. */
function separators(clauses: readonly Clause[]): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (let i = 0; i < clauses.length - 1; i++) {
    at += clauses[i]!.text.length;
    out.add(at);
    at += 1;
  }
  return out;
}

/** A clause's number as the paragraph shows it: `6.` (what segment() reads back as a label). */
export const numberOf = (label: string): string => `${label}.`;

/** The label pieces opening a paragraph: kept, renamed (old deleted, new inserted), or one side. */
export function labelPieces(
  old: string | undefined,
  now: string | undefined,
  mark?: Mark,
): Piece[] {
  if (mark !== undefined) return [{ text: `${numberOf(old ?? now ?? '')}\t`, mark }];
  if (old !== undefined && now !== undefined) {
    if (old === now) return [{ text: `${numberOf(old)}\t`, mark: 'plain' }];
    return [
      { text: numberOf(old), mark: 'del' },
      { text: numberOf(now), mark: 'ins' },
      { text: '\t', mark: 'plain' },
    ];
  }
  if (old !== undefined) return [{ text: `${numberOf(old)}\t`, mark: 'del' }];
  return [{ text: `${numberOf(now ?? '')}\t`, mark: 'ins' }];
}

type Para = Omit<PlannedParagraph, 'change' | 'number' | 'first'>;

/**
 * A change linked in place: its redline cut into paragraphs at the clause separators. A line
 * break that separates clauses on one side only is a paragraph mark inserted (or deleted) plus,
 * when the other side has a line break there inside a clause, that break deleted (or inserted).
 */
export function inPlaceParagraphs(
  change: Change,
  a: readonly Clause[],
  b: readonly Clause[],
): Para[] {
  const oldSeps = separators(a);
  const newSeps = separators(b);
  const paras: Para[] = [];
  let pieces: Piece[] = labelPieces(a[0]?.label, b[0]?.label);
  let o = 0;
  let n = 0;
  let ka = 0;
  let kb = 0;
  const end = (mark: Mark, nextOld: boolean, nextNew: boolean): void => {
    paras.push({ pieces, mark });
    if (nextOld) ka++;
    if (nextNew) kb++;
    pieces = labelPieces(nextOld ? a[ka]?.label : undefined, nextNew ? b[kb]?.label : undefined);
  };
  for (const run of change.diff) {
    const mark: Mark = run.op === 'equal' ? 'plain' : run.op === 'insert' ? 'ins' : 'del';
    const inOld = run.op !== 'insert';
    const inNew = run.op !== 'delete';
    let from = 0;
    while (from <= run.text.length) {
      const nl = run.text.indexOf('\n', from);
      const stop = nl < 0 ? run.text.length : nl;
      if (stop > from) pieces.push({ text: run.text.slice(from, stop), mark });
      if (inOld) o += stop - from;
      if (inNew) n += stop - from;
      if (nl < 0) break;
      const sepOld = inOld && oldSeps.has(o);
      const sepNew = inNew && newSeps.has(n);
      if (sepOld && sepNew) end('plain', true, true);
      else if (sepOld) {
        if (inNew) pieces.push({ text: '\n', mark: 'ins' });
        end('del', true, false);
      } else if (sepNew) {
        if (inOld) pieces.push({ text: '\n', mark: 'del' });
        end('ins', false, true);
      } else pieces.push({ text: '\n', mark });
      if (inOld) o += 1;
      if (inNew) n += 1;
      from = nl + 1;
    }
  }
  paras.push({ pieces, mark: 'plain' });
  return paras;
}

/** One clause of a change's newer side as moved text: kept words moveTo, new words inserted. */
export function movedToParagraphs(change: Change, b: readonly Clause[], name: string): Para[] {
  const seps = separators(b);
  const paras: Para[] = [];
  let pieces: Piece[] = labelPieces(undefined, b[0]?.label, 'moveTo');
  let n = 0;
  let k = 0;
  for (const run of change.diff) {
    if (run.op === 'delete') continue;
    const mark: Mark = run.op === 'equal' ? 'moveTo' : 'ins';
    let from = 0;
    while (from <= run.text.length) {
      const nl = run.text.indexOf('\n', from);
      const stop = nl < 0 ? run.text.length : nl;
      if (stop > from) pieces.push({ text: run.text.slice(from, stop), mark });
      n += stop - from;
      if (nl < 0) break;
      if (seps.has(n)) {
        paras.push({ pieces, mark: 'moveTo', move: name });
        k++;
        pieces = labelPieces(undefined, b[k]?.label, 'moveTo');
      } else pieces.push({ text: '\n', mark });
      n += 1;
      from = nl + 1;
    }
  }
  paras.push({ pieces, mark: 'moveTo', move: name });
  return paras;
}

/** A whole clause under one mark: removed (del), added (ins), or the old end of a move. */
export function wholeParagraph(clause: Clause, mark: Mark, move?: string): Para {
  return {
    pieces: [...labelPieces(clause.label, undefined, mark), { text: clause.text, mark }],
    mark,
    ...(move !== undefined ? { move } : {}),
  };
}
