import { descriptiveSpeakers } from './descriptive';
import {
  modifiedNominal,
  nameWord,
  nominalKeys,
  outletBefore,
  placeBefore,
} from './mention-context';
import { readTitle } from './titles';
import { surnameMentions } from './surnames';
import { namePartMentions } from './name-parts';
import { possessorTitles } from './possessor-title';
import { rolePhrases } from './roles';
import type { RegistryActor } from './types';
import { NOMINALS, PRONOUNS } from './lexicon';

/**
 * Who is named where: registry actors (by any alias, Cyrillic forms with their case endings),
 * pronouns, nominal references ("the aide") and capitalised names the registry does not hold.
 * One pass over the article with one alternation per kind keeps the cost linear in its length.
 */

export type { Mention, MentionKind } from './mention-types';
import type { Mention, MentionKind } from './mention-types';

const CYRILLIC = /[\u0400-\u04ff]/u;

/**
 * Spellings that differ only by a letter fold together: "ё" = "е", and Ukrainian "є" = "е", so
 * that the registry's "Умеров" also finds "Умєров"/"Умєрова" (the same length, so offsets hold).
 */
const fold = (lower: string): string => lower.replace(/[ёє]/gu, 'е').replace(/’/gu, "'");
const KEY = 4;

export interface MentionIndex {
  /** Every mention in the text, sorted by start; longer mentions win overlaps. */
  all(text: string, parties?: readonly string[]): Mention[];
}

export function mentionIndex(actors: readonly RegistryActor[]): MentionIndex {
  const byAlias = new Map<string, RegistryActor>();
  for (const actor of actors) {
    for (const alias of [actor.name, ...actor.aliases]) {
      const key = fold(alias.toLowerCase());
      if (key.length >= 2 && !byAlias.has(key)) byAlias.set(key, actor);
      // "Сибіга" declines as "Сибіги", "Кремль" as "Кремля": the stem without its last vowel.
      const stem = key.slice(0, -1);
      if (CYRILLIC.test(key) && key.length >= 5 && /[аяйьоеы]$/u.test(key) && !byAlias.has(stem)) {
        byAlias.set(stem, actor);
      }
    }
  }
  // Aliases bucketed by their first (up to) four letters: at each word start only the few
  // aliases sharing its opening letters are compared, instead of one alternation of hundreds.
  const buckets = new Map<string, string[]>();
  for (const alias of byAlias.keys()) {
    const key = alias.slice(0, Math.min(KEY, alias.length));
    buckets.set(key, [...(buckets.get(key) ?? []), alias]);
  }
  for (const list of buckets.values()) list.sort((x, y) => y.length - x.length);
  const nominalBuckets = new Map<string, (readonly [string, string])[]>();
  for (const entry of NOMINALS) {
    const first = entry[0].split(' ')[0]!;
    nominalBuckets.set(first, [...(nominalBuckets.get(first) ?? []), entry]);
  }
  for (const list of nominalBuckets.values()) list.sort((x, y) => y[0].length - x[0].length);

  /** The longest phrase of `candidates` starting at `pos`, with up to `extra` ending letters. */
  const longestAt = (
    text: string,
    lower: string,
    pos: number,
    candidates: readonly string[],
    extra: (p: string) => number,
  ): { end: number; phrase: string } | null => {
    for (const phrase of candidates) {
      if (!lower.startsWith(phrase, pos)) continue;
      let end = pos + phrase.length;
      for (let n = extra(phrase); n > 0 && isWordChar(text.charCodeAt(end)); n--) end++;
      if (!isWordChar(text.charCodeAt(end))) return { end, phrase };
    }
    return null;
  };

  return {
    all(text: string, parties: readonly string[] = []): Mention[] {
      const found: Mention[] = [];
      const lowered = fold(text.toLowerCase());
      // Lower-casing may change the length of rare letters (İ); then offsets would not line up.
      const lower = lowered.length === text.length ? lowered : null;
      const words = wordSpans(text);
      for (let w = 0; w < words.length; w++) {
        const [start, end] = words[w]!;
        if (lower !== null) {
          let best: { end: number; phrase: string } | null = null;
          for (let k = 2; k <= KEY; k++) {
            const hit = longestAt(
              text,
              lower,
              start,
              buckets.get(lower.slice(start, start + k)) ?? [],
              (a) => (CYRILLIC.test(a) ? 4 : 0),
            );
            if (hit && (best === null || hit.end > best.end)) best = hit;
          }
          if (best !== null) {
            const actor = byAlias.get(best.phrase)!;
            found.push({
              start,
              end: best.end,
              kind: 'actor',
              actor,
              text: text.slice(start, best.end),
              ...(actor.gender ? { gender: actor.gender } : {}),
            });
          }
          const word = lower.slice(start, end);
          const gender = PRONOUNS[word];
          if (gender !== undefined) {
            found.push({
              start,
              end,
              kind: 'pronoun',
              text: text.slice(start, end),
              ...(gender === 'any'
                ? {}
                : gender === 'institution'
                  ? { institution: true }
                  : { gender }),
            });
          }
          const nominals =
            nominalBuckets.get(word) ??
            (word.length > 4
              ? (nominalBuckets.get(word.slice(0, -1)) ?? nominalBuckets.get(word.slice(0, -2)))
              : undefined);
          if (nominals) {
            const hit = longestAt(
              text,
              lower,
              start,
              nominals.map(([k]) => k),
              () => 3,
            );
            const entry = hit && nominals.find(([k]) => k === hit.phrase);
            if (hit && entry) {
              const keys = nominalKeys(text, start, hit, entry[1]);
              if (keys !== '') found.push({ start, end: hit.end, kind: 'nominal', text: keys });
            } else if (word === 'the') {
              const modified = modifiedNominal(text, start);
              if (modified !== null) found.push({ start, ...modified, kind: 'nominal' });
            }
          }
        }
        // Two or three capitalised words in a row: a name the registry may not hold.
        if (isNameWord(text, words[w]!)) {
          let last = w;
          while (
            last + 1 < words.length &&
            last - w < 2 &&
            words[last + 1]![0] === words[last]![1] + 1 &&
            text[words[last]![1]] === ' ' &&
            isNameWord(text, words[last + 1]!)
          ) {
            last++;
          }
          if (last > w) {
            const name = text.slice(start, words[last]![1]);
            if (plausibleName(name) && !placeBefore(text, start) && !outletBefore(text, start)) {
              const title = readTitle(text, start, words[last]![1], parties);
              found.push({
                start,
                end: words[last]![1],
                kind: 'unknown',
                text: name,
                ...(title ? { title } : {}),
              });
            }
          }
        }
      }
      for (const r of rolePhrases(text, parties)) {
        // "Zelensky's spokesman": the possessor's party, from the registry name just before.
        const owner =
          r.possessorEnd === undefined
            ? undefined
            : found.find((f) => f.kind === 'actor' && f.end === r.possessorEnd);
        const role = owner?.actor?.party ? { ...r, party: owner.actor.party } : r;
        found.push({ start: r.start, end: r.end, kind: 'nominal', text: r.keys[0]!, role });
      }
      for (const d of descriptiveSpeakers(text, parties)) {
        found.push({
          start: d.start,
          end: d.end,
          kind: 'descriptive',
          text: d.text,
          descriptive: d,
        });
      }
      found.push(...surnameMentions(text, words, found));
      found.push(...namePartMentions(text, words, found));
      return dropOverlaps(possessorTitles(text, found));
    },
  };
}

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
/** "Bevz", "Petrenko": a capital then a lower-case letter (not "NATO", not "ISW"). */
const isNameWord = (text: string, [start, end]: readonly [number, number]): boolean =>
  end - start >= 2 &&
  isUpper(text[start]!) &&
  !isUpper(text[start + 1]!) &&
  /\p{L}/u.test(text[start + 1]!);

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;

/** A letter or digit, by code unit; ASCII, Cyrillic and punctuation without a regex. */
function isWordChar(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  if (code >= 0x400 && code <= 0x4ff) return true;
  // Quotation marks, dashes and spaces (U+2000–U+206F, «, »): the common non-letters in news.
  if ((code >= 0x2000 && code <= 0x206f) || code === 0xab || code === 0xbb || code === 0xa0) {
    return false;
  }
  return WORD_CHAR_RE.test(String.fromCharCode(code));
}

/**
 * [start, end) of each run of letters and digits (an apostrophe or hyphen inside a word keeps it
 * whole). One native regex pass: a per-character test was the extractor's hottest loop.
 */
const WORD_SPAN_RE = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;
function wordSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(WORD_SPAN_RE)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

const PATRONYMIC = /(?:ич|вна|чна|івна|ївна)$/u;

function plausibleName(s: string): boolean {
  const words = s.split(/\s+/u);
  // "Hungary's Viktor Orban": a possessive opens a title, never a name (the name after it is
  // found on its own, with the possessive as its title).
  if (words.length > 1 && /[’']s$/u.test(words[0]!)) return false;
  // "министр иностранных дел Эстонии Маргус Тсахкна", "депутат Госдумы Леонид Ивлев": three
  // Cyrillic capitals are a name only with a patronymic in the middle; else the first is the
  // title's genitive, and the name after it is found on its own with the title before it.
  if (words.length === 3 && CYRILLIC.test(s) && !PATRONYMIC.test(words[1]!)) return false;
  return words.every((w) => nameWord(w.toLowerCase().replace(/[’']s$/u, '')));
}

function dropOverlaps(found: Mention[]): Mention[] {
  const rank: Record<MentionKind, number> = {
    actor: 0,
    nominal: 1,
    pronoun: 2,
    descriptive: 3,
    unknown: 4,
  };
  found.sort(
    (a, b) =>
      a.start - b.start || rank[a.kind] - rank[b.kind] || b.end - b.start - (a.end - a.start),
  );
  const kept: Mention[] = [];
  for (const m of found) {
    const last = kept[kept.length - 1];
    if (last !== undefined && m.start < last.end) {
      // A registry name inside a longer capitalised run or description wins over it.
      if ((last.kind === 'unknown' || last.kind === 'descriptive') && m.kind === 'actor') {
        kept[kept.length - 1] = m;
      }
      // "the envoy": a back-reference first; the description stays as its fallback.
      else if (last.kind === 'nominal' && m.kind === 'descriptive' && m.descriptive) {
        kept[kept.length - 1] = { ...last, descriptive: m.descriptive };
      }
      // "the Kremlin spokesman": the person the longer alias names, not the institution.
      else if (last.kind === 'actor' && m.kind === 'actor' && m.end > last.end) {
        kept[kept.length - 1] = m;
      }
      // "Zelensky's spokesman", "the EU's top diplomat": the office, whose party the name in it
      // gives, not the person or institution it belongs to.
      else if (last.kind === 'actor' && m.kind === 'nominal' && m.role && m.end > last.end) {
        kept[kept.length - 1] = m;
      }
      // "the French President said": a registry alias that covers the office names the person.
      else if (last.kind === 'nominal' && m.kind === 'actor' && m.end >= last.end) {
        kept[kept.length - 1] = m;
      }
      // "the deputy foreign minister": a longer office phrase beats "the minister" inside it.
      else if (last.kind === 'nominal' && m.kind === 'nominal' && m.end > last.end) {
        kept[kept.length - 1] = m;
      }
      continue;
    }
    kept.push(m);
  }
  return kept;
}
