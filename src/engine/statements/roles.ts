import { partyKey, partyName } from './descriptive';
import { SPEECH_VERBS_EN } from './lexicon';

/**
 * Speakers named by their office only, as wire copy does after the first mention and sometimes
 * before it: "the deputy foreign minister said", "The Commission president", "the EU's top
 * diplomat", "The presidential chief of staff", "the head of his administration", "Zelensky's
 * spokesman". The fixed nominals ("the aide", "the president") cover the bare forms; these
 * phrases carry modifiers that say which office (title words) and whose (a party adjective, or
 * a possessor whose party it is). One regex pass over the article, validated word by word.
 */

export interface RolePhrase {
  readonly start: number;
  readonly end: number;
  /** The phrase without its determiner ("deputy foreign minister"). */
  readonly text: string;
  /** Substrings of registry titles this office matches ("minister"). */
  readonly keys: readonly string[];
  /** Modifier words that may also appear in the title ("commission", "deputy"). */
  readonly hints: readonly string[];
  /** The party an adjective names ("French", "EU's", "Kremlin"), if any. */
  readonly party: string | null;
  /** "his deputy", "the head of her office": the party is the possessor's. */
  readonly possessive?: 'male' | 'female';
  /** "Zelensky's spokesman": where the possessor's name ends (its mention gives the party). */
  readonly possessorEnd?: number;
}

/** Office nouns and the registry-title substrings each one matches. */
const OFFICES: Readonly<Record<string, readonly string[]>> = {
  president: ['president'],
  leader: ['president', 'chancellor', 'prime minister', 'leader'],
  'prime minister': ['prime minister'],
  premier: ['prime minister'],
  minister: ['minister'],
  diplomat: ['minister', 'ministry', 'ambassador', 'diplomat', 'foreign policy', 'spokes'],
  'foreign policy chief': ['foreign policy', 'minister'],
  spokesman: ['spokes', 'press secretary'],
  spokeswoman: ['spokes', 'press secretary'],
  spokesperson: ['spokes', 'press secretary'],
  'press secretary': ['press secretary', 'spokes'],
  aide: ['aide', 'adviser', 'advisor'],
  adviser: ['adviser', 'advisor', 'aide'],
  advisor: ['adviser', 'advisor', 'aide'],
  envoy: ['envoy'],
  negotiator: ['negotiat', 'envoy'],
  chancellor: ['chancellor'],
  'secretary of state': ['secretary of state'],
  'chief of staff': ['head of the office', 'chief of staff'],
  lawmaker: ['duma', 'parliament', 'committee', 'speaker', 'senator', 'rada', 'faction'],
  legislator: ['duma', 'parliament', 'committee', 'speaker', 'senator', 'rada', 'faction'],
  deputy: ['duma', 'parliament', 'committee', 'deputy', 'rada'],
  // "the pope said" after "Pope Leo XIV": the registry title is "Pope (from May 2025)".
  pope: ['pope'],
};

const NOUNS = Object.keys(OFFICES).sort((a, b) => b.length - a.length);
/** "the head of his administration", "the head of the presidential office". */
const HEAD_OF = String.raw`head of (?:his|her|the|their) (?:presidential |president's )?(?:administration|office)`;

const ROLE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:([Tt]he|[Hh]is|[Hh]er|[Tt]heir)|(\p{Lu}[\p{L}-]+)['’]s)\s+((?:[\p{L}'’.-]+\s+){0,3})(${HEAD_OF}|${NOUNS.join('|')})(?![\p{L}])`,
  'gu',
);

/** Words that end a modifier run: function words and verbs ("the president told the envoy"). */
const STOP = new Set([
  ...'the|a|an|and|or|of|to|in|on|at|with|by|for|from|that|this|who|which|has|had|was|is|were|are|will|would|his|her|their|its|as|but|also'.split(
    '|',
  ),
  ...SPEECH_VERBS_EN,
]);
/** Capitalised modifiers that are offices or institutions, not names ("Commission", "Foreign"). */
const TITLE_WORDS =
  /^(?:commission|council|foreign|defence|defense|security|state|house|office|kremlin|elysée|elysee|presidential|deputy|prime|vice|chief|senior|top|national|federal|special)$/u;

export function rolePhrases(text: string, parties: readonly string[]): RolePhrase[] {
  const out: RolePhrase[] = [];
  for (const m of text.matchAll(ROLE_RE)) {
    const determiner = m[1];
    const possessor = m[2];
    const mods = (m[3] ?? '').trim().split(/\s+/u).filter(Boolean);
    const noun = m[4]!.toLowerCase();
    // "Ukraine's foreign minister": a possessor that is a party name gives the party itself.
    const possessorKey = possessor === undefined ? null : partyKey(possessor);
    let party: string | null = possessorKey === null ? null : partyName(possessorKey, parties);
    let valid = true;
    const hints: string[] = [];
    for (const mod of mods) {
      const lower = mod.toLowerCase().replace(/['’]s$/u, '');
      const key = partyKey(mod);
      if (key !== null) {
        party = partyName(key, parties) ?? party;
        continue;
      }
      if (STOP.has(lower) || (/^\p{Lu}/u.test(mod) && !TITLE_WORDS.test(lower))) {
        valid = false;
        break;
      }
      hints.push(lower);
    }
    // A possessor must be a name ("Zelensky's"), not a sentence-initial word ("It's").
    if (!valid || (possessor !== undefined && /^(?:It|That|This|There|What)$/u.test(possessor))) {
      continue;
    }
    // A bare "the president" is a fixed nominal already; only add what it cannot say.
    const bare = determiner !== undefined && /^the$/iu.test(determiner) && mods.length === 0;
    const fixedLacks = ['lawmaker', 'legislator', 'pope'];
    if (bare && !noun.startsWith('head of') && !fixedLacks.includes(noun)) {
      continue;
    }
    const head = noun.startsWith('head of');
    const own = head ? /\s(his|her)\s/u.exec(` ${noun} `)?.[1] : determiner?.toLowerCase();
    const start = m.index;
    const end = m.index + m[0].length;
    out.push({
      start,
      end,
      text: text
        .slice(start, end)
        .replace(/^(?:the|his|her|their)\s+/iu, '')
        .trim(),
      keys: head ? OFFICES['chief of staff']! : OFFICES[noun]!,
      hints,
      party,
      ...(own === 'his' ? { possessive: 'male' as const } : {}),
      ...(own === 'her' ? { possessive: 'female' as const } : {}),
      ...(possessor !== undefined && possessorKey === null
        ? { possessorEnd: m.index + possessor.length }
        : {}),
    });
  }
  return out;
}
