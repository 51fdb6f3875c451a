import { canonicalNumber } from '../text/fold';
import { CYRILLIC, UKRAINIAN_LETTERS, stem, stripEnding } from '../text/stem';
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

/** Case and accents folded; Cyrillic keeps й and ї (only ё becomes е, as the engine reads it). */
export function foldWord(word: string): string {
  // A number keeps its separators as written: NFKD would make a no-break space a plain one.
  if (DIGIT.test(word)) return word;
  const lower = word.normalize('NFC').toLowerCase().replace(/[’ʼ]/gu, "'");
  if (CYRILLIC.test(lower)) return lower.replace(/ё/gu, 'е');
  return lower.normalize('NFKD').replace(/\p{M}+/gu, '');
}

interface Reading {
  readonly key: string;
  readonly stop: boolean;
}

// Words as written → their key. Folding (Unicode normalisation) and stemming cost far more than
// a map lookup, and a plan's texts repeat the same few thousand words. Bounded, so an
// adversarial vocabulary cannot grow it without end.
const readings = new Map<string, Reading>();
const READINGS_LIMIT = 200_000;

/** The key inflections share: Porter2 for English, Snowball for Russian, endings for Ukrainian. */
function read(word: string): Reading {
  let r = readings.get(word);
  if (r === undefined) {
    const folded = foldWord(word);
    const key = DIGIT.test(folded)
      ? `#${canonicalNumber(folded)}`
      : UKRAINIAN_LETTERS.test(folded)
        ? stripEnding(folded, UKRAINIAN_ENDINGS)
        : stem(folded);
    r = { key, stop: isStopword(folded) };
    if (readings.size < READINGS_LIMIT) readings.set(word, r);
  }
  return r;
}

// Plain ASCII text (most treaty text) needs no Unicode classes: this runs several times faster.
const ASCII_WORD = /[0-9]+(?:[.,][0-9]{3})*(?:[.,][0-9]+)?|[A-Za-z]+(?:'[A-Za-z]+)*/g;
const NON_ASCII = /[\u0080-\uffff]/;

function* matches(text: string): Generator<[string, number]> {
  const re = NON_ASCII.test(text) ? WORD : ASCII_WORD;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) yield [m[0], m.index];
}

/** Every word of `text`, in order. */
export function searchWords(text: string): SearchWord[] {
  const out: SearchWord[] = [];
  for (const [word, start] of matches(text)) {
    const { key, stop } = read(word);
    out.push({ key, start, end: start + word.length, stop });
  }
  return out;
}

/** A text's words as ranking needs them: keys, and offsets in parallel arrays. */
export interface AnalysedText {
  readonly keys: readonly string[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

// Clause texts repeat across versions and requests; each is read once while the cache lasts.
// Bounded by the words it holds (about 30 MB at the limit), emptied whole when full.
const analysed = new Map<string, AnalysedText>();
const ANALYSED_WORD_LIMIT = 2_000_000;
let analysedWords = 0;

export function analyseText(text: string): AnalysedText {
  const cached = analysed.get(text);
  if (cached !== undefined) return cached;
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [word, start] of matches(text)) {
    keys.push(read(word).key);
    starts.push(start);
    ends.push(start + word.length);
  }
  const result = { keys, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
  if (analysedWords + keys.length > ANALYSED_WORD_LIMIT) {
    analysed.clear();
    analysedWords = 0;
  }
  analysed.set(text, result);
  analysedWords += keys.length;
  return result;
}
