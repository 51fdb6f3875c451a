import type { RegistryActor } from './types';
import { NOMINALS, PRONOUNS } from './lexicon';

/**
 * Who is named where: registry actors (by any alias, Cyrillic forms with their case endings),
 * pronouns, nominal references ("the aide") and capitalised names the registry does not hold.
 * One pass over the article with one alternation per kind keeps the cost linear in its length.
 */

export type MentionKind = 'actor' | 'pronoun' | 'nominal' | 'unknown';

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  readonly actor?: RegistryActor;
  /** The words as written (unknown names) or the nominal's title key ("aide"). */
  readonly text: string;
  readonly gender?: 'male' | 'female';
}

const CYRILLIC = /[\u0400-\u04ff]/u;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export interface MentionIndex {
  /** Every mention in the text, sorted by start; longer mentions win overlaps. */
  all(text: string): Mention[];
}

export function mentionIndex(actors: readonly RegistryActor[]): MentionIndex {
  const byAlias = new Map<string, RegistryActor>();
  for (const actor of actors) {
    for (const alias of [actor.name, ...actor.aliases]) {
      const key = alias.toLowerCase().replace(/ё/gu, 'е');
      if (key.length >= 2 && !byAlias.has(key)) byAlias.set(key, actor);
      // "Сибіга" declines as "Сибіги", "Кремль" as "Кремля": the stem without its last vowel.
      const stem = key.slice(0, -1);
      if (CYRILLIC.test(key) && key.length >= 5 && /[аяйьоеы]$/u.test(key) && !byAlias.has(stem)) {
        byAlias.set(stem, actor);
      }
    }
  }
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  // Cyrillic aliases take up to four more letters (case endings: Пескова, Зеленського).
  const alternation = aliases
    .map((a) => (CYRILLIC.test(a) ? `${escape(a)}\\p{L}{0,4}` : escape(a)))
    .join('|');
  const actorRe =
    aliases.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');
  const pronounRe = new RegExp(
    `(?<![\\p{L}])(?:${Object.keys(PRONOUNS).join('|')})(?![\\p{L}])`,
    'giu',
  );
  const nominalRe = new RegExp(
    `(?<![\\p{L}])(?:${NOMINALS.map(([k]) => escape(k))
      .sort((a, b) => b.length - a.length)
      .join('|')})\\p{L}{0,3}(?![\\p{L}])`,
    'giu',
  );
  const nominalKey = (s: string): string | undefined => {
    const lower = s.toLowerCase();
    let best: readonly [string, string] | undefined;
    for (const entry of NOMINALS) {
      if (lower.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
    }
    return best?.[1];
  };
  const lookup = (matched: string): RegistryActor | undefined => {
    const key = matched.toLowerCase().replace(/ё/gu, 'е');
    const exact = byAlias.get(key);
    if (exact) return exact;
    // A Cyrillic form with an ending: try the alias it starts with, longest first.
    for (let cut = 1; cut <= 4 && key.length - cut >= 2; cut++) {
      const hit = byAlias.get(key.slice(0, key.length - cut));
      if (hit) return hit;
    }
    return undefined;
  };

  return {
    all(text: string): Mention[] {
      const found: Mention[] = [];
      if (actorRe) {
        for (const m of text.matchAll(actorRe)) {
          const actor = lookup(m[0]);
          if (actor) {
            found.push({
              start: m.index,
              end: m.index + m[0].length,
              kind: 'actor',
              actor,
              text: m[0],
              ...(actor.gender ? { gender: actor.gender } : {}),
            });
          }
        }
      }
      for (const m of text.matchAll(pronounRe)) {
        const gender = PRONOUNS[m[0].toLowerCase()]!;
        found.push({
          start: m.index,
          end: m.index + m[0].length,
          kind: 'pronoun',
          text: m[0],
          ...(gender === 'any' ? {} : { gender }),
        });
      }
      for (const m of text.matchAll(nominalRe)) {
        const key = nominalKey(m[0]);
        if (key) found.push({ start: m.index, end: m.index + m[0].length, kind: 'nominal', text: key });
      }
      for (const m of text.matchAll(NAME_RE)) {
        if (!plausibleName(m[0])) continue;
        found.push({ start: m.index, end: m.index + m[0].length, kind: 'unknown', text: m[0] });
      }
      return dropOverlaps(found);
    },
  };
}

// Two or three capitalised words: a name the registry may not hold ("Oleksandr Bevz").
const NAME_RE =
  /(?<![\p{L}])\p{Lu}[\p{Ll}’'-]+(?:\s+(?:de |von |van |der )?\p{Lu}[\p{Ll}’'-]+){1,2}(?![\p{L}])/gu;
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'in', 'on', 'at', 'and', 'but', 'after', 'before', 'during', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'russia', 'ukraine', 'europe', 'moscow', 'kyiv', 'washington', 'american', 'russian',
  'ukrainian', 'european', 'president', 'prime', 'minister', 'foreign', 'white', 'house',
  'united', 'states', 'kingdom', 'union', 'in', 'what', 'why', 'how', 'who', 'when', 'this',
  'that', 'it', 'there', 'they', 'we', 'i', 'he', 'she', 'some', 'many', 'both', 'despite',
  'according', 'separately', 'meanwhile', 'however', 'also', 'geneva', 'florida', 'paris',
  'berlin', 'london', 'miami', 'dublin', 'istanbul', 'abu', 'dhabi', 'alaska', 'anchorage',
  'советник', 'президент', 'глава', 'москва', 'москве', 'киев', 'київ', 'россия', 'україна',
  'украина', 'вашингтон', 'европа', 'європа', 'по', 'за', 'в', 'у', 'на',
]);

function plausibleName(s: string): boolean {
  const words = s.split(/\s+/u);
  return words.every((w) => !NOT_NAME_WORDS.has(w.toLowerCase().replace(/[’']s$/u, '')));
}

function dropOverlaps(found: Mention[]): Mention[] {
  const rank: Record<MentionKind, number> = { actor: 0, nominal: 1, pronoun: 2, unknown: 3 };
  found.sort(
    (a, b) => a.start - b.start || rank[a.kind] - rank[b.kind] || b.end - b.start - (a.end - a.start),
  );
  const kept: Mention[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (last !== undefined && m.start < last.end) {
      // A registry name inside a longer capitalised run wins over the run.
      if (last.kind === 'unknown' && m.kind === 'actor') kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}
