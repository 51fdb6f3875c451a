import { newStemmer } from 'snowball-stemmers';

// Snowball's Porter2 (English) and Russian stemmers; Ukrainian has no Snowball stemmer, so the
// Russian one runs first and a short list of Ukrainian endings is stripped after it.
const english = newStemmer('english');
const russian = newStemmer('russian');

export const CYRILLIC = /[\u0400-\u04ff]/u;
export const UKRAINIAN_LETTERS = /[іїєґ]/u;
const UKRAINIAN_ENDINGS = [
  'ями',
  'ами',
  'ого',
  'ому',
  'ими',
  'ів',
  'їв',
  'ій',
  'ої',
  'ою',
  'ею',
  'єю',
  'ях',
  'ах',
  'ам',
  'ям',
  'ом',
  'ем',
  'і',
  'ї',
  'и',
  'у',
  'ю',
  'а',
  'я',
  'о',
  'е',
  'є',
];

/**
 * The word without the first of `endings` it ends with (list them longest first), keeping at least
 * three letters of stem so short words are not reduced to noise. Ukrainian has no Snowball stemmer;
 * search strips its own, longer list from the unstemmed word.
 */
export function stripEnding(word: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      return word.slice(0, word.length - ending.length);
    }
  }
  return word;
}

/** Stem of one lower-cased word in English, Russian or Ukrainian; other scripts pass through. */
export function stem(word: string): string {
  if (CYRILLIC.test(word)) {
    const stemmed = russian.stem(word);
    return UKRAINIAN_LETTERS.test(word) ? stripEnding(stemmed, UKRAINIAN_ENDINGS) : stemmed;
  }
  if (/^[a-z'-]+$/u.test(word)) return english.stem(word);
  return word;
}
