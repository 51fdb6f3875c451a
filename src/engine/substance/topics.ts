import { foldText, rawTokens } from '../text/fold';
import { escapeRegExp } from '../text/regexp';
import { TOPIC_LEXICON } from './topic-lexicon';

export { TOPIC_LEXICON, type TopicCues } from './topic-lexicon';

const WORD_PREFIXES: [string, string][] = [];
const PHRASES: [string, string][] = [];
for (const [topic, cues] of Object.entries(TOPIC_LEXICON)) {
  for (const prefix of cues.prefixes) {
    (prefix.includes(' ') ? PHRASES : WORD_PREFIXES).push([prefix, topic]);
  }
  for (const phrase of cues.phrases ?? []) PHRASES.push([phrase, topic]);
}

// Vocabularies are small next to token counts, so each distinct token is matched against the
// prefixes once; the cache is bounded so adversarial input cannot grow it without limit.
const tokenTopics = new Map<string, readonly string[]>();
const TOKEN_CACHE_LIMIT = 100_000;

function topicsOfToken(token: string): readonly string[] {
  let topics = tokenTopics.get(token);
  if (topics === undefined) {
    topics = WORD_PREFIXES.filter(([prefix]) => token.startsWith(prefix)).map(([, topic]) => topic);
    if (tokenTopics.size < TOKEN_CACHE_LIMIT) tokenTopics.set(token, topics);
  }
  return topics;
}

// One alternation scans a text for every phrase at once instead of one includes() per phrase.
const PHRASE_TOPICS = new Map<string, string[]>();
for (const [phrase, topic] of PHRASES) {
  PHRASE_TOPICS.set(phrase, [...(PHRASE_TOPICS.get(phrase) ?? []), topic]);
}
const PHRASE_RE = new RegExp(
  [...PHRASE_TOPICS.keys()]
    .sort((x, y) => y.length - x.length)
    .map(escapeRegExp)
    .join('|'),
  'g',
);

const textTopics = new Map<string, string[]>();
const TEXT_CACHE_LIMIT = 50_000;

/** Topics a clause text touches, sorted; an empty text has none. */
export function topicsOf(text: string): string[] {
  const cached = textTopics.get(text);
  if (cached !== undefined) return [...cached];
  const topics = computeTopics(text);
  if (textTopics.size >= TEXT_CACHE_LIMIT) textTopics.clear();
  textTopics.set(text, topics);
  return [...topics];
}

// Per topic, its false-friend phrases (folded like the text they are matched against).
const FALSE_FRIENDS: [string, string[]][] = Object.entries(TOPIC_LEXICON)
  .filter(([, cues]) => (cues.falseFriends ?? []).length > 0)
  .map(([topic, cues]) => [topic, (cues.falseFriends ?? []).map((f) => foldText(f))]);

function computeTopics(text: string): string[] {
  const folded = foldText(text);
  const topics = matchTopics(folded);
  // A topic found only through a false friend is dropped: blank its false friends out and
  // match again; the other topics keep their cues (the blanked words may carry them).
  for (const [topic, friends] of FALSE_FRIENDS) {
    if (!topics.has(topic) || !friends.some((f) => folded.includes(f))) continue;
    const blanked = friends.reduce((t, f) => t.split(f).join(' '), folded);
    if (!matchTopics(blanked).has(topic)) topics.delete(topic);
  }
  return [...topics].sort();
}

function matchTopics(folded: string): Set<string> {
  const topics = new Set<string>();
  for (const token of rawTokens(folded)) {
    for (const topic of topicsOfToken(token)) topics.add(topic);
  }
  for (const match of folded.matchAll(PHRASE_RE)) {
    for (const topic of PHRASE_TOPICS.get(match[0])!) topics.add(topic);
  }
  return topics;
}
