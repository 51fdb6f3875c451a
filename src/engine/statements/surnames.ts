import type { Mention } from './mention-types';

/**
 * "Joe Siracusa, a political scientist, argued …" and later "“…,” Siracusa noted": a name the
 * registry lacks is read as two or three capitalised words, so the surname alone would go
 * unnoticed. Each later occurrence of the surname of such a name, standing alone (no capitalised
 * word right before or after it), names the same person, with the title read at first mention.
 * One pass over the word spans per distinct surname: linear in the article.
 */
export function surnameMentions(
  text: string,
  words: readonly (readonly [number, number])[],
  found: readonly Mention[],
): Mention[] {
  const firstBySurname = new Map<string, Mention>();
  for (const m of found) {
    // Only a name introduced with a title or description ("political scientist Joe Siracusa"):
    // that marks a person, where a bare capitalised pair may be a place or an outlet.
    if (m.kind !== 'unknown' || m.title === undefined) continue;
    const surname = m.text.split(/\s+/u).pop()!;
    // Short words ("Li") and possessives are too ambiguous to follow alone.
    if (surname.length < 4 || /['’]/u.test(surname)) continue;
    if (!firstBySurname.has(surname)) firstBySurname.set(surname, m);
    // Russian and Ukrainian decline surnames ("Иван Яковина" … "по мнению Яковины"): the stem
    // without its case ending finds the later forms.
    const stem = cyrillicStem(surname);
    if (stem !== null && !firstBySurname.has(stem)) firstBySurname.set(stem, m);
  }
  if (firstBySurname.size === 0) return [];
  const out: Mention[] = [];
  for (let w = 0; w < words.length; w++) {
    const [start, end] = words[w]!;
    const word = text.slice(start, end);
    const stem = cyrillicStem(word);
    const first =
      firstBySurname.get(word) ?? (stem === null ? undefined : firstBySurname.get(stem));
    if (first === undefined || start < first.end) continue;
    if (
      capitalisedNeighbour(text, words, w - 1, start) ||
      capitalisedNeighbour(text, words, w + 1, end)
    ) {
      continue;
    }
    out.push({ ...first, start, end });
  }
  return out;
}

/** A Cyrillic word without its case ending (up to three vowels, й, ь, м, х), if long enough. */
function cyrillicStem(word: string): string | null {
  const m = /^(\p{Lu}[\u0400-\u04ff'’]{3,}?)[аяоеёыиіїуюйьмх]{0,3}$/u.exec(word);
  return m ? `~${m[1]!}` : null;
}

/** Whether the word next to this one is capitalised and joined to it by a single space. */
function capitalisedNeighbour(
  text: string,
  words: readonly (readonly [number, number])[],
  at: number,
  edge: number,
): boolean {
  const other = words[at];
  if (other === undefined) return false;
  const gap = other[0] >= edge ? text.slice(edge, other[0]) : text.slice(other[1], edge);
  if (gap !== ' ') return false;
  const c = text[other[0]]!;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
