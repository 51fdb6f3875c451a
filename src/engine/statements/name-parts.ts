import { CALENDAR } from './lexicon';
import type { Mention } from './mention-types';

/**
 * "spokeswoman Mao Ning … “…,” Mao said", "Pope Leo XIV … Leo went further": once a registry
 * person is named in full, news copy refers back by one part of the name, the family name for
 * most, the first for Chinese names (family name first) and for popes and monarchs (regnal
 * names). Each later part standing alone (no capitalised word joined to it) names the person of
 * the latest full mention holding it; a part the registry knows as an alias is already found,
 * and a part of a later name the registry lacks ("Volodymyr Klitschko") stops the reference.
 * Latin script only: Cyrillic names decline, and their stems are registry aliases already.
 */

/** Honorifics and titles inside a registry name ("Pope Leo XIV"), never a back-reference. */
const HONORIFICS = new Set(
  'pope|cardinal|king|queen|prince|princess|sir|dame|lord|saint|st|president|senator|mr|mrs|ms|dr|sheikh|emir'.split(
    '|',
  ),
);
const PART_RE = /^(?=\p{Script=Latin}+$)\p{Lu}\p{Ll}{2,}$/u;

export function namePartMentions(
  text: string,
  words: readonly (readonly [number, number])[],
  found: readonly Mention[],
): Mention[] {
  // The full mentions, in text order: registry people named by two words or more, and the
  // two- or three-word names the registry lacks (outside registry names).
  const actors = found.filter((m) => m.kind === 'actor');
  const full = found
    .filter(
      (m) =>
        (m.kind === 'actor' && m.actor?.kind === 'person') ||
        (m.kind === 'unknown' && !actors.some((a) => a.start < m.end && m.start < a.end)),
    )
    .filter((m) => /\s/u.test(m.text))
    .sort((a, b) => a.start - b.start);
  if (!full.some((m) => m.kind === 'actor')) return [];
  const covered = found.map((m) => [m.start, m.end] as const);
  const out: Mention[] = [];
  let next = 0;
  const latest = new Map<string, Mention>();
  for (let w = 0; w < words.length; w++) {
    const [start, end] = words[w]!;
    while (next < full.length && full[next]!.end <= start) {
      const m = full[next++]!;
      // Only words of the person's own name: an alias may carry a title ("Russian President …").
      const own = m.kind === 'actor' ? m.actor!.name.split(/\s+/u) : null;
      for (const part of m.text.split(/\s+/u)) {
        if (!PART_RE.test(part) || HONORIFICS.has(part.toLowerCase())) continue;
        if (own === null || own.includes(part)) latest.set(part, m);
      }
    }
    const word = text.slice(start, end);
    const owner = latest.get(word);
    if (owner?.kind !== 'actor') continue;
    if (covered.some(([s, e]) => start < e && end > s)) continue;
    if (joined(text, words[w - 1], start, true) || joined(text, words[w + 1], end, false)) continue;
    out.push({ ...owner, start, end, text: word });
  }
  return out;
}

/**
 * Days and months are capitalised but never part of a name: "On Friday Likhachev said …" refers
 * back to Likhachev as much as "On Friday, Likhachev said …" does. "May" stays a possible name
 * part here, so that "Theresa May" does not leave "Theresa" standing alone as a back-reference.
 */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(CALENDAR.filter((w) => w !== 'may'));

/** Whether the neighbouring word is capitalised and joined to this one by one space. */
function joined(
  text: string,
  other: readonly [number, number] | undefined,
  edge: number,
  before: boolean,
): boolean {
  if (other === undefined) return false;
  const gap = before ? text.slice(other[1], edge) : text.slice(edge, other[0]);
  if (CALENDAR_WORDS.has(text.slice(other[0], other[1]).toLowerCase())) return false;
  return gap === ' ' && /^\p{Lu}/u.test(text[other[0]]!);
}
