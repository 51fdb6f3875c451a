import { CYRILLIC } from './script';
import { list } from './lexicon/list';
import { NOMINALS } from './lexicon/references';
import { partyName } from './descriptive';
import type { SpeakerRole } from './types';

/**
 * What the words around a name the registry lacks say about its bearer: "Dutch caretaker Prime
 * Minister Dick Schoof" speaks for Europe, "Svetlana Zhurova, deputy chair of the State Duma's
 * foreign affairs committee" for Russia, "Pavel Baev of the Peace Research Institute Oslo" and
 * "Russian economist Konstantin Sonin" for nobody (commentators). Real reporting introduces most
 * people this way; without it every such speaker had party null and counted as a wrong party.
 * Only the title before the name (same clause) and an apposition right after it are read.
 */

export interface TitleReading {
  readonly party: string | null;
  readonly role: SpeakerRole;
  /**
   * The office in the title as a nominal key ("Украинский постпред Андрей Мельник" → "ambassador"),
   * so that a later "по словам постпреда" finds this person, not another ambassador.
   */
  readonly office?: string;
}

/** Words (lower case; Cyrillic as stems) naming a party in a title, by party key. */
const TITLE_PARTY: Readonly<Record<string, readonly string[]>> = {
  us: list(
    'american|senator|congressman|congresswoman|republican|democrat|democratic|pentagon',
    'white house|state department|американск|американськ|сенатор сша|конгрессмен|конгресмен',
    'республиканец|республиканц|республіканець|республіканц|конгресс сша|конгресу сша',
    // Members of Congress are introduced by their state ("the Maine independent", "a Republican
    // from South Dakota", "the South Carolinian") or Senate office. Not Georgia (the country).
    'majority leader|minority leader|senate|south carolinian|alabama|alaska|arizona|arkansas',
    'california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas',
    'kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri',
    'montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|north dakota',
    'ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas',
    'utah|vermont|virginia|wisconsin|wyoming',
  ),
  russia: list(
    "russian|russia’s|russia's|kremlin|duma|federation council|российск|російськ|кремл|госдум",
    'держдум|совета федерации|ради федерації|мид рф|мид россии',
    // Russian parties and chambers by name ("Дмитрий Новиков, КПРФ", "член Совфеда").
    'кпрф|лдпр|единая россия|єдина росія|справедливая россия|новые люди|совфед|сенатор рф',
  ),
  ukraine: list(
    "ukrainian|ukraine’s|ukraine's|verkhovna|rada|kyiv|украинск|українськ|верховн|нардеп",
    'народный депутат|народний депутат|мзс україни|мид украины',
    // Ukrainian factions by name ("Олексій Гончаренко («Європейська солідарність»)"): read before
    // the European cues, which 'європейськ' would otherwise match (see UKRAINIAN_FACTION).
    'фракція|фракції|депутатка|спікер|спікерка|голова парламенту|батьківщин|слуга народу',
    'слуги народу|«голос»|‹голос›',
  ),
  europe: list(
    "european|eu|eu’s|eu's|dutch|french|german|british|italian|polish|spanish|finnish|swedish",
    'danish|estonian|latvian|lithuanian|belgian|austrian|irish|portuguese|greek|czech|slovak',
    'romanian|bulgarian|croatian|slovenian|luxembourg|nato|bundestag|европейск|європейськ',
    'немецк|німецьк|французск|французьк|британск|британськ|польск|польськ|нидерланд|нідерланд',
    'финск|фінськ|шведск|шведськ|итальянск|італійськ|испанск|іспанськ|эстонск|естонськ',
    // The possessive country name is as common as the adjective: "Norway's finance minister".
    "norwegian|norway's|germany's|france's|britain's|poland's|italy's|spain's|finland's",
    "sweden's|denmark's|estonia's|latvia's|lithuania's|netherlands'|belgium's|austria's",
    "ireland's|greece's|romania's|hungary's|hungarian|czechia's|europe's",
    // British politics named without the country: a seat, a party, a department. Not "Sir": a
    // knighthood says nothing of office (Sir Lawrence Freedman is an academic, a commentator).
    'mp for|tory|labour mp|commons|foreign office|downing street|home secretary',
    'transport secretary|defence secretary',
    // Russian and Ukrainian names of European countries, nouns and adjectives ("президент
    // Литви", "литовський лідер", "глава МИД Польши").
    'литв|литовськ|литовск|латві|латви|латвійськ|латвийск|естоні|эстони|польщ|польш|франці',
    'франци|німеччин|германи|фінлянд|финлянд|швеці|швеци|норвегі|норвеги|норвезьк|норвежск',
    'данії|дании|данськ|датск|бельгі|бельги|австрі|австри|чехі|чехи|чеськ|чешск|румуні|румыни',
    'угорщин|венгри|угорськ|венгерск|британі|британи|великої британії|нидерланд|ірланді|ирланди',
  ),
};

/** Words that make the bearer a commentator whatever the nationality ("Russian economist"). */
const COMMENTATOR_TITLE = list(
  'analyst|expert|professor|economist|scholar|fellow|researcher|historian|commentator|former',
  'retired|think tank|think-tank|institute|university|college|foundation|center|centre|columnist',
  'political scientist|lecturer|аналитик|аналітик|эксперт|експерт|политолог|політолог|професор',
  'профессор|научный сотрудник|науковий співробітник|бывш|колишн|институт|інститут|университет',
  'університет|мгимо|центр|фонд|доцент|экономист|економіст|историк|історик|обозревател|оглядач',
  // Writers of columns and posts speak for no party: "журналист и блогер Иван Яковина".
  'журналист|журналіст|блогер|колумнист|колумніст|публицист|публіцист',
  // Think tanks by name and the newsletters commentators write: "Keir Giles of Chatham House".
  'chatham house|brookings|carnegie|rand corporation|atlantic council|council on foreign relations',
  'heritage|hudson|csis|rusi|iiss|ecfr|bruegel|marshall fund|newsletter|substack',
);

const cueRe = (cues: readonly string[]): RegExp =>
  new RegExp(
    `(?<![\\p{L}])(?:${cues.map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})`,
    'u',
  );

const PARTY_RES = Object.entries(TITLE_PARTY).map(([key, cues]) => [key, cueRe(cues)] as const);
const COMMENTATOR_RE = cueRe(COMMENTATOR_TITLE);

const CHAMBER =
  /ukrainian faction|фракці|фракци|«голос»|‹голос›|слуг\p{L}* народу|батьківщин|кпрф|лдпр|госдум|держдум|верховн\p{L}* рад/u;
const SHORT_GUILLEMETS = /«([^«»\n.,;:!?]{1,30})»/gu;

/**
 * The title before a name: back to the clause start, at most eight words. Lower-case words
 * followed by the name ("said Dutch caretaker Prime Minister") stop at a speech verb because the
 * clause break includes the verb's comma or quote; only the last eight words are kept anyway.
 */
function titleBefore(text: string, start: number): string {
  // "Депутат від «Слуги народу» Сергій Нагорняк": a short name in guillemets is part of the title,
  // not a quote that ends the clause.
  const window = text.slice(Math.max(0, start - 90), start).replace(SHORT_GUILLEMETS, '‹$1›');
  let clause = window.split(/[.;:!?\n«»“”"(]|,\s/u).pop() ?? '';
  // "Poland's foreign minister, Radoslaw Sikorski, said": the title set off by a comma.
  if (clause.trim() === '' && /,\s*$/u.test(window)) {
    const set =
      window
        .replace(/,\s*$/u, '')
        .split(/[.;:!?\n«»“”"(]|,\s/u)
        .pop() ?? '';
    if (OFFICE_END.test(set)) clause = set;
  }
  return clause.trim().split(/\s+/u).slice(-8).join(' ');
}

const OFFICE_END =
  /(?:minister|president|chancellor|secretary|spokesman|spokeswoman|spokesperson|ambassador|envoy|adviser|advisor|aide|chief|head|leader|premier|senator|deputy|official|diplomat|commander|lawmaker|chairman|chairwoman|speaker|negotiator|commissioner)\s*$/iu;

/** ", said …" after a name is the verb, not an apposition: its words name no office. */
const VERB_AFTER =
  /^(?:said|says|told|tells|added|adds|noted|wrote|warned|argued|insisted|stressed|claimed|posted|declared|announced)(?![\p{L}])/u;

/** ", deputy chair of the State Duma's …," / " of the Peace Research Institute Oslo": apposition. */
function appositionAfter(text: string, end: number): string {
  const rest = text.slice(end, end + 110);
  const m =
    /^(?:,\s+(?:who\s+(?:is|was|heads|chairs|directs|leads)\s+)?([^,.;:«“"]{3,90})|\s+(?:of|from|at)\s+(?:the\s+)?([^,.;:«“"]{3,60})|\s+\(([^)]{2,60})\))/u.exec(
      rest,
    );
  const found = m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
  return VERB_AFTER.test(found) ? '' : found;
}

/** "Європейська солідарність", "Евросолидарность": a Ukrainian party, not Europe. */
const UKRAINIAN_FACTION =
  /(?:європейськ\p{L}*|европейск\p{L}*)\s+солідарн\p{L}*|(?:европейск\p{L}*)\s+солидарн\p{L}*|євросолідарн\p{L}*|евросолидарн\p{L}*/gu;

export function readTitle(
  text: string,
  start: number,
  end: number,
  parties: readonly string[],
): TitleReading | null {
  const original = `${titleBefore(text, start)} | ${appositionAfter(text, end)}`;
  const words = original
    .toLowerCase()
    .replace(/’/gu, "'")
    .replace(UKRAINIAN_FACTION, ' ukrainian faction ');
  if (COMMENTATOR_RE.test(currentOffices(words))) return { party: null, role: 'commentator' };
  const keys = PARTY_RES.filter(([, re]) => re.test(words)).map(([key]) => key);
  // "US", "U.S." only in capitals: lower-case "us" is the pronoun.
  if (/(?<![\p{L}])U\.?S\.?(?![\p{L}])/u.test(original) && !keys.includes('us')) keys.push('us');
  if (keys.length === 0 && OFFICE_END.test(titleBefore(text, start))) {
    keys.push(...leadKeys(text, start));
    // "President Peter Pellegrini, usually the softer voice in Bratislava,": the country is
    // named in the apposition by its capital.
    if (keys.length === 0 && EUROPE_PLACES.test(appositionAfter(text, end))) keys.push('europe');
  }
  if (keys.length === 0 && russianSenator(words, text, start)) keys.push('russia');
  if (keys.length !== 1) return null;
  const party = partyName(keys[0]!, parties);
  if (party === null) return null;
  // A faction or chamber in the title or apposition ("Юлія Сирко («Голос»)") makes an MP.
  const office =
    officeIn(titleBefore(text, start).toLowerCase()) ??
    (CHAMBER.test(words) ? 'lawmaker' : undefined);
  return office === undefined ? { party, role: 'official' } : { party, role: 'official', office };
}

/** "former", "ex-", "бывший", "колишній": the office after it is past. */
const FORMER = /(?<![\p{L}])(?:former|ex-|бывш\p{L}*|колишн\p{L}*)\s*/gu;
/** Offices a title may name (English, and Russian/Ukrainian stems). */
const OFFICE_WORD =
  /(?<![\p{L}])(?:minister|president|chancellor|secretary|spokes\p{L}*|ambassador|envoy|advis[eo]r|aide|chief|head|leader|premier|senator|deputy|official|diplomat|commander|lawmaker|chair\p{L}*|speaker|negotiator|commissioner|governor|mayor|congress\p{L}*|representative|министр|міністр|депутат|сенатор|посол|президент|прем\p{L}*|губернатор|мэр|мер|глава|голова|спикер|спікер)(?![\p{L}])/u;

/**
 * "Senator X, the former majority leader", "Norway's finance minister and former NATO chief":
 * "former" dates the office it modifies, not the person. The title with each past office (the
 * words from "former" to its office noun, at most five) taken out, when another office is still
 * named; otherwise the title as it is, whose "former" makes a commentator ("former US
 * ambassador X").
 */
function currentOffices(words: string): string {
  if (!FORMER.test(words)) return words;
  FORMER.lastIndex = 0;
  let rest = words;
  for (const m of [...words.matchAll(FORMER)].reverse()) {
    const after = words.slice(m.index + m[0].length);
    const office = OFFICE_WORD.exec(after.split(/[|,;]/u)[0]!);
    const tail =
      office && after.slice(0, office.index).split(/\s+/u).length <= 5
        ? office.index + office[0].length
        : 0;
    rest = rest.slice(0, m.index) + ' ' + rest.slice(m.index + m[0].length + tail);
  }
  return OFFICE_WORD.test(rest) ? rest : words;
}

/** The first Cyrillic office word of the registry's nominals in a title ("постпред", "посол"). */
function officeIn(title: string): string | undefined {
  const hit = NOMINALS.find(([word]) => CYRILLIC.test(word) && title.includes(word));
  return hit?.[1].split('|')[0];
}

/** European countries and capitals by name ("Hungary moved first", "in Bratislava"). */
const EUROPE_PLACES =
  /(?<![\p{L}])(?:Hungary|Slovakia|Italy|France|Germany|Poland|Finland|Sweden|Denmark|Estonia|Latvia|Lithuania|Netherlands|Belgium|Austria|Ireland|Greece|Romania|Bulgaria|Croatia|Slovenia|Czechia|Portugal|Spain|Norway|Britain|Budapest|Bratislava|Rome|Paris|Berlin|Warsaw|Helsinki|Stockholm|Copenhagen|Tallinn|Riga|Vilnius|Vienna|Athens|Bucharest|Prague|Lisbon|Madrid|Oslo|London)(?![\p{L}])/u;

/**
 * "Hungary moved first. On Friday Prime Minister Viktor Orban …", "The US speaks. Deputy
 * Ambassador Tammy Bruce …": an office with no country of its own takes the one country the
 * paragraph named before it (none or two: no party).
 */
function leadKeys(text: string, start: number): string[] {
  const from = Math.max(text.lastIndexOf('\n', start) + 1, start - 300);
  const lead = text.slice(from, start);
  const low = lead.toLowerCase().replace(/’/gu, "'");
  const keys = PARTY_RES.filter(([, re]) => re.test(low)).map(([key]) => key);
  if (EUROPE_PLACES.test(lead) && !keys.includes('europe')) keys.push('europe');
  if (/(?<![\p{L}])U\.?S\.?(?![\p{L}])/u.test(lead) && !keys.includes('us')) keys.push('us');
  return keys.length === 1 ? keys : [];
}

/**
 * "Сенатор Алексей Пушков в Telegram: …": in Russian text a senator with no country named is a
 * member of the Federation Council; Ukraine has no senate, so in Ukrainian text (і, ї, є) the
 * word usually means an American one and is left alone.
 */
function russianSenator(words: string, text: string, start: number): boolean {
  if (!/(?<![\p{L}])сенатор/u.test(words)) return false;
  const around = text.slice(Math.max(0, start - 300), start + 300);
  return /[ыэъё]/u.test(around) && !/[іїєґ]/u.test(around);
}
