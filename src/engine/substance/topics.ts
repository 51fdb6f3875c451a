import { foldText, rawTokens } from '../text/fold';

/**
 * Topic lexicon (the taxonomy of ../shared/research/plans.md, PA-X-like codes). Each topic lists
 * word prefixes (matched against the start of a folded token, so inflections match) and phrases
 * (matched in the folded text), in English, Russian and Ukrainian.
 */
export interface TopicCues {
  readonly prefixes: readonly string[];
  readonly phrases?: readonly string[];
}

export const TOPIC_LEXICON: Readonly<Record<string, TopicCues>> = {
  sovereignty: { prefixes: ['sovereign', 'суверен', 'independen', 'независим', 'незалежн'] },
  'non-aggression': {
    prefixes: ['aggress', 'агресс', 'агрес', 'invade', 'invasion', 'вторжен', 'вторгн', 'вторгнен'],
    phrases: ['by force', 'use of force', 'силой', 'силою', 'non-aggression', 'recurrence'],
  },
  nato: { prefixes: ['nato', 'нато', 'alliance', 'альянс'], phrases: ['north atlantic'] },
  'security-guarantees': {
    prefixes: ['guarant', 'гарант', 'assurance', 'article 5', 'заверен'],
    phrases: ['article 5', 'article-5', 'статья 5', 'стаття 5', 'security commitment'],
  },
  'army-size': {
    prefixes: ['personnel', 'численност', 'чисельніст'],
    phrases: [
      'armed forces',
      'army',
      'military is capped',
      'cap on',
      'limits on',
      'вооруженных сил',
      'збройних сил',
    ],
  },
  'troops-deployment': {
    prefixes: [
      'troop',
      'deploy',
      'station',
      'jets',
      'войск',
      'військ',
      'контингент',
      'buffer',
      'demilitari',
      'демилитар',
      'демілітар',
    ],
    phrases: ['foreign forces', 'fighter jets', 'forces under'],
  },
  'eu-membership': {
    prefixes: ['accession', 'вступлен', 'вступ'],
    phrases: [
      'eu member',
      'eu membership',
      'membership of the eu',
      'joins the eu',
      'join the eu',
      'european union',
      'членство в ес',
      'членство в єс',
      'the eu',
    ],
  },
  'economic-cooperation': {
    prefixes: [
      'econom',
      'trade',
      'market',
      'invest',
      'экономи',
      'економі',
      'торгов',
      'торгівл',
      'commercial',
      'business',
    ],
  },
  reconstruction: {
    prefixes: [
      'reconstruct',
      'rebuild',
      'recovery',
      'восстановлен',
      'відбудов',
      'відновлен',
      'development fund',
    ],
  },
  energy: {
    prefixes: ['energy', 'gas', 'pipeline', 'electric', 'энерг', 'енерг', 'газ', 'output'],
    phrases: ['power plant', 'power grid', 'power split'],
  },
  sanctions: { prefixes: ['sanction', 'санкци', 'санкці'] },
  'g8-reintegration': { prefixes: ['g8', 'g-8', 'восьмерк', 'reintegrat', 'реинтеграц'] },
  'frozen-assets': {
    prefixes: ['asset', 'актив', 'reparation', 'репарац'],
    phrases: ['frozen', 'заморожен'],
  },
  'enforcement-monitoring': {
    prefixes: [
      'monitor',
      'verif',
      'supervis',
      'violation',
      'enforce',
      'oversee',
      'implement',
      'мониторин',
      'моніторин',
      'наблюден',
      'нарушен',
      'порушен',
      'контрол',
    ],
    phrases: ['working group', 'peace council', 'рабочая группа', 'робоча група'],
  },
  'legal-force': {
    prefixes: [
      'binding',
      'ratif',
      'law',
      'legisl',
      'enshrin',
      'parliament',
      'referend',
      'ратифик',
      'ратифік',
      'закон',
      'референдум',
    ],
    phrases: ['legally binding', 'юридически обязывающ', 'юридично обов'],
  },
  'nuclear-arms-control': {
    prefixes: [
      'non-nuclear',
      'npt',
      'proliferat',
      'arms-control',
      'нераспростран',
      'нерозповсюдж',
      'безъядерн',
      'без’ядерн',
    ],
    phrases: [
      'arms control',
      'nuclear weapon',
      'non-nuclear',
      'new start',
      'start i',
      'start treaty',
      'ядерного оружия',
      'ядерної зброї',
    ],
  },
  'nuclear-plant': {
    prefixes: [
      'zaporizhzhia nuclear',
      'znpp',
      'npp',
      'аэс',
      'аес',
      'запорожской аэс',
      'запорізької аес',
    ],
    phrases: [
      'nuclear plant',
      'nuclear power',
      'power plant',
      'zaporizhzhia plant',
      'zaporizhzhia npp',
      'атомн',
    ],
  },
  'education-tolerance': {
    prefixes: [
      'toleran',
      'racism',
      'prejudic',
      'school',
      'educat',
      'nazi',
      'толерант',
      'расизм',
      'образован',
      'освіт',
      'нацис',
      'нацист',
    ],
  },
  'language-religion': {
    prefixes: [
      'religio',
      'church',
      'linguistic',
      'language',
      'minorit',
      'религи',
      'релігі',
      'церк',
      'язык',
      'мов',
      'меньшинств',
      'меншин',
    ],
  },
  territory: {
    prefixes: [
      'territor',
      'crimea',
      'donetsk',
      'luhansk',
      'donbas',
      'kherson',
      'zaporizhzhia',
      'border',
      'территор',
      'територ',
      'крым',
      'крим',
      'донецк',
      'донецьк',
      'луганск',
      'луганськ',
      'донбас',
      'херсон',
      'запорож',
      'запоріж',
      'оккупир',
      'окупова',
    ],
    phrases: [
      'line of contact',
      'contact line',
      'de facto',
      'линия соприкосновения',
      'лінія зіткнення',
      'лінії зіткнення',
    ],
  },
  ceasefire: {
    prefixes: [
      'ceasefire',
      'cease-fire',
      'truce',
      'armistice',
      'hostilit',
      'перемир',
      'прекращение огня',
      'припинення вогню',
    ],
    phrases: [
      'cease fire',
      'end the war',
      'ending the war',
      'прекращение огня',
      'припинення вогню',
    ],
  },
  humanitarian: {
    prefixes: [
      'humanitar',
      'victim',
      'famil',
      'civilian',
      'deport',
      'гуманитар',
      'гуманітар',
      'жертв',
      'семей',
      'семьи',
      'родин',
      'депорт',
      'suffering',
    ],
  },
  prisoners: {
    prefixes: [
      'prisoner',
      'detainee',
      'hostage',
      'captive',
      'exchange',
      'пленн',
      'полонен',
      'заложник',
      'обмен',
      'обмін',
      'pow',
    ],
    phrases: ['all-for-all', 'all for all', 'всех на всех', 'всіх на всіх'],
  },
  elections: { prefixes: ['election', 'vote', 'ballot', 'выбор', 'вибор', 'голосован'] },
  amnesty: { prefixes: ['amnest', 'амнист', 'амніст'] },
};

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
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
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

function computeTopics(text: string): string[] {
  const folded = foldText(text);
  const topics = new Set<string>();
  for (const token of rawTokens(folded)) {
    for (const topic of topicsOfToken(token)) topics.add(topic);
  }
  for (const match of folded.matchAll(PHRASE_RE)) {
    for (const topic of PHRASE_TOPICS.get(match[0])!) topics.add(topic);
  }
  return [...topics].sort();
}
