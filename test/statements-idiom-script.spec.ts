/**
 * stance.ts skips the Russian/Ukrainian idiom alternation on text without a Cyrillic letter (it
 * is the costliest regex of the extractor). That is only output-neutral while no idiom phrase can
 * match Latin text: this spec runs both idiom patterns over every English article of the corpus
 * and fails if one ever does, e.g. when a phrase with a Latin word is added.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CYRILLIC_NEGATIVE_IDIOM,
  CYRILLIC_POSITIVE_IDIOM,
} from '../src/engine/statements/stance-cyrillic-idiom';
import { CYRILLIC } from '../src/engine/statements/script';
import { ROOT } from './support/statements-eval';

const ARTICLES = join(ROOT, 'fixtures', 'articles');

function englishTexts(): string[] {
  return ['dev', 'heldout', 'blind'].flatMap((set) =>
    readdirSync(join(ARTICLES, set))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(ARTICLES, set, f), 'utf8'))
      // Latin-only paragraphs of every article, English or mixed.
      .flatMap((text) => text.split(/\n\s*\n/u).filter((p) => !CYRILLIC.test(p))),
  );
}

describe('the Cyrillic idiom classes never match Latin-only text', () => {
  const paragraphs = englishTexts();

  it('reads a real corpus', () => {
    expect(paragraphs.length).toBeGreaterThan(1000);
  });

  it.each([
    ['positive', CYRILLIC_POSITIVE_IDIOM],
    ['negative', CYRILLIC_NEGATIVE_IDIOM],
  ])('%s idiom: no match in any Latin-only paragraph', (_, source) => {
    const re = new RegExp(source, 'gu');
    const hits = paragraphs.flatMap((p) => [...p.toLowerCase().matchAll(re)].map((m) => m[0]));
    expect(hits).toEqual([]);
  });

  it('a Cyrillic phrase of the class does match (the check is not vacuous)', () => {
    expect(new RegExp(CYRILLIC_POSITIVE_IDIOM, 'gu').test('это рабочая основа')).toBe(true);
  });
});
