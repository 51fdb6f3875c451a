import { canonicalNumber } from '../text/fold';
import { stem } from '../text/stem';
import { isStopword } from '../text/stopwords';

/**
 * Words of a text as search sees them: each with its place in the text (UTF-16 offsets, so a
 * caller can highlight it) and a key that inflections of one word share. Search matches keys,
 * never substrings: "NATO" is one word and "signatories" another.
 */
export interface SearchWord {
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** A function word ("the", "и", "та"): ignored in a bare query, kept inside a phrase. */
  readonly stop: boolean;
}

// Numbers keep their thousands separators and decimals ("800,000" is one word, as the engine's
// tokenizer reads it); words keep inner apostrophes ("Russia's", Ukrainian "п'ять").
const WORD =
  /\p{N}+(?:[.,\u00a0\u202f]\p{N}{3})*(?:[.,]\p{N}+)?|[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const CYRILLIC = /[\u0400-\u04ff]/u;
const UKRAINIAN_LETTERS = /[іїєґ]/u;
const DIGIT = /^\p{N}/u;

/**
 * Ukrainian has no Snowball stemmer, and the engine's (Russian first, then a few endings) gives
 * "гарантії" and "гарантій" different stems. Search strips the longest case or number ending
 * instead, keeping three letters of stem, so the forms of one noun meet; Russian words keep
 * Snowball's Russian stemmer, which already joins "гарантии" and "гарантий".
 */
const UKRAINIAN_ENDINGS = [
  'іями',
  'ього',
  'ьому',
  'ями',
  'ами',
  'ого',
  'ому',
  'ими',
  'іях',
  'іям',
  'ією',
  'ові',
  'еві',
  'єві',
  'ів',
  'їв',
  'ій',
  'ії',
  'ія',
  'ію',
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
  'ий',
  'им',
  'их',
  'ім',
  'іх',
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
  'й',
  'ь',
];

function stemUkrainian(word: string): string {
  for (const ending of UKRAINIAN_ENDINGS) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) {
      return word.slice(0, word.length - ending.length);
    }
  }
  return word;
}

/** Case and accents folded; Cyrillic keeps й and ї (only ё becomes е, as the engine reads it). */
export function foldWord(word: string): string {
  // A number keeps its separators as written: NFKD would make a no-break space a plain one.
  if (DIGIT.test(word)) return word;
  const lower = word.normalize('NFC').toLowerCase().replace(/[’ʼ]/gu, "'");
  if (CYRILLIC.test(lower)) return lower.replace(/ё/gu, 'е');
  return lower.normalize('NFKD').replace(/\p{M}+/gu, '');
}

const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/** The key inflections share: Porter2 for English, Snowball for Russian, endings for Ukrainian. */
export function wordKey(folded: string): string {
  if (DIGIT.test(folded)) return `#${canonicalNumber(folded)}`;
  let key = memo.get(folded);
  if (key === undefined) {
    key = UKRAINIAN_LETTERS.test(folded) ? stemUkrainian(folded) : stem(folded);
    // Bounded, so an adversarial vocabulary cannot grow it without end.
    if (memo.size < MEMO_LIMIT) memo.set(folded, key);
  }
  return key;
}

/** Every word of `text`, in order. */
export function searchWords(text: string): SearchWord[] {
  const out: SearchWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = foldWord(m[0]);
    out.push({
      key: wordKey(folded),
      start: m.index,
      end: m.index + m[0].length,
      stop: isStopword(folded),
    });
  }
  return out;
}
