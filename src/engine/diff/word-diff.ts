import { myersDiff } from './myers';
import { pairTokenIds } from './token-ids';
import type { DiffRun } from '../types';

export interface WordDiffLimits {
  readonly maxEditLength: number;
  /** Work budget of the Myers search (diff/myers.ts), a step count rather than the clock. */
  readonly maxSteps: number;
}

// The tokens (numbers with their separators, words of any script, whitespace runs, single other
// characters) and their ids are diff/token-ids.ts's; Myers (diff/myers.ts, a port of jsdiff's
// diffArrays) compares the ids.
export { asciiTokens, regexTokens } from './token-ids';

/**
 * Word-level redline of `before` against `after`, bounded: when the search gives up (edit length
 * or step budget exceeded) the whole pair is shown as one deletion and one insertion, never a hang.
 */
export function wordDiff(before: string, after: string, limits: WordDiffLimits): DiffRun[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  if (before === '') return [{ op: 'insert', text: after }];
  if (after === '') return [{ op: 'delete', text: before }];
  const [oldTokens, newTokens] = pairTokenIds(before, after);
  const edits = myersDiff(oldTokens.ids, newTokens.ids, limits);
  if (edits === undefined) {
    return [
      { op: 'delete', text: before },
      { op: 'insert', text: after },
    ];
  }
  // Blocks of equal text and edits; an edit separated from the next only by whitespace is merged
  // with it, so "~~Armed Forces are~~ **military is**" reads as one replacement, not three.
  const blocks: ({ equal: string } | { del: string; ins: string })[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const edit of edits) {
    const removed = edit.op === 'delete';
    // A run's tokens are contiguous in its text: one slice, no string per token.
    const from = removed ? oldTokens.starts[oldAt]! : newTokens.starts[newAt]!;
    const text = removed
      ? before.slice(from, oldTokens.starts[(oldAt += edit.count)])
      : after.slice(from, newTokens.starts[(newAt += edit.count)]);
    if (edit.op === 'equal') oldAt += edit.count;
    const last = blocks[blocks.length - 1];
    if (edit.op === 'equal') {
      blocks.push({ equal: text });
      continue;
    }
    const beforeLast = blocks[blocks.length - 2];
    if (
      last !== undefined &&
      'equal' in last &&
      /^\s+$/u.test(last.equal) &&
      beforeLast !== undefined &&
      'del' in beforeLast
    ) {
      blocks.pop();
      beforeLast.del += last.equal;
      beforeLast.ins += last.equal;
    }
    const open = blocks[blocks.length - 1];
    if (open !== undefined && 'del' in open) {
      if (removed) open.del += text;
      else open.ins += text;
    } else {
      blocks.push(removed ? { del: text, ins: '' } : { del: '', ins: text });
    }
  }
  const runs: DiffRun[] = [];
  for (const block of blocks) {
    if ('equal' in block) runs.push({ op: 'equal', text: block.equal });
    else {
      if (block.del !== '') runs.push({ op: 'delete', text: block.del });
      if (block.ins !== '') runs.push({ op: 'insert', text: block.ins });
    }
  }
  return runs;
}

/** The old text a redline encodes (equal + delete runs). */
export function oldText(runs: readonly DiffRun[]): string {
  return runs
    .filter((r) => r.op !== 'insert')
    .map((r) => r.text)
    .join('');
}

/** The new text a redline encodes (equal + insert runs). */
export function newText(runs: readonly DiffRun[]): string {
  return runs
    .filter((r) => r.op !== 'delete')
    .map((r) => r.text)
    .join('');
}
