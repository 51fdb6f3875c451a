import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../../src/corpus/corpus';
import { projectRoot } from '../../src/lib/project-root';
import { TOPIC_LEXICON } from '../../src/engine/substance/topic-lexicon';
import { extractStatements } from '../../src/engine/statements';
import type { ExtractionInput, Statement } from '../../src/engine/statements';
import { extractionContext } from '../../src/corpus/statements-input';

/**
 * Scores extracted statements against a hand-made gold list (the seeds' format). A prediction
 * matches a gold statement when their spans overlap by at least half of the shorter one; each
 * quoted fragment of an interrupted quote may match its own gold entry (annotators sometimes
 * list the halves separately), but the prediction still counts once for precision. A match is
 * right when the party is right; stance accuracy is over the right matches.
 */

export interface GoldStatement {
  readonly speaker: string;
  readonly party: string;
  readonly quote: string;
  readonly stance: string;
}
export interface GoldFile {
  readonly date: string | null;
  readonly statements: readonly GoldStatement[];
}
export interface ArticleCase {
  readonly name: string;
  readonly text: string;
  readonly gold: GoldFile;
}
export interface Score {
  predicted: number;
  gold: number;
  matched: number;
  partyRight: number;
  stanceRight: number;
  /** Party-right matches given a clear verdict (not `unclear`), and how many of those are right. */
  verdicts: number;
  verdictsRight: number;
  misses: string[];
  extras: string[];
}

/** Gold party names → the corpus's party names (registry.json `parties`). */
export const GOLD_PARTY: Readonly<Record<string, string | null>> = {
  'United States': 'US',
  US: 'US',
  Russia: 'Russia',
  Ukraine: 'Ukraine',
  Europe: 'Europe/EU',
  'Europe/EU': 'Europe/EU',
  none: null,
};

export const ROOT = projectRoot();
export const SEEDS_DIR = join(ROOT, '..', 'shared', 'seeds');

export function readCases(dir: string): ArticleCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.gold\.json$/u, '');
      return {
        name,
        text: readFileSync(join(dir, `${name}.txt`), 'utf8'),
        gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile,
      };
    });
}

let context: Omit<ExtractionInput, 'text' | 'date'> | null = null;
export function corpusContext(): Omit<ExtractionInput, 'text' | 'date'> {
  context ??= extractionContext(
    loadCorpus(join(ROOT, 'fixtures', 'plans', 'ukraine-2025')),
    TOPIC_LEXICON,
  );
  return context;
}

export function extract(c: ArticleCase): Statement[] {
  return [...extractStatements({ ...corpusContext(), text: c.text, date: c.gold.date }).statements];
}

const overlap = (a: readonly [number, number], b: readonly [number, number]): number =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0])) /
  Math.max(1, Math.min(a[1] - a[0], b[1] - b[0]));

/** One accepted pairing of a predicted statement (or one fragment of it) with a gold entry. */
export interface Pairing {
  readonly p: number;
  readonly g: number;
  readonly gold: GoldStatement;
}

/**
 * The scorer's pairing: every fragment/gold pair overlapping by at least half of the shorter,
 * taken best overlap first, each gold entry and each fragment at most once.
 */
export function pairUp(c: ArticleCase, predicted: readonly Statement[]): Pairing[] {
  const gold = c.gold.statements.map((g) => {
    const at = c.text.indexOf(g.quote);
    return { g, span: [at, at + g.quote.length] as const, found: at >= 0 };
  });
  const pairs: { p: number; f: number; g: number; o: number }[] = [];
  predicted.forEach((s, p) => {
    const parts = s.fragments ?? [s.span];
    parts.forEach((part, f) =>
      gold.forEach((g, gi) => {
        const o = g.found ? overlap(part, g.span) : 0;
        if (o >= 0.5) pairs.push({ p, f, g: gi, o });
      }),
    );
  });
  pairs.sort((a, b) => b.o - a.o);
  const usedFragment = new Set<string>();
  const usedGold = new Set<number>();
  const out: Pairing[] = [];
  for (const pair of pairs) {
    if (usedGold.has(pair.g) || usedFragment.has(`${pair.p}:${pair.f}`)) continue;
    usedGold.add(pair.g);
    usedFragment.add(`${pair.p}:${pair.f}`);
    out.push({ p: pair.p, g: pair.g, gold: gold[pair.g]!.g });
  }
  return out;
}

export function score(c: ArticleCase, predicted: readonly Statement[]): Score {
  const gold = c.gold.statements;
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const result: Score = {
    predicted: predicted.length,
    gold: gold.length,
    matched: 0,
    partyRight: 0,
    stanceRight: 0,
    verdicts: 0,
    verdictsRight: 0,
    misses: [],
    extras: [],
  };
  for (const pair of pairUp(c, predicted)) {
    usedGold.add(pair.g);
    const s = predicted[pair.p]!;
    const g = pair.gold;
    result.matched++;
    const partyOk = s.party === (g.party in GOLD_PARTY ? GOLD_PARTY[g.party] : g.party);
    if (partyOk) result.partyRight++;
    usedPred.add(pair.p);
    if (partyOk && s.stance === g.stance) result.stanceRight++;
    if (partyOk && s.stance !== 'unclear') {
      result.verdicts++;
      if (s.stance === g.stance) result.verdictsRight++;
    }
    if (!partyOk) result.misses.push(`party ${s.party} ≠ ${g.party}: ${g.quote.slice(0, 60)}`);
    else if (s.stance !== g.stance) {
      result.misses.push(`stance ${s.stance} ≠ ${g.stance}: ${g.quote.slice(0, 60)}`);
    }
  }
  gold.forEach((g, i) => {
    if (!usedGold.has(i)) result.misses.push(`missed (${g.speaker}): ${g.quote.slice(0, 70)}`);
  });
  predicted.forEach((s, i) => {
    if (!usedPred.has(i)) result.extras.push(`extra (${s.speaker}): ${s.quote.slice(0, 70)}`);
  });
  // Precision counts predictions, so an interrupted quote matching two gold halves counts once.
  result.predicted = predicted.length + (result.matched - usedPred.size);
  return result;
}

export interface Totals {
  precision: number;
  recall: number;
  f1: number;
  stance: number;
  /**
   * Of the clear verdicts shown (supports / opposes / conditional on a party-right match), the
   * share that is the gold's: what an analyst reading "Europe opposes" can trust.
   */
  verdict: number;
  /** Gold statements found with the right party AND the right stance, over all gold. */
  joint: number;
}

export function totals(scores: readonly Score[]): Totals {
  const sum = (
    k: 'predicted' | 'gold' | 'partyRight' | 'stanceRight' | 'verdicts' | 'verdictsRight',
  ): number => scores.reduce((n, s) => n + s[k], 0);
  const precision = sum('partyRight') / Math.max(1, sum('predicted'));
  const recall = sum('partyRight') / Math.max(1, sum('gold'));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    stance: sum('stanceRight') / Math.max(1, sum('partyRight')),
    verdict: sum('verdictsRight') / Math.max(1, sum('verdicts')),
    joint: sum('stanceRight') / Math.max(1, sum('gold')),
  };
}
