/**
 * Text hygiene shared by every way text comes in (JSON bodies, form fields, imported files), so
 * SQLite and PostgreSQL store the same thing: PostgreSQL refuses NUL in text, both accept lone
 * surrogates only to hand back U+FFFD, and non-characters or C0 controls make XML (DOCX
 * reports) invalid.
 */

/** Index of the first lone UTF-16 surrogate, or -1. */
export function loneSurrogateAt(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return i;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

/**
 * Non-characters (U+FDD0–U+FDEF and every U+xxFFFE/U+xxFFFF) and C0 control characters other
 * than tab, line feed and carriage return: never meaningful in a published text.
 */
// Code units, not code points (no u flag), so a supplementary non-character is matched as its pair.
const STRIPPED =
  // eslint-disable-next-line no-control-regex
  /[\u0001-\u0008\u000b\u000c\u000e-\u001f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g;

export function stripNonCharacters(s: string): string {
  return s.replace(STRIPPED, '');
}
