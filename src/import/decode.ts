import { ImportError } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * Decodes the bytes of a text file. UTF-8 (a BOM is dropped) and UTF-16 with a BOM are
 * unambiguous. Windows-1251 is only a guess, so it is taken only when the bytes are not UTF-8
 * and the result is overwhelmingly Cyrillic letters: a wrong guess would silently corrupt every
 * clause, so anything else is refused with the offset of the first bad byte. Line ends become
 * `\n`.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom16 = utf16Bom(bytes);
  if (bom16 !== undefined) {
    let text: string;
    try {
      // The BOM itself is consumed by TextDecoder (ignoreBOM defaults to false).
      text = new TextDecoder(bom16, { fatal: true }).decode(bytes);
    } catch {
      throw new ImportError(
        'not-utf8',
        `not valid ${bom16.toUpperCase()} despite its byte order mark`,
      );
    }
    return { text: clean(text), encoding: bom16 };
  }
  const bad = invalidUtf8Offset(bytes);
  if (bad === -1) {
    const text = new TextDecoder('utf-8').decode(bytes);
    // UTF-16 without a BOM decodes "successfully" as UTF-8 full of NULs; so does a binary file.
    if (text.includes('\0')) {
      throw new ImportError(
        'not-utf8',
        'file contains NUL bytes (binary, or UTF-16 without a byte order mark?); convert it to UTF-8 text',
      );
    }
    return { text: clean(text), encoding: 'utf-8' };
  }
  if (looksLikeCp1251(bytes)) {
    return { text: clean(new TextDecoder('windows-1251').decode(bytes)), encoding: 'windows-1251' };
  }
  throw new ImportError(
    'not-utf8',
    `not valid UTF-8 (byte offset ${bad}) and not recognisably UTF-16 or Windows-1251 Cyrillic; convert it to UTF-8`,
  );
}

function clean(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function utf16Bom(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * In Windows-1251, 0xC0–0xFF are А–я and 0xA8/0xB8 Ё/ё, 0xA1-0xA2/0xB2-0xB4/0xAA/0xBA/0xAF/0xBF
 * the Ukrainian and Belarusian letters. Real Cyrillic text has almost every high byte among
 * those, and no C0 control bytes; Latin-1 or binary data does not.
 */
function looksLikeCp1251(b: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const byte of b) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
    if (byte < 0x80) continue;
    high++;
    if (byte >= 0xc0 || CP1251_EXTRA_LETTERS.has(byte)) letters++;
    // 0x98 is unassigned in Windows-1251.
    if (byte === 0x98) return false;
  }
  // Typographic punctuation (0x85 …, 0x96 –, 0xAB «) is allowed, but must stay a small minority.
  return high >= 8 && letters / high >= 0.9;
}

const CP1251_EXTRA_LETTERS = new Set([
  0xa1, 0xa2, 0xa8, 0xaa, 0xaf, 0xb2, 0xb3, 0xb4, 0xb8, 0xba, 0xbf,
]);

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence (Unicode table 3-7),
 * or -1. TextDecoder only says "invalid"; a user fixing the file needs to know where.
 */
export function invalidUtf8Offset(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const lead = b[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const need =
      lead >= 0xc2 && lead <= 0xdf
        ? 1
        : lead >= 0xe0 && lead <= 0xef
          ? 2
          : lead >= 0xf0 && lead <= 0xf4
            ? 3
            : 0;
    if (need === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const lo = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const hi = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= need; k++) {
      const next = b[i + k];
      if (next === undefined) return i;
      if (k === 1 ? next < lo || next > hi : next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
