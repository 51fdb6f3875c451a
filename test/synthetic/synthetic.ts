/**
 * Deterministic synthetic version pairs with known ground truth, for accuracy and speed runs.
 * Real dossiers give a handful of gold links; this gives thousands, at any size, from a seed.
 * Pure: no I/O, no clock, no Math.random.
 */
import type { GoldAlignment, GoldLink } from '../../src/engine';
import { mergeClauses, reorderPhrases, reword, splitClause } from './edits';
import type { RewordStyle } from './edits';
import type { Draft } from './grammar';
import { ClauseGrammar } from './grammar';
import { Random, deriveSeed } from './prng';

export type Operation = 'remove' | 'reword' | 'move' | 'split' | 'merge' | 'add';

export interface SyntheticOptions {
  /** N clauses in A (intended range 30 … 10,000). */
  clauses: number;
  seed?: number;
  profile?: 'default' | 'hard';
  /** Fractions of N; `merge` counts adjacent pairs. */
  rates?: Partial<Record<Operation, number>>;
  /**
   * Lightly reword split halves and merged clauses (default true). Off, their words come verbatim
   * from the source clauses, which lets tests check provenance exactly.
   */
  splitMergeReword?: boolean;
}

export interface SyntheticPair {
  a: string;
  b: string;
  gold: GoldAlignment;
  /**
   * clausesA, clausesB; per operation: unchanged, reworded (in place), moved (of which
   * movedReworded), split (A clauses split in two), merged (pairs), added, removed; and
   * boilerplate and cyrillic (A clauses of that kind), wordsA, wordsB.
   */
  stats: Record<string, number>;
}

export const DEFAULT_RATES: Readonly<Record<Operation, number>> = {
  remove: 0.05,
  reword: 0.1,
  move: 0.1,
  split: 0.01,
  merge: 0.01,
  add: 0.05,
};

/** Moves shorter than this look like local jitter, which an aligner may fairly call unchanged. */
export const MIN_MOVE = 3;
const HARD_BOILERPLATE = 0.2;

const STYLES: Record<'default' | 'hard' | 'light', RewordStyle> = {
  default: { fraction: 0.2, synonymsFirst: false, numberChange: 0.15 },
  hard: { fraction: 0.45, synonymsFirst: true, numberChange: 0.15 },
  light: { fraction: 0.05, synonymsFirst: false, numberChange: 0 },
};

// Separate streams, so that changing the rates leaves A untouched, and switching the light
// rewording off changes nothing but the split and merged texts.
const STREAM = { text: 1, ops: 2, edit: 3, light: 4 } as const;

type Fate = 'keep' | 'remove' | 'reword' | 'move' | 'moveReword' | 'split' | 'merge' | 'mergeTail';

interface Unit {
  from: number[];
  /** B clause texts (two for a split). */
  texts: string[];
  kind: string;
  basis: string;
}

function assignFates(
  drafts: readonly Draft[],
  rates: Record<Operation, number>,
  rng: Random,
): Fate[] {
  const n = drafts.length;
  const fates: Fate[] = new Array<Fate>(n).fill('keep');
  const want = (op: Operation): number => Math.round(rates[op] * n);
  let merges = 0;
  for (let tries = 0; merges < want('merge') && tries < 50 * n; tries++) {
    const i = rng.int(n - 1);
    if (fates[i] === 'keep' && fates[i + 1] === 'keep') {
      fates[i] = 'merge';
      fates[i + 1] = 'mergeTail';
      merges++;
    }
  }
  const order = rng.shuffle([...Array(n).keys()]);
  let splits = 0;
  for (const i of order) {
    if (splits >= want('split')) break;
    if (fates[i] === 'keep' && (drafts[i]?.parts.length ?? 0) >= 2) {
      fates[i] = 'split';
      splits++;
    }
  }
  const free = order.filter((i) => fates[i] === 'keep');
  const plan: Array<[Fate, number]> = [
    ['remove', want('remove')],
    ['moveReword', Math.round(want('move') / 3)],
    ['move', want('move') - Math.round(want('move') / 3)],
    ['reword', want('reword')],
  ];
  let next = 0;
  for (const [fate, count] of plan) {
    for (let c = 0; c < count && next < free.length; c++) fates[free[next++] as number] = fate;
  }
  return fates;
}

/** A gap index at least MIN_MOVE stationary clauses away from `natural`, when there is one. */
function distantGap(natural: number, gaps: number, rng: Random): number {
  const lo = Math.max(0, natural - MIN_MOVE + 1);
  const hi = Math.min(gaps - 1, natural + MIN_MOVE - 1);
  const allowed = gaps - (hi - lo + 1);
  if (allowed <= 0) return natural < gaps / 2 ? gaps - 1 : 0;
  const j = rng.int(allowed);
  return j < lo ? j : j + (hi - lo + 1);
}

const render = (title: string, clauses: readonly string[]): string => {
  const lines = clauses.map((text, i) => `${i + 1}. ${text}`);
  return `${title}\n\n${lines.join('\n')}\n`;
};

function countWords(texts: readonly string[]): number {
  let words = 0;
  for (const t of texts) {
    words++;
    for (let i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) words++;
  }
  return words;
}

export function generatePair(options: SyntheticOptions): SyntheticPair {
  const n = options.clauses;
  if (!Number.isInteger(n) || n < 2) {
    throw new RangeError(`clauses must be an integer ≥ 2, got ${n}`);
  }
  const seed = options.seed ?? 1;
  const profile = options.profile ?? 'default';
  const rates = { ...DEFAULT_RATES, ...options.rates };
  for (const [op, r] of Object.entries(rates)) {
    if (!(r >= 0 && r <= 1)) throw new RangeError(`rate ${op} must be in [0, 1], got ${r}`);
  }
  const textRng = new Random(deriveSeed(seed, STREAM.text));
  const opsRng = new Random(deriveSeed(seed, STREAM.ops));
  const editRng = new Random(deriveSeed(seed, STREAM.edit));
  const lightRng = new Random(deriveSeed(seed, STREAM.light));
  const grammar = new ClauseGrammar(textRng);
  const hard = profile === 'hard';
  const fresh = (): Draft =>
    (hard && textRng.chance(HARD_BOILERPLATE) ? grammar.boilerplate() : undefined) ??
    grammar.clause();

  const title = grammar.title();
  const drafts = Array.from({ length: n }, fresh);
  const aTexts = drafts.map((d) => d.words.join(' '));
  const fates = assignFates(drafts, rates, opsRng);
  const style = hard ? STYLES.hard : STYLES.default;
  const light = (words: string[]): string =>
    (options.splitMergeReword === false ? words : reword(words, STYLES.light, lightRng)).join(' ');
  const rewordDraft = (d: Draft): string =>
    reword(hard ? reorderPhrases(d, editRng) : d.words, style, editRng).join(' ');

  const stationary: Unit[] = [];
  const moved: Array<{ unit: Unit; natural: number }> = [];
  const removed: number[] = [];
  drafts.forEach((d, i) => {
    const unit = (kind: string, basis: string, texts: string[], from = [i]): Unit => ({
      from,
      texts,
      kind,
      basis,
    });
    const text = aTexts[i] ?? '';
    switch (fates[i]) {
      case 'keep':
        stationary.push(unit('unchanged', 'unchanged', [text]));
        break;
      case 'reword':
        stationary.push(unit('reworded', 'reword', [rewordDraft(d)]));
        break;
      case 'remove':
        removed.push(i);
        break;
      case 'move':
        moved.push({ unit: unit('moved', 'move', [text]), natural: stationary.length });
        break;
      case 'moveReword': {
        const u = unit('moved', 'move+reword', [rewordDraft(d)]);
        moved.push({ unit: u, natural: stationary.length });
        break;
      }
      case 'split':
        stationary.push(unit('split', 'split', splitClause(d, editRng).map(light)));
        break;
      case 'merge': {
        const next = drafts[i + 1];
        if (!next) throw new Error('merge at the last clause');
        const merged = light(mergeClauses(d.words, next.words));
        stationary.push(unit('merged', 'merge', [merged], [i, i + 1]));
        break;
      }
      case 'mergeTail':
      case undefined:
        break;
    }
  });

  // Moved and added clauses go into the gaps between stationary ones; gap g precedes stationary[g].
  const gaps: Unit[][] = Array.from({ length: stationary.length + 1 }, () => []);
  for (const { unit, natural } of moved) gaps[distantGap(natural, gaps.length, opsRng)]?.push(unit);
  const added = Math.round(rates.add * n);
  for (let k = 0; k < added; k++) {
    const texts = [fresh().words.join(' ')];
    gaps[opsRng.int(gaps.length)]?.push({ from: [], texts, kind: 'added', basis: 'add' });
  }
  const bTexts: string[] = [];
  const links: GoldLink[] = [];
  const place = (u: Unit): void => {
    const to = u.texts.map((t) => String(bTexts.push(t)));
    links.push({ from: u.from.map((i) => String(i + 1)), to, kind: u.kind, basis: u.basis });
  };
  gaps.forEach((gap, g) => {
    opsRng.shuffle(gap).forEach(place);
    const s = stationary[g];
    if (s) place(s);
  });
  for (const i of removed) {
    links.push({ from: [String(i + 1)], to: [], kind: 'removed', basis: 'remove' });
  }

  const byBasis = new Map<string, number>();
  for (const l of links) byBasis.set(l.basis ?? '', (byBasis.get(l.basis ?? '') ?? 0) + 1);
  const count = (basis: string): number => byBasis.get(basis) ?? 0;
  const stats: Record<string, number> = {
    clausesA: n,
    clausesB: bTexts.length,
    unchanged: count('unchanged'),
    reworded: count('reword'),
    moved: count('move') + count('move+reword'),
    movedReworded: count('move+reword'),
    split: count('split'),
    merged: count('merge'),
    added: count('add'),
    removed: count('remove'),
    boilerplate: drafts.filter((d) => d.kind === 'boilerplate').length,
    cyrillic: drafts.filter((d) => d.kind === 'cyrillic').length,
    wordsA: drafts.reduce((sum, d) => sum + d.words.length, 0),
    wordsB: countWords(bTexts),
  };
  const gold: GoldAlignment = {
    schema: 'plandiff.gold/v1',
    from: 'A',
    to: 'B',
    derivation:
      `synthetic: generatePair(clauses=${n}, seed=${seed}, profile=${profile}); ` +
      'each link records the operation the generator applied, so partner sets are exact.',
    links,
    unknown: { from: [], to: [] },
  };
  return { a: render(title, aTexts), b: render(`${title}, revised draft`, bTexts), gold, stats };
}
