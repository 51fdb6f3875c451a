import { TextCache } from '../text/analysis';
import { isAscii } from '../text/fold';
import type { TokenTable } from '../text/token-ids';

/**
 * Actors named in negotiated texts about the war in Ukraine and in treaties generally: states,
 * organisations and people, each with the aliases and Russian/Ukrainian forms that name it.
 * The canonical key is what `actor-changed` compares, so "United States", "US" and "США" agree.
 */
const ACTORS: Record<string, readonly string[]> = {
  us: [
    'united states',
    'usa',
    'america',
    'american',
    'washington',
    'сша',
    'соединенные штаты',
    'сполучені штати',
    'америка',
  ],
  russia: [
    'russia',
    'russian',
    'russian federation',
    'moscow',
    'kremlin',
    'россия',
    'россии',
    'российская федерация',
    'рф',
    'москва',
    'росія',
    'росії',
    'російська федерація',
  ],
  ukraine: [
    'ukraine',
    'ukrainian',
    'kyiv',
    'kiev',
    'украина',
    'украины',
    'украине',
    'київ',
    'україна',
    'україни',
    'україні',
  ],
  europe: [
    'europe',
    'european',
    'european union',
    'eu',
    'e3',
    'европа',
    'европейский союз',
    'ес',
    'європа',
    'європейський союз',
    'єс',
  ],
  nato: ['nato', 'north atlantic treaty organization', 'north atlantic alliance', 'нато', 'альянс'],
  un: ['united nations', 'security council', 'оон', 'совбез'],
  iaea: ['iaea', 'international atomic energy agency', 'магатэ', 'магате'],
  osce: ['osce', 'обсе', 'обсє'],
  g7: ['g7', 'g-7', 'group of seven'],
  g8: ['g8', 'g-8', 'group of eight', 'большая восьмерка', 'g8'],
  poland: ['poland', 'polish', 'польша', 'польща'],
  uk: ['united kingdom', 'uk', 'britain', 'british', 'великобритания', 'великобританія'],
  france: ['france', 'french', 'франция', 'франція'],
  germany: ['germany', 'german', 'германия', 'німеччина'],
  belarus: ['belarus', 'беларусь', 'білорусь'],
  china: ['china', 'chinese', 'китай'],
  turkey: ['turkey', 'türkiye', 'турция', 'туреччина'],
  'world-bank': ['world bank', 'всемирный банк', 'світовий банк'],
  imf: ['imf', 'international monetary fund', 'мвф'],
  trump: ['trump', 'трамп'],
  putin: ['putin', 'путин', 'путін'],
  zelensky: ['zelensky', 'zelenskyy', 'zelenskiy', 'зеленский', 'зеленський'],
};

// Single-word aliases are looked up token by token; the few multi-word ones are searched for.
const WORD_ALIASES = new Map<string, string>();
const PHRASE_ALIASES: [string, string][] = [];
for (const [key, aliases] of Object.entries(ACTORS)) {
  for (const alias of aliases) {
    if (/^[\p{L}\p{N}]+$/u.test(alias)) WORD_ALIASES.set(alias, key);
    else PHRASE_ALIASES.push([alias, key]);
  }
}
// A phrase with a non-ASCII character cannot occur in an ASCII text: most clauses skip those.
const ASCII_PHRASE_ALIASES = PHRASE_ALIASES.filter(([alias]) => isAscii(alias));

// The actor key of each token id of a comparison's token table ('' for none), resolved once per
// distinct token instead of a string lookup per occurrence; dropped with the table.
const aliasesByTable = new WeakMap<TokenTable, string[]>();
function aliasKeys(table: TokenTable): string[] {
  let keys = aliasesByTable.get(table);
  if (keys === undefined) aliasesByTable.set(table, (keys = []));
  for (let id = keys.length; id < table.size; id++) {
    keys.push(WORD_ALIASES.get(table.strings[id]!) ?? '');
  }
  return keys;
}

// Abbreviations that are also common words ("us", "un") count only in capitals.
// `needle` is a substring every match contains: texts without it skip the lookbehind regex.
const CASED = [
  { key: 'us', needle: 'U', pattern: /(?<![\p{L}\p{N}])U\.?S\.?(?![\p{L}\p{N}])/u },
  { key: 'un', needle: 'UN', pattern: /(?<![\p{L}\p{N}])UN(?![\p{L}\p{N}])/u },
];

/** Canonical keys of the actors a text names, sorted. */
export function actorsIn(text: string, texts: TextCache = new TextCache()): string[] {
  const { folded, ids, ascii } = texts.analyse(text);
  const keys = new Set<string>();
  const byId = aliasKeys(texts.table);
  for (let i = 0; i < ids.length; i++) {
    const key = byId[ids[i]!]!;
    if (key !== '') keys.add(key);
  }
  for (const [alias, key] of ascii ? ASCII_PHRASE_ALIASES : PHRASE_ALIASES) {
    if (!keys.has(key) && containsWords(folded, alias)) keys.add(key);
  }
  for (const { key, needle, pattern } of CASED) {
    if (text.includes(needle) && pattern.test(text)) keys.add(key);
  }
  return [...keys].sort();
}

/** `phrase` occurs in `text` with no letter or digit glued to either end. */
function containsWords(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** Single-word aliases as similarity terms: "Ukrainian", "Kyiv" and "Украина" all become `@ukraine`. */
const ALIAS_TERMS = new Map<string, string>(
  Object.entries(ACTORS).flatMap(([key, aliases]) =>
    aliases.filter((a) => /^[\p{L}\p{N}]+$/u.test(a)).map((a): [string, string] => [a, `@${key}`]),
  ),
);
ALIAS_TERMS.set('us', '@us');

/** The actor term a folded token stands for, if it names an actor. */
export function actorTerm(token: string): string | undefined {
  return ALIAS_TERMS.get(token);
}
