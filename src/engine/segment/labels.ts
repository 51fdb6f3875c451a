/**
 * Recognises the numbering at the start of a line. Numbering schemes seen in negotiated texts:
 * `1.`, `1)`, `(1)`, `10a.`, `10.1`, `Article 5`, `Point 7:`, `IV.`, and sub-points `a)`, `(a)`,
 * `a.` (Latin or Cyrillic) and `(i)`, `ii)` roman sub-sub-points.
 */

export type LabelKind = 'top' | 'letter' | 'roman-lower';

export interface LabelMatch {
  readonly kind: LabelKind;
  /** The label token as written, without brackets and trailing punctuation. */
  readonly token: string;
  /** Text after the label on the same line (may be empty: the body can follow on the next lines). */
  readonly rest: string;
}

const KEYWORDS =
  '(?:article|art\\.|point|section|clause|paragraph|item|пункт|статья|стаття|раздел|розділ|пп?\\.)';
const NUMERIC_TOKEN = '\\d{1,4}(?:\\.\\d{1,4})*[a-zа-яёієїґ]?';
const ROMAN_UPPER = '[IVXLCDM]{1,7}';

const KEYWORD_RE = new RegExp(
  `^${KEYWORDS}\\s+(${NUMERIC_TOKEN}|${ROMAN_UPPER})(?=[\\s.:)\\-–—]|$)[.:)]?\\s*[-–—]?\\s*(.*)$`,
  'iu',
);
// `(1)`, `(10a)`; then `10.1`/`10.1.` (dotted needs no delimiter); then `1.`, `1)`, `1:`, `10a.`.
const BRACKETED_NUMBER_RE = new RegExp(`^\\((${NUMERIC_TOKEN})\\)\\s*(.*)$`, 'u');
const DOTTED_NUMBER_RE = /^(\d{1,4}(?:\.\d{1,4})+)\.?(?:\s+(.*)|$)/u;
const PLAIN_NUMBER_RE = new RegExp(`^(${NUMERIC_TOKEN})[.):](?:\\s+(.*)|$)`, 'u');
const ROMAN_TOP_RE = new RegExp(`^(${ROMAN_UPPER})[.)](?:\\s+(.*)|$)`, 'u');
const LETTER_RE = /^(?:\(([a-zа-яёієїґ])\)|([a-zа-яёієїґ])[.)])(?:\s+(.*)|$)/iu;
const ROMAN_LOWER_RE = /^(?:\(([ivxlcdm]{1,6})\)|([ivxlcdm]{1,6})[.)])(?:\s+(.*)|$)/u;

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

/**
 * Reads the label at the start of an already stripped line. `previousLetter` is the last letter
 * sub-point seen under the current point: it decides whether `(i)` is the letter after `h` or
 * the first roman sub-sub-point.
 */
export function matchLabel(
  line: string,
  previousLetter: string | undefined,
): LabelMatch | undefined {
  // Numbered lines are the common case; try the numeric patterns first when the line opens
  // with a digit, and the keyword pattern only when it opens with a letter.
  const first = line.charCodeAt(0);
  const digit = first >= 48 && first <= 57;
  if (!digit) {
    const keyword = KEYWORD_RE.exec(line);
    if (keyword) return { kind: 'top', token: keyword[1]!, rest: keyword[2] ?? '' };
    const bracketed = BRACKETED_NUMBER_RE.exec(line);
    if (bracketed) return { kind: 'top', token: bracketed[1]!, rest: bracketed[2] ?? '' };
  } else {
    const dotted = DOTTED_NUMBER_RE.exec(line);
    if (dotted) return { kind: 'top', token: dotted[1]!, rest: dotted[2] ?? '' };
    const plain = PLAIN_NUMBER_RE.exec(line);
    if (plain) return { kind: 'top', token: plain[1]!, rest: plain[2] ?? '' };
    return undefined;
  }

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
