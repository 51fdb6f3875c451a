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
  readonly floorMs: number;
  readonly extractMs: number;
  readonly statements: number;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

export function timeStatements(path: string, runs = 7): StatementsTiming {
  const context = extractionContext(
    loadCorpus(join(projectRoot(), 'fixtures', 'plans', 'ukraine-2025')),
    TOPIC_LEXICON,
  );
  const floor: number[] = [];
  const extract: number[] = [];
  let statements = 0;
  for (let i = 0; i <= runs; i++) {
    let start = performance.now();
    const tokens = rawTokens(foldText(readFileSync(path, 'utf8'))).length;
    const f = performance.now() - start;
    start = performance.now();
    statements = extractStatements({ ...context, text: readFileSync(path, 'utf8'), date: null })
      .statements.length;
    const e = performance.now() - start;
    // The first run is cold (regexes compiled, caches empty): not in the medians.
    if (i > 0) {
      floor.push(f);
      extract.push(e);
    }
    void tokens;
  }
  const words = readFileSync(path, 'utf8').split(/\s+/u).length;
  return { words, floorMs: median(floor), extractMs: median(extract), statements };
}
