import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { leadIn } from './model';
import type { StatementStance } from '../../src/engine/statements/types';
import type { StanceExample } from './train';

/**
 * The training material: the gold statements of fixtures/articles/dev and of the seeds
 * (../shared/seeds, beside the clone). Never heldout or blind: those measure the model.
 */

export interface GoldArticle {
  readonly name: string;
  readonly text: string;
  readonly examples: readonly StanceExample[];
}

interface GoldJson {
  readonly statements: readonly { quote: string; party: string; stance: StatementStance }[];
}

export function readGold(dir: string, prefix = ''): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.gold\.json$/u, '');
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldJson;
      const text = readFileSync(join(dir, `${name}.txt`), 'utf8');
      return {
        name: `${prefix}${name}`,
        text,
        examples: gold.statements.map((s) => ({
          quote: s.quote,
          lead: leadIn(text, Math.max(0, text.indexOf(s.quote))),
          // A commentator (gold party "none") is what the extractor reports with party null.
          party: s.party === 'none' ? null : s.party,
          stance: s.stance,
        })),
      };
    });
}

export function trainingArticles(root: string): GoldArticle[] {
  return [
    ...readGold(join(root, 'fixtures', 'articles', 'dev')),
    ...readGold(join(root, '..', 'shared', 'seeds'), 'seed/'),
  ];
}

/** The article's language, for per-language figures: Ukrainian letters, else Cyrillic, else EN. */
export function languageOf(text: string): 'en' | 'ru' | 'uk' {
  const cyr = (text.match(/[\u0400-\u04ff]/gu) ?? []).length;
  if (cyr < text.length / 10) return 'en';
  return (text.match(/[іїєґ]/giu) ?? []).length > cyr / 100 ? 'uk' : 'ru';
}
