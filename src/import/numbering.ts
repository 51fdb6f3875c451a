/** How a list item is numbered in the plain text handed to the engine's segment(). */
export type ListStyle = 'decimal' | 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman';

/**
 * The default style per nesting depth mirrors what segment() reads as point, sub-point and
 * sub-sub-point: `1.` → `2`, `a)` → `2a`, `(i)` → `2a.i`.
 */
export const DEPTH_STYLES: readonly ListStyle[] = ['decimal', 'lower-alpha', 'lower-roman'];

/** The label text for item n (1-based) of a list, delimited so segment() recognises it. */
export function listLabel(n: number, style: ListStyle, depth: number): string {
  const token = listToken(n, style);
  if (style === 'decimal') return depth === 0 ? `${token}.` : `(${token})`;
  // Upper-case roman numerals are top-level points ("IV."), lower-case ones sub-sub-points.
  if (style === 'upper-roman') return `${token}.`;
  if (style === 'lower-roman') return `(${token})`;
  return `${token})`;
}

function listToken(n: number, style: ListStyle): string {
  switch (style) {
    case 'decimal':
      return String(n);
    case 'lower-alpha':
      return alpha(n);
    case 'upper-alpha':
      return alpha(n).toUpperCase();
    case 'lower-roman':
      return roman(n).toLowerCase();
    case 'upper-roman':
      return roman(n);
  }
}

/** a…z, then aa, ab… as Word and browsers count. */
function alpha(n: number): string {
  let s = '';
  let k = Math.max(1, n);
  while (k > 0) {
    k -= 1;
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26);
  }
  return s;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let k = Math.max(1, Math.min(n, 3999));
  let s = '';
  for (const [value, digits] of ROMAN) {
    while (k >= value) {
      s += digits;
      k -= value;
    }
  }
  return s;
}

/** The HTML `type` attribute of an <ol> (1, a, A, i, I), if it names a style. */
export function styleFromHtmlType(type: string | undefined): ListStyle | undefined {
  switch (type ?? '') {
    case '1':
      return 'decimal';
    case 'a':
      return 'lower-alpha';
    case 'A':
      return 'upper-alpha';
    case 'i':
      return 'lower-roman';
    case 'I':
      return 'upper-roman';
  }
  return undefined;
}
