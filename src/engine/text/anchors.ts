import { actorTerm } from '../substance/actors';
import { conceptsOf } from './concepts';
import { canonicalNumber } from './fold';
import { isStopword } from './stopwords';

/**
 * Anchors that survive translation: concepts of the domain lexicon, actors, numbers (with their
 * scale words: "800 тисяч" = "800,000"), and names and places reduced to a transliterated
 * skeleton ("Luhansk" = "Луганской" = "Луганської" → `%lugan`). They are what two translators of
 * one text, or two drafters of one commitment, cannot help sharing.
 */

export type Language = 'en' | 'ru' | 'uk' | 'cyrillic' | 'other';

/** Letters read to decide a document's language: enough for a verdict, cheap at 10,000 clauses. */
const SAMPLE = 200_000;

/**
 * The language of a document, by script and by the letters only one of Russian (ы э ъ ё) or
 * Ukrainian (і ї є ґ) has. Decided per document, not per clause: a short clause may carry
 * none of the telling letters.
 */
export function languageOf(texts: readonly string[]): Language {
  let latin = 0;
  let cyrillic = 0;
  let ru = 0;
  let uk = 0;
  let seen = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length && seen < SAMPLE; i++, seen++) {
      const c = text.charCodeAt(i) | 0x20;
      if (c >= 0x61 && c <= 0x7a) latin++;
      else if (c >= 0x400 && c <= 0x4ff) {
        cyrillic++;
        const lower = text[i]!.toLowerCase();
        if ('ыэъё'.includes(lower)) ru++;
        else if ('іїєґ'.includes(lower)) uk++;
      }
    }
  }
  if (latin === 0 && cyrillic === 0) return 'other';
  if (latin >= cyrillic) return 'en';
  return uk > ru ? 'uk' : ru > uk ? 'ru' : 'cyrillic';
}

const SCALE: Record<string, number> = {
  thousand: 1e3,
  тысяч: 1e3,
  тысячи: 1e3,
  тысяча: 1e3,
  тыс: 1e3,
  тисяч: 1e3,
  тисячі: 1e3,
  тисяча: 1e3,
  тис: 1e3,
  million: 1e6,
  миллиона: 1e6,
  миллионов: 1e6,
  мільйонів: 1e6,
  мільйона: 1e6,
  млн: 1e6,
  billion: 1e9,
  миллиарда: 1e9,
  миллиардов: 1e9,
  мільярдів: 1e9,
  мільярда: 1e9,
  млрд: 1e9,
};

const skeletons = new Map<string, string>();

const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'e',
  ж: 'z',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  ш: 's',
  щ: 's',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'u',
  я: 'a',
};

/**
 * A spelling-independent skeleton of a name: Cyrillic transliterated letter by letter, Latin
 * digraphs folded the same way (kh/h/g, zh/z, ts/c, ch/c, sh/s, y/j/i), doubled letters merged;
 * the first five letters are kept, so case endings ("Донецкой", "Донецької") do not matter.
 */
export function nameSkeleton(word: string): string {
  const cached = skeletons.get(word);
  if (cached !== undefined) return cached;
  let latin = '';
  for (const ch of word.toLowerCase()) latin += TRANSLIT[ch] ?? ch;
  const folded = latin
    .replace(
      /kh|zh|ts|ch|sh|ya|yu|ia|iu/gu,
      (d) =>
        ({ kh: 'h', zh: 'z', ts: 'c', ch: 'c', sh: 's', ya: 'a', yu: 'u', ia: 'a', iu: 'u' })[d]!,
    )
    .replace(/[yj]/gu, 'i')
    .replace(/h/gu, 'g')
    .replace(/[^a-z]/gu, '')
    .replace(/(.)\1+/gu, '$1');
  const skeleton = folded.slice(0, 5);
  // Memoised like stems: names repeat across clauses; bounded against adversarial input.
  if (skeletons.size < 100_000) skeletons.set(word, skeleton);
  return skeleton;
}

const NAME_RE = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]{2,}/gu;
const NON_ASCII = /[\u0080-\uffff]/;

/** The anchor term of a number token, read with the token after it (a scale word). */
export function numberAnchor(token: string, next: string | undefined): string {
  const value = Number(canonicalNumber(token));
  const scale = SCALE[next ?? ''];
  return `#${scale !== undefined && Number.isFinite(value) ? value * scale : canonicalNumber(token)}`;
}

/** Anchor terms of one folded word token (not a number): its actor, else its concepts. */
export function wordAnchors(token: string): readonly string[] {
  const actor = actorTerm(token);
  return actor !== undefined ? [actor] : conceptsOf(token);
}

const nameTermOf = new Map<string, string | null>();

/** The `%skeleton` term of a capitalised word, or null when it is not read as a name. */
function nameTerm(word: string): string | null {
  const cached = nameTermOf.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase();
  let term: string | null = null;
  // Sentence openers and words the lexicon already reads are not names.
  if (!isStopword(lower) && actorTerm(lower) === undefined && conceptsOf(lower).length === 0) {
    const skeleton = nameSkeleton(word);
    if (skeleton.length >= 4) term = `%${skeleton}`;
  }
  // Bounded like the other memo tables, against adversarial vocabularies.
  if (nameTermOf.size < 100_000) nameTermOf.set(word, term);
  return term;
}

/** Name terms of a text, in order: capitalised words of three letters or more. */
export function nameTerms(text: string): string[] {
  const terms: string[] = [];
  if (NON_ASCII.test(text)) {
    for (const match of text.matchAll(NAME_RE)) {
      const term = nameTerm(match[0]);
      if (term !== null) terms.push(term);
    }
    return terms;
  }
  // Plain ASCII: the same words as NAME_RE (a capital opening a run of letters), found by one
  // scan instead of a Unicode regex.
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (!isAsciiLetter(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < length && isAsciiLetter(text.charCodeAt(i))) i++;
    if (c >= 65 && c <= 90 && i - start >= 3) {
      const term = nameTerm(text.slice(start, i));
      if (term !== null) terms.push(term);
    }
  }
  return terms;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Anchor terms of one text, given its folded tokens (from text/fold.ts). */
export function anchorTerms(text: string, tokens: readonly string[]): string[] {
  const terms: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const first = token.charCodeAt(0);
    if (first >= 48 && first <= 57) terms.push(numberAnchor(token, tokens[i + 1]));
    else for (const term of wordAnchors(token)) terms.push(term);
  }
  for (const term of nameTerms(text)) terms.push(term);
  return terms;
}
