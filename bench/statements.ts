import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../src/corpus/corpus';
import { projectRoot } from '../src/lib/project-root';
import { extractionContext } from '../src/corpus/statements-input';
import { extractStatements } from '../src/engine/statements';
import { TOPIC_LEXICON } from '../src/engine/substance/topic-lexicon';
import { foldText, rawTokens } from '../src/engine/text/fold';

/**
 * Statement extraction on a synthetic article of `words` words (our own sentences: direct and
 * interrupted quotes, reported speech in English, Russian and Ukrainian, pronouns, analysts),
 * next to the floor of reading and tokenizing the same file. Medians of warm runs.
 */

const PARAGRAPHS = [
  '“We agreed on some points of the plan, while others caused criticism,” Ushakov said on Tuesday. “The work will continue.”',
  'Kremlin spokesman Dmitry Peskov said the 28-point plan had not been received officially, although contacts continued.',
  'Zelensky told reporters that the 20-point framework was nearly ready but that territory remained the hardest issue.',
  'He added that security guarantees must be approved by Congress before any ceasefire.',
  '«Некоторые предложения приемлемы, но их надо обсуждать», — сказал Лавров журналистам в среду.',
  'За словами Сибіги, мирний план має враховувати позицію України щодо територій.',
  'Michael Froman, president of the Council on Foreign Relations, said Moscow wanted a long process of talks.',
  'Markets were quiet on Wednesday and analysts watched energy prices closely across the region.',
  // Narrative between the statements, as news has: roughly one statement per fifty words.
  'The delegations met for five hours in a government building in the capital, with translators and military advisers present throughout the session.',
  'Fighting continued along the eastern front, where both armies reported drone attacks on logistics hubs and fuel depots overnight.',
  'Diplomats from several European capitals travelled to the talks at short notice, and officials briefed allies by video link in the evening.',
  'The draft circulated among officials in several versions, and it was not always clear which text each side had in front of it.',
  'Energy infrastructure was again targeted, leaving several cities without power for part of the day as repair crews worked through the night.',
  'Parliamentary committees in several countries scheduled hearings on the talks for the following week, and opposition parties demanded briefings.',
];

export function writeArticle(path: string, words: number): void {
  const out: string[] = ['date 2025-12-03', 'Talks on the peace plan', ''];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length]!;
    out.push(p, '');
    count += p.split(/\s+/u).length;
  }
  writeFileSync(path, out.join('\n'));
}

export interface StatementsTiming {
  readonly words: number;
  /** Medians (p50) and 90th percentiles of the warm runs, wall-clock. */
  readonly floorMs: number;
  readonly floorP90Ms: number;
  readonly extractMs: number;
  readonly extractP90Ms: number;
  /** Median process CPU time of an extraction: steadier than wall-clock on a shared machine. */
  readonly extractCpuMs: number;
  readonly statements: number;
}

/** The q-quantile of the values (nearest rank; q = 0.5 is the median the bench always used). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

export function timeStatements(path: string, runs = 21): StatementsTiming {
  const context = extractionContext(
    loadCorpus(join(projectRoot(), 'fixtures', 'plans', 'ukraine-2025')),
    TOPIC_LEXICON,
  );
  const floor: number[] = [];
  const extract: number[] = [];
  const cpu: number[] = [];
  let statements = 0;
  for (let i = 0; i <= runs; i++) {
    // The floor: read the same file, fold it and split it into tokens.
    let start = performance.now();
    const tokens = rawTokens(foldText(readFileSync(path, 'utf8'))).length;
    const f = performance.now() - start;
    start = performance.now();
    const cpuStart = process.cpuUsage();
    statements = extractStatements({ ...context, text: readFileSync(path, 'utf8'), date: null })
      .statements.length;
    const e = performance.now() - start;
    const c = process.cpuUsage(cpuStart);
    // The first run is cold (regexes compiled, caches empty): not in the medians.
    if (i > 0) {
      floor.push(f);
      extract.push(e);
      cpu.push((c.user + c.system) / 1000);
    }
    void tokens;
  }
  const words = readFileSync(path, 'utf8').split(/\s+/u).length;
  return {
    words,
    floorMs: quantile(floor, 0.5),
    floorP90Ms: quantile(floor, 0.9),
    extractMs: quantile(extract, 0.5),
    extractP90Ms: quantile(extract, 0.9),
    extractCpuMs: quantile(cpu, 0.5),
    statements,
  };
}
