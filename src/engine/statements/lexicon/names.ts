import { list } from './list';

/**
 * English days and months: capitalised, never a name (Cyrillic ones are written lower-case).
 * "may" is the one that can also be a surname ("Theresa May").
 */
export const CALENDAR: readonly string[] = list(
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may',
  'june|july|august|september|october|november|december',
);

/** Capitalised words that never start or continue a name the registry lacks ("In", "Moscow"). */
export const NOT_NAME: readonly string[] = list(
  'the|a|in|on|at|and|but|after|before|during',
  ...CALENDAR,
  'russia|ukraine|europe|moscow|kyiv|washington|american|russian',
  'ukrainian|european|president|prime|minister|foreign|white|house|united|states|kingdom',
  // A title or nationality written before a name is no part of it ("Senator Lindsey Graham",
  // "Polish Deputy Prime Minister …"): left out, it is read as the title (titles.ts) and gives
  // the party; kept in, the name had none.
  'senator|sen|rep|representative|congressman|congresswoman|chancellor|secretary|spokesman',
  'spokeswoman|spokesperson|ambassador|envoy|general|gen|admiral|deputy|governor|mayor|speaker',
  'lawmaker|premier|commissioner|chairman|chairwoman|adviser|advisor|aide|mr|mrs|ms|dr',
  // Senate offices and British honorifics ("Senate Minority Leader Chuck Schumer", "Sir Keir").
  'senate|majority|minority|leader|sir|dame|lord',
  'polish|german|french|british|italian|spanish|finnish|swedish|estonian|latvian|lithuanian',
  'dutch|hungarian|norwegian|danish|czech|slovak|romanian|turkish|belgian|austrian|irish',
  'union|what|why|how|who|when|this|that|it|there|they|we|i|he|she|some|many|both|despite',
  'according|separately|meanwhile|however|also|geneva|florida|paris|berlin|london|miami',
  'dublin|istanbul|abu|dhabi|alaska|anchorage|советник|президент|глава|москва|москве|киев',
  'київ|россия|україна|украина|вашингтон|европа|європа|по|за|в|у|на',
  // Cyrillic titles capitalised at a sentence start ("Депутатка Софія Федина", "Начальник
  // Донецької ОВА …"): the title is read by titles.ts, the name is the words after it.
  'депутат|депутатка|нардеп|нардепка|начальник|голова|министр|міністр|сенатор|спикер|спікер',
  'спікерка|посол|постпред|политолог|політолог|эксперт|експерт|аналитик|аналітик',
  // Adverbs and conjunctions that open a Russian or Ukrainian sentence ("Позднее Лев добавил",
  // "Водночас Науседа …"): capitalised there, never part of the name after them.
  'позднее|позже|ранее|также|однако|тогда|затем|впрочем|сейчас|теперь|вчера|сегодня|накануне',
  'пізніше|згодом|раніше|також|однак|тоді|потім|натомість|зокрема|нині|тепер|вчора|сьогодні',
  'напередодні|водночас|втім',
  // Outlets ("an interview with the Financial Times he claimed …"): a "he" after one is a person.
  'times|post|journal|news|press|agency|telegraph|guardian|reuters|bloomberg|axios|politico',
  'fox|cnn|bbc|afp|nbc|cbs|abc|sky|tass|interfax|ukrinform|telegram',
);

/**
 * Party labels, chambers, honorifics and US states that open a capitalised run before a name
 * ("Missouri Republican Eric Schmitt", "Senate Minority Leader Chuck Schumer", "Sir Iain Duncan
 * Smith"): kept in, the run's first three words were read as the name and its title was lost
 * with the party; left out, the name starts after them and they are read as its title. Only the
 * name test uses them (mentions.ts), not the modifiers of "the Kentucky senator".
 */
export const TITLE_NOT_NAME: readonly string[] = list(
  'republican|republicans|democrat|democrats|democratic|senate|minority|majority|leader|sir|dame',
  'lord|lady|baroness|tory|labour|mp|pope|cardinal|colonel|commander|transport|defence|defense',
  'alabama|arizona|arkansas|california|colorado|connecticut|delaware|hawaii|idaho|illinois',
  'indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota',
  'mississippi|missouri|montana|nebraska|nevada|ohio|oklahoma|oregon|pennsylvania|tennessee',
  'texas|utah|vermont|wisconsin|wyoming|мэр|мер|генерал|командир|сенатор|губернатор',
);
