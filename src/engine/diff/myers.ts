/**
 * Myers' O(ND) diff over token arrays, a port of jsdiff's `diffArrays` (diff 9.0.0, base.js) on
 * typed arrays. The redlines were always jsdiff's, so this reproduces its choices step by step:
 * the same diagonal order, the same tie-break (an insertion is taken when the deletion path is
 * not strictly further along the old text), the same pruning of diagonals that reached an edge,
 * the same greedy common-run extension. Only the bookkeeping differs: jsdiff allocates a path
 * object and a component object per step (the hot spot of the word diffs at 10,000 clauses);
 * here a path is an integer in two Int32Arrays and components live in a growable node pool.
 * diff/myers.spec.ts checks it against jsdiff on thousands of random pairs.
 */

/** One run of the edit script: `count` tokens kept, inserted or deleted. */
export interface EditRun {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly count: number;
}

const EQUAL = 0;
const INSERT = 1;
const DELETE = 2;
const OPS = ['equal', 'insert', 'delete'] as const;
const NONE = -1;
/** oldPos of a diagonal with no live path (jsdiff: `bestPath[d] === undefined`). */
const ABSENT = -2;

/** Component nodes, shared between paths (a path's history is a linked list through `prev`). */
class Nodes {
  public count = new Int32Array(256);
  public op = new Uint8Array(256);
  public prev = new Int32Array(256);
  public size = 0;

  public add(count: number, op: number, prev: number): number {
    if (this.size === this.count.length) this.grow();
    const at = this.size++;
    this.count[at] = count;
    this.op[at] = op;
    this.prev[at] = prev;
    return at;
  }

  private grow(): void {
    const n = this.count.length * 2;
    const count = new Int32Array(n);
    count.set(this.count);
    const op = new Uint8Array(n);
    op.set(this.op);
    const prev = new Int32Array(n);
    prev.set(this.prev);
    this.count = count;
    this.op = op;
    this.prev = prev;
  }
}

/**
 * Working arrays reused from call to call (the diff runs synchronously, one pair at a time):
 * allocating them per pair was a visible share of the word diffs. A node pool that an unusual
 * pair grew past 64k nodes is dropped at the next call, so at most that much stays held.
 */
const scratch = { nodes: new Nodes(), bestOld: new Int32Array(0), bestNode: new Int32Array(0) };

export interface MyersLimits {
  /** Largest edit length searched; beyond it the diff gives up (jsdiff's maxEditLength). */
  readonly maxEditLength: number;
  /**
   * Work budget in steps (diagonals visited plus tokens compared) before giving up. A count,
   * not the clock, so the same input always gives the same redline whatever the machine load.
   */
  readonly maxSteps: number;
}

/**
 * Edit script turning `before` into `after`, or undefined when the edit length or the step
 * budget is exceeded. Tokens are compared with `===` (the word diff passes integer token ids).
 */
export function myersDiff<T>(
  before: ArrayLike<T>,
  after: ArrayLike<T>,
  limits: MyersLimits,
): EditRun[] | undefined {
  const oldLen = before.length;
  const newLen = after.length;
  const maxEdit = Math.min(newLen + oldLen, limits.maxEditLength);
  if (scratch.nodes.count.length > 65_536) scratch.nodes = new Nodes();
  const nodes = scratch.nodes;
  nodes.size = 0;
  // Diagonal k lives at index k + offset; jsdiff reads diagonals up to ±(editLength + 1).
  const offset = maxEdit + 2;
  if (scratch.bestOld.length < 2 * offset + 1) {
    scratch.bestOld = new Int32Array(2 * offset + 1);
    scratch.bestNode = new Int32Array(2 * offset + 1);
  }
  const bestOld = scratch.bestOld.fill(ABSENT, 0, 2 * offset + 1);
  const bestNode = scratch.bestNode.fill(NONE, 0, 2 * offset + 1);
  let steps = 0;

  // Extends the path on diagonal k along equal tokens; returns the new oldPos, pushes a node.
  const common = (oldPos: number, k: number, at: number): number => {
    let newPos = oldPos - k;
    const start = oldPos;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && before[oldPos + 1] === after[newPos + 1]) {
      newPos++;
      oldPos++;
    }
    steps += oldPos - start;
    if (oldPos > start) bestNode[at] = nodes.add(oldPos - start, EQUAL, bestNode[at]!);
    return oldPos;
  };

  bestNode[offset] = NONE;
  bestOld[offset] = common(-1, 0, offset);
  if (bestOld[offset] + 1 >= oldLen && bestOld[offset] + 1 >= newLen) {
    return runs(nodes, bestNode[offset]);
  }
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEdit && steps <= limits.maxSteps; editLength++) {
    const last = Math.min(maxDiagonal, editLength);
    for (let k = Math.max(minDiagonal, -editLength); k <= last; k += 2) {
      steps++;
      const at = k + offset;
      const removeOld = bestOld[at - 1]!;
      const removeNode = bestNode[at - 1]!;
      const addOld = bestOld[at + 1]!;
      if (removeOld !== ABSENT) bestOld[at - 1] = ABSENT;
      const canAdd = addOld !== ABSENT && addOld - k >= 0 && addOld - k < newLen;
      const canRemove = removeOld !== ABSENT && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        bestOld[at] = ABSENT;
        continue;
      }
      let oldPos: number;
      if (!canRemove || (canAdd && removeOld < addOld)) {
        oldPos = addOld;
        bestNode[at] = extend(nodes, bestNode[at + 1]!, INSERT);
      } else {
        oldPos = removeOld + 1;
        bestNode[at] = extend(nodes, removeNode, DELETE);
      }
      oldPos = common(oldPos, k, at);
      const newPos = oldPos - k;
      if (oldPos + 1 >= oldLen && newPos + 1 >= newLen) return runs(nodes, bestNode[at]);
      bestOld[at] = oldPos;
      if (oldPos + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, k - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, k + 1);
    }
  }
  return undefined;
}

/** jsdiff's addToPath: one more token of `op`, merged into the last run when it has that op. */
function extend(nodes: Nodes, last: number, op: number): number {
  if (last !== NONE && nodes.op[last] === op) {
    return nodes.add(nodes.count[last]! + 1, op, nodes.prev[last]!);
  }
  return nodes.add(1, op, last);
}

function runs(nodes: Nodes, last: number): EditRun[] {
  const result: EditRun[] = [];
  for (let at = last; at !== NONE; at = nodes.prev[at]!) {
    result.push({ op: OPS[nodes.op[at]!]!, count: nodes.count[at]! });
  }
  return result.reverse();
}
