import { Alternation, escapeRegExp } from '../text/regexp';
import { CYRILLIC } from './script';
import {
  CYRILLIC_NEGATIVE_IDIOM_PARTS,
  CYRILLIC_POSITIVE_IDIOM_PARTS,
} from './stance-cyrillic-idiom';
import { MORE_NEGATIVE, MORE_POSITIVE } from './stance-en-implied';
import { NEGATIVE, POSITIVE } from './lexicon';
import {
  BROKER_NEGATIVE,
  BROKER_POSITIVE,
  FAMILY_NEGATIVE,
  FAMILY_POSITIVE,
} from './stance-families';
import { RIDICULE_NEGATIVE } from './stance-families-s12';

/** The polarity cue patterns stanceOf counts, English and Cyrillic, built once. */

export function cueRe(cues: readonly string[]): RegExp {
  // Cues start at a word boundary; Cyrillic cues are stems, English ones may take an ending.
  const alt = [...cues]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  // "realistically", "fairly": an adverb made of a cue qualifies, it does not evaluate.
  return new RegExp(`(?<![\\p{L}])(?:${alt})(?!(?:al)?ly(?![\\p{L}]))`, 'gu');
}

// The Russian and Ukrainian idiom classes join the cue lists, read with the same scope. Their
// phrases are Cyrillic words only, so a text without a Cyrillic letter skips their alternation,
// which costs more than the rest of the extractor together (test/statements-idiom-script.spec.ts).
// The idiom alternation is too long for V8 to optimize whole: Alternation tries its parts in order.
const withIdiom = (re: RegExp, idiom: readonly string[]): RegExp =>
  new Alternation([re.source, ...idiom], 'gu');
const CUES = {
  positive: cueRe([...POSITIVE, ...MORE_POSITIVE, ...FAMILY_POSITIVE, ...BROKER_POSITIVE]),
  negative: cueRe([
    ...NEGATIVE,
    ...MORE_NEGATIVE,
    ...FAMILY_NEGATIVE,
    ...BROKER_NEGATIVE,
    ...RIDICULE_NEGATIVE,
  ]),
};
const IDIOM_CUES = {
  positive: withIdiom(CUES.positive, CYRILLIC_POSITIVE_IDIOM_PARTS),
  negative: withIdiom(CUES.negative, CYRILLIC_NEGATIVE_IDIOM_PARTS),
};
export const cues = (text: string): typeof CUES => (CYRILLIC.test(text) ? IDIOM_CUES : CUES);
