/** Case, compatibility and typographic folding shared by every text comparison. */

// Letters and digits of any script; digits keep their thousands separators and decimals so
// "600,000" stays one number.
const TOKEN_RE = /\p{N}+(?:[.,\u00a0\u202f]\p{N}{3})*(?:[.,]\p{N}+)?|[\p{L}\p{M}]+/gu;
// The same for plain ASCII, where the non-Unicode regex runs several times faster.
const ASCII_TOKEN_RE = /[0-9]+(?:[.,][0-9]{3})*(?:[.,][0-9]+)?|[a-z]+/g;
const NON_ASCII_RE = /[\u0080-\uffff]/;

/** True for plain ASCII text, which has fast paths everywhere. */
export function isAscii(text: string): boolean {
  return !NON_ASCII_RE.test(text);
}

/** Folds typographic variants that carry no meaning for comparison. */
export function foldText(text: string): string {
  // Plain ASCII needs no Unicode normalisation, and most treaty text is plain ASCII.
  if (isAscii(text)) return text.toLowerCase().replace(/`/g, "'");
  return (
    text
      // NFKC would turn a no-break or thin space inside "600 000" into a plain space, which is
      // not read as a thousands separator; make it a comma first.
      .replace(/(\p{N})[\u00a0\u202f\u2009](?=\p{N}{3}(?!\p{N}))/gu, '$1,')
      .normalize('NFKC')
      .toLowerCase()
      .replace(/ё/gu, 'е')
      .replace(/[\u2018\u2019\u02bc`´]/gu, "'")
  );
}

/** Canonical form of a number token: separators dropped, decimal comma as a point. */
export function canonicalNumber(token: string): string {
  const grouped = /^\d{1,3}(?:[.,\u00a0\u202f]\d{3})+$/u.test(token);
  if (grouped) return token.replace(/[.,\u00a0\u202f]/gu, '');
  return token.replace(',', '.');
}

/** Raw tokens of folded text: words and numbers, punctuation dropped. */
export function rawTokens(folded: string): string[] {
  return folded.match(isAscii(folded) ? ASCII_TOKEN_RE : TOKEN_RE) ?? [];
}
