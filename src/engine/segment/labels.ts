/**
 * Recognises the numbering at the start of a line, as drafters write it: `1.`, `1)`, `(1)`,
 * `10a.`, `52ca`, `53A`, `2 bis`, `12ter`, `6alt`, `10.1`, `3.2.1`, `Article 5`, `Article A`,
 * `§ 4`, `Point 7:`, `IV.`, UN-style `PP2bis` / `OP7ter`, `Option 1:`, and sub-points `a)`, `(a)`,
 * `a.` (Latin or Cyrillic) and `(i)`, `ii)` roman sub-sub-points.
 *
 * A bare number is only a label when it fits the numbering so far (see `fitsSequence`): a wrapped
 * line that happens to start with "2026." is the year of the sentence above, not point 2026.
 */

export type LabelKind = 'top' | 'letter' | 'roman-lower' | 'option';

export interface LabelMatch {
  readonly kind: LabelKind;
  /** The label token as written, without brackets and trailing punctuation. */
  readonly token: string;
  /** Text after the label on the same line (may be empty: the body can follow on the next lines). */
  readonly rest: string;
  /** Leading integer of a numeric top label (`52` for `52ca`, `3` for `3.2.1`), for sequencing. */
  readonly number?: number;
}

/** What the segmenter knows of the numbering so far. */
export interface LabelContext {
  /** The last letter sub-point under the current point: decides whether `(i)` is a letter. */
  readonly previousLetter?: string;
  /** Leading integer of the last numeric top label, if any. */
  readonly lastNumber?: number;
  /** Whether a dotted label (`3.1`) has been seen: then `3.5 million …` may be one too. */
  readonly dottedSeen?: boolean;
}

// Latin ordinals of inserted articles (`2 bis`, `12ter`) and alternative texts (`6alt`).
const ORDINAL =
  '(?:\\s?(?:bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies)|\\s?alt)';
const SUFFIX = `(?:[a-zа-яёієїґ]{1,2}|[A-ZА-ЯЁІЄЇҐ])?${ORDINAL}?`;
// `5.1.a`: a dotted number may end in a letter.
const NUMERIC_TOKEN = `\\d{1,6}(?:\\.\\d{1,4})*(?:\\.[a-z](?=[\\s.:)]|$))?${SUFFIX}`;
const ROMAN_UPPER = '[IVXLCDM]{1,7}';
// A letter-only article (`Article A`), optionally with a number (`Article B2`).
const LETTER_ARTICLE = '[A-ZА-ЯЁІЄЇҐ]\\d{0,3}';
const KEYWORDS =
  '(?:article|art\\.|point|section|clause|paragraph|para\\.|item|rule|пункт|статья|стаття|раздел|розділ|параграф|пп?\\.)';

// Keywords must be capitalised (except the Russian/Ukrainian "п."): a wrapped line that goes on
// "article 5 of the Treaty …" is prose, not a heading.
const KEYWORD_RE = new RegExp(
  `^(?:§\\s*|${KEYWORDS}\\s+)(${NUMERIC_TOKEN}|${ROMAN_UPPER}|${LETTER_ARTICLE})(?=[\\s.:)\\-–—]|$)[.:)]?\\s*[-–—]?\\s*(.*)$`,
  'iu',
);
const CAPITALISED = /^(?:[\p{Lu}§]|пп?\.)/u;
const OPTION_RE = /^(?:Option|Вариант|Варіант)\s+(\d{1,3}[a-z]?|[A-Z])\s*[.:)–—-]?\s*(.*)$/u;
// UN resolution drafts: preambular and operative paragraphs, often with no delimiter.
const UN_RE = new RegExp(`^((?:PP|OP)\\d{1,4}${SUFFIX})(?:[.):]\\s*|\\s+|$)(.*)$`, 'u');
// `(1)`, `(10a)`; then `10.1`/`10.1.` (dotted needs no delimiter); then `1.`, `1)`, `1:`, `10a.`.
const BRACKETED_NUMBER_RE = new RegExp(`^\\((${NUMERIC_TOKEN})\\)\\s*(.*)$`, 'u');
// The digit patterns stop after the label's whitespace; the rest of the line is sliced off
// (`restAfter`) rather than captured by `(.*)`, which scanned every clause's whole text again.
const DOTTED_NUMBER_RE = /^(\d{1,6}(?:\.\d{1,4})+)\.?(?:\s+|$)/u;
// `A.1`, `B.2.3`, `IV.2`: a capital or roman part before the numbers; distinctive, no sequence.
const LETTER_DOTTED_RE = /^([A-Z]{1,4}(?:\.\d{1,4})+)\.?(?:\s+(.*)|$)/u;
const PLAIN_NUMBER_RE = new RegExp(`^(${NUMERIC_TOKEN})[.):](?:\\s+|$)`, 'u');
// A Latin ordinal is distinctive enough to need no delimiter: `2 bis The parties …`.
const ORDINAL_NUMBER_RE = new RegExp(`^(\\d{1,6}${ORDINAL})(?:\\s+|$)`, 'u');
const ROMAN_TOP_RE = new RegExp(`^(${ROMAN_UPPER})[.)](?:\\s+(.*)|$)`, 'u');
const LETTER_RE = /^(?:\(([a-zа-яёієїґ])\)|([a-zа-яёієїґ])[.)])(?:\s+(.*)|$)/iu;
const ROMAN_LOWER_RE = /^(?:\(([ivxlcdm]{1,6})\)|([ivxlcdm]{1,6})[.)])(?:\s+(.*)|$)/u;

/** Largest forward jump in bare numbering still read as a label (points dropped from a draft). */
const MAX_JUMP = 100;
/** Largest backward step read as a label other than a restart at 1 (a duplicated number). */
const MAX_BACK = 10;

function isRoman(token: string): boolean {
  return /^(?=[ivxlcdm])m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i.test(token);
}

function isLetterSequel(token: string, previousLetter: string | undefined): boolean {
  return (
    token.length === 1 &&
    previousLetter !== undefined &&
    previousLetter.toLowerCase().charCodeAt(0) + 1 === token.toLowerCase().charCodeAt(0)
  );
}

/**
 * Whether a bare number `n` continues the numbering whose last value was `last`. Next, same
 * (a sub-point `3.1` after `3`), a restart at 1, a short jump forward or back pass; a year-like
 * number passes only as the very next number, and nothing above 999 can open a document.
 */
export function fitsSequence(n: number, last: number | undefined): boolean {
  if (last === undefined) return n < 1000;
  if (n === last || n === last + 1 || n === 1) return true;
  if (n >= 1900 && n <= 2100) return false;
  return n > last ? n - last <= MAX_JUMP : last - n <= MAX_BACK;
}

function leadingNumber(token: string): number {
  return Number(/^\d+/u.exec(token)![0]);
}

/** Strips Markdown decoration that may wrap a label: headings, quotes, bullets, bold/italics. */
export function stripMarkdown(line: string): string {
  // Most lines carry no decoration: skip the four replacements for them.
  if (!/^\s*[#>\-*+•_]/u.test(line)) return line.trim();
  return line
    .replace(/^\s*(?:#{1,6}\s+|>\s*)+/u, '')
    .replace(/^\s*[-*+•]\s+(?=\S)/u, '')
    .replace(/^(\*\*|__)(.+?)\1/u, '$2')
    .replace(/^(\*|_)(.+?)\1(?=\s)/u, '$2')
    .trim();
}

function numeric(
  token: string,
  rest: string | undefined,
  context: LabelContext,
): LabelMatch | undefined {
  const number = leadingNumber(token);
  if (!fitsSequence(number, context.lastNumber)) return undefined;
  return { kind: 'top', token, rest: rest ?? '', number };
}

/**
 * What `\s+(.*)` captured after a match of a digit pattern: the line after the label and its
 * whitespace ('' when the label ends the line). Lines hold no line terminators, so `.*` always
 * took the whole remainder.
 */
function restAfter(match: RegExpExecArray, line: string): string {
  return line.slice(match[0].length);
}

/** Labels of lines that open with a digit; every one of them is checked against the sequence. */
function matchDigit(line: string, context: LabelContext): LabelMatch | undefined {
  const dotted = DOTTED_NUMBER_RE.exec(line);
  if (dotted) {
    const rest = restAfter(dotted, line);
    // "3.5 million people …" on a wrapped line: a decimal, unless the text numbers that way.
    // A first sub-point (`4.1`) or one under the current point (`3.2` after `3.`) still counts.
    const token = dotted[1]!;
    const subPoint = leadingNumber(token) === context.lastNumber || /^\d+\.1(?:\.|$)/u.test(token);
    if (context.dottedSeen !== true && !subPoint && /^\p{Ll}/u.test(rest)) {
      return undefined;
    }
    return numeric(dotted[1]!, rest, context);
  }
  const plain = PLAIN_NUMBER_RE.exec(line) ?? ORDINAL_NUMBER_RE.exec(line);
  if (plain) return numeric(plain[1]!, restAfter(plain, line), context);
  return undefined;
}

/** Labels written with a word: `Article 5`, `§ 4`, `Option 1:`, `PP2bis`, `(10a)`. */
function matchWord(line: string): LabelMatch | undefined {
  const keyword = CAPITALISED.test(line) ? KEYWORD_RE.exec(line) : null;
  // `Point a …` is prose; a letter-only article is written in capitals (`Article A`).
  if (keyword && !/^\p{Ll}$/u.test(keyword[1]!)) {
    const token = keyword[1]!;
    const number = /^\d/u.test(token) ? leadingNumber(token) : undefined;
    const match = { kind: 'top' as const, token, rest: keyword[2] ?? '' };
    return number === undefined ? match : { ...match, number };
  }
  const letterDotted = LETTER_DOTTED_RE.exec(line);
  if (letterDotted) return { kind: 'top', token: letterDotted[1]!, rest: letterDotted[2] ?? '' };
  const option = OPTION_RE.exec(line);
  if (option) return { kind: 'option', token: `Option ${option[1]!}`, rest: option[2] ?? '' };
  const un = UN_RE.exec(line);
  if (un) return { kind: 'top', token: un[1]!, rest: un[2] ?? '' };
  const bracketed = BRACKETED_NUMBER_RE.exec(line);
  if (bracketed) {
    const token = bracketed[1]!;
    return { kind: 'top', token, rest: bracketed[2] ?? '', number: leadingNumber(token) };
  }
  return undefined;
}

/** Reads the label at the start of an already stripped line, or undefined for a prose line. */
export function matchLabel(line: string, context: LabelContext = {}): LabelMatch | undefined {
  // Numbered lines are the common case; try the numeric patterns first when the line opens
  // with a digit, and the word patterns only when it opens with something else.
  const first = line.charCodeAt(0);
  if (first >= 48 && first <= 57) return matchDigit(line, context);
  const word = matchWord(line);
  if (word) return word;

  const previousLetter = context.previousLetter;
  const romanLower = ROMAN_LOWER_RE.exec(line);
  if (romanLower) {
    const token = (romanLower[1] ?? romanLower[2])!;
    // A list that opens with `(i)` is roman; a lone `v`/`x` is roman only under a lettered
    // sub-point it does not continue (`h` → `i` is a letter).
    const romanContext =
      token.length > 1 || token === 'i' || (previousLetter !== undefined && /^[vx]$/.test(token));
    if (isRoman(token) && romanContext && !isLetterSequel(token, previousLetter)) {
      return { kind: 'roman-lower', token, rest: romanLower[3] ?? '' };
    }
  }
  const romanTop = ROMAN_TOP_RE.exec(line);
  if (romanTop && isRoman(romanTop[1]!) && !isLetterSequel(romanTop[1]!, previousLetter)) {
    // Lone L, C, D, M are far more often letters (sub-point C) than roman numerals.
    if (romanTop[1]!.length > 1 || /^[IVX]$/.test(romanTop[1]!)) {
      return { kind: 'top', token: romanTop[1]!, rest: romanTop[2] ?? '' };
    }
  }
  const letter = LETTER_RE.exec(line);
  if (letter) return { kind: 'letter', token: (letter[1] ?? letter[2])!, rest: letter[3] ?? '' };
  return undefined;
}
