/**
 * Vocabulary for the synthetic treaty generator. Lists are written most-common-first because the
 * grammar draws from them with a Zipf law: the order *is* the frequency model.
 */
import type { Sampler } from './prng';
import { SYNONYM_GROUPS } from './phrases';
import { Random, Zipf, mixture } from './prng';

const w = (s: string): string[] => s.trim().split(/\s+/);

const HAND_NOUNS = w(`
agreement party commission implementation provision measure territory ceasefire withdrawal security
force area line zone obligation right mechanism mission process procedure period access assistance
cooperation report information person population government authority state region border protocol
memorandum resolution decision request notification consultation monitoring verification observer
inspection weapon equipment unit formation commander violation incident dispute settlement election
referendum amnesty prisoner detainee hostage refugee civilian infrastructure reconstruction recovery
fund budget contribution payment compensation property land water energy electricity pipeline railway
road bridge port airport corridor crossing checkpoint facility plant installation site depot stockpile
ammunition mine explosive demining deployment rotation exercise patrol flight vessel aircraft drone
artillery tank missile launcher system capability sanction restriction guarantee assurance commitment
undertaking principle sovereignty integrity independence neutrality status constitution law legislation
amendment regulation rule standard norm court tribunal arbitration mediation negotiation dialogue
meeting session conference summit delegation representative envoy mediator facilitator secretariat
chair member body organ committee subcommittee group team panel council assembly parliament ministry
agency office service department administration municipality community minority language culture
education school health hospital medicine food supply aid relief shelter housing return reintegration
disarmament demobilisation demilitarisation de-escalation stabilisation normalisation transition
timetable schedule deadline phase stage step milestone benchmark indicator target objective purpose
scope application interpretation annex appendix article paragraph section chapter text version copy
document record register list map boundary coordinate demarcation delimitation sector district province
city town village locality frontier coast sea river airspace shipping navigation trade export import
tariff customs tax revenue bank asset debt loan investment economy market enterprise company contract
licence permit visa passport citizen citizenship nationality identity registration census vote ballot
candidate campaign media broadcast press journalist freedom expression association religion church
heritage monument archive evidence investigation prosecution accountability justice reparation truth
reconciliation memory victim family child woman youth veteran pension salary employment labour worker
union reservoir dam canal grid substation reactor warehouse convoy escort route highway tunnel harbour
shipyard terminal fleet garrison battalion brigade regiment division headquarters barracks airfield
radar battery trench fortification minefield buffer perimeter enclave exclave corridor waterway strait
channel shelf seabed fishery grain harvest fertiliser fuel oil coal uranium reactor safeguard inspector
auditor ombudsman prosecutor judge lawyer notary registrar clerk translator interpreter chairperson
rapporteur coordinator liaison secretary minister president premier deputy senator governor mayor
councillor official servant officer soldier conscript volunteer mercenary contractor combatant militia
police guard ranger sapper medic surgeon nurse doctor teacher pupil student graduate diploma degree
curriculum textbook broadcaster newspaper channel website platform network database server satellite
telecommunication frequency spectrum signal cable postal transfer remittance pension subsidy grant
credit guarantee insurance premium claim appeal complaint petition hearing verdict sentence pardon
release exchange repatriation resettlement evacuation relocation displacement expulsion deportation
detention custody treatment torture disappearance exhumation identification burial cemetery memorial
anniversary ceremony holiday calendar season winter summer spring autumn month week day hour deadline
`);

/** Nouns with no plural in treaty register; pluralising them reads as a bug rather than as style. */
const MASS = new Set(
  w(`equipment information assistance cooperation access security legislation evidence aid relief
  shelter housing justice accountability sovereignty integrity independence neutrality demining
  monitoring verification reconstruction recovery disarmament demobilisation demilitarisation
  de-escalation stabilisation normalisation employment labour trade navigation shipping airspace
  electricity water energy food medicine health education culture freedom truth reconciliation
  memory compensation ammunition implementation citizenship registration grain fuel oil coal uranium
  fertiliser torture custody detention treatment displacement infrastructure`),
);

const pairs = (s: string): Record<string, string> =>
  Object.fromEntries(w(s).map((p) => p.split(':') as [string, string]));

const IRREGULAR_PLURAL = pairs(`child:children woman:women person:persons criterion:criteria
  headquarters:headquarters barracks:barracks`);

const HAND_VERBS = w(`
ensure implement establish withdraw respect observe monitor verify facilitate provide submit notify
inform maintain preserve protect restore rebuild reconstruct remove dismantle destroy release exchange
return transfer deploy relocate reduce limit prohibit suspend resume terminate extend renew review
assess evaluate adopt approve ratify sign amend interpret apply enforce promote support finance fund
compensate investigate prosecute document register record publish disclose share coordinate organise
convene hold conduct undertake allow permit grant deny restrict regulate supervise oversee inspect
demarcate delimit demine clear secure open close reopen lift impose recognise accept reject consider
examine discuss negotiate settle resolve prevent report designate appoint nominate elect dissolve
disband demobilise disarm integrate reintegrate accommodate assist train equip define determine
specify identify safeguard uphold honour fulfil cease halt stop freeze relinquish retain reserve
allocate distribute deliver transport escort evacuate repatriate resettle reimburse pay collect levy
waive exempt postpone expedite accelerate prioritise schedule plan prepare draft transmit communicate
confirm certify validate authorise license guarantee commit admit refer control patrol ban withhold
forbid restrict compile archive exhume identify rehabilitate demilitarise denuclearise decommission
dispose relocate rotate replace replenish inventory catalogue mark fence map survey calibrate
`);

const IRREGULAR_PARTICIPLE = pairs(`withdraw:withdrawn undertake:undertaken hold:held
  rebuild:rebuilt oversee:overseen uphold:upheld withhold:withheld forbid:forbidden freeze:frozen
  pay:paid draw:drawn give:given set:set carry:carried pull:pulled`);

/** Verbs whose final consonant doubles before -ed/-ing (stress on the last syllable). */
const DOUBLING = new Set(
  w(`commit permit admit submit transfer refer stop plan equip control patrol ban transmit set
  confer defer deter incur occur prefer compel expel`),
);

const HAND_ADJECTIVES = w(`
relevant appropriate necessary competent joint international national regional local territorial
military civilian humanitarian political economic legal administrative technical financial
independent impartial effective full complete comprehensive immediate permanent temporary interim
transitional provisional final initial further additional specific general special common mutual
bilateral multilateral trilateral sovereign constitutional electoral judicial penal criminal civil
social cultural linguistic religious educational environmental nuclear heavy light armed unarmed
foreign domestic occupied affected contested disputed demilitarised neutral safe secure free fair
transparent verifiable irreversible unconditional reciprocal equal proportional reasonable adequate
sufficient prior subsequent annual quarterly monthly weekly daily regular extraordinary written oral
public confidential classified official formal informal binding voluntary mandatory exclusive
inclusive sustainable durable lasting peaceful orderly dignified agreed designated authorised
accredited certified operational logistical medical sanitary agricultural industrial maritime
riverine coastal aerial terrestrial cross-border frontline rear forward northern southern eastern
western central adjacent remote urban rural municipal parliamentary presidential ministerial
diplomatic consular commercial fiscal monetary budgetary statistical cartographic seismic radiological
chemical biological explosive unexploded abandoned damaged destroyed restored vacant temporary
`);

const HAND_ADVERBS = w(`
promptly fully immediately jointly progressively gradually simultaneously unconditionally
expeditiously effectively regularly periodically duly strictly exclusively primarily mutually
transparently impartially independently collectively separately respectively subsequently thereafter
forthwith accordingly
`);

export const STATES = w(`
Ukraine Moldova Georgia Armenia Azerbaijan Poland Romania Hungary Slovakia Belarus Lithuania Latvia
Estonia Finland Norway Sweden Denmark Germany France Italy Spain Portugal Austria Switzerland Turkey
Qatar Egypt Jordan Kazakhstan Serbia Kosovo Cyprus Greece Bulgaria Croatia Slovenia Montenegro
Albania Ireland Canada Japan China India Brazil Indonesia Colombia Sudan Ethiopia Kenya Nigeria
`);

const HAND_PLACES = w(`
Donetsk Luhansk Zaporizhzhia Kherson Crimea Kharkiv Mariupol Odesa Mykolaiv Dnipro Sumy Chernihiv
Kyiv Lviv Sevastopol Melitopol Berdiansk Enerhodar Bakhmut Avdiivka Kramatorsk Sloviansk Pokrovsk
Tbilisi Sukhumi Tskhinvali Chisinau Tiraspol Nicosia Pristina Belgrade Sarajevo Mostar Baku Yerevan
Geneva Minsk Istanbul Vienna Helsinki Dayton Oslo Riyadh Jeddah Doha Munich Kinburn Tendra Zmiinyi
Kakhovka Nikopol Huliaipole Vuhledar Toretsk Siversk Lyman Kupiansk Vovchansk Izium Balakliia
`);

/** Inflected forms are requested ~10^5 times per large document; build each string only once. */
function memo(f: (word: string) => string): (word: string) => string {
  const seen = new Map<string, string>();
  return (word) => {
    let out = seen.get(word);
    if (out === undefined) seen.set(word, (out = f(word)));
    return out;
  };
}

export const plural = memo((noun: string): string => {
  const irregular = IRREGULAR_PLURAL[noun];
  if (irregular !== undefined) return irregular;
  if (MASS.has(noun)) return noun;
  if (/(s|x|z|ch|sh)$/.test(noun)) return noun + 'es';
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  return noun + 's';
});

/** Inflects the first word only, so phrasal verbs ("carry out") come out as "carried out". */
function inflect(verb: string, suffix: 'ed' | 'ing'): string {
  const [head = verb, ...rest] = verb.split(' ');
  let out: string;
  if (suffix === 'ed' && IRREGULAR_PARTICIPLE[head] !== undefined) out = IRREGULAR_PARTICIPLE[head];
  else if (DOUBLING.has(head)) out = head + head.slice(-1) + suffix;
  else if (suffix === 'ing' && head.endsWith('ie')) out = head.slice(0, -2) + 'ying';
  else if (head.endsWith('e') && !/(ee|ye|oe)$/.test(head)) out = head.slice(0, -1) + suffix;
  else if (suffix === 'ed' && /[^aeiou]y$/.test(head)) out = head.slice(0, -1) + 'ied';
  else out = head + suffix;
  return [out, ...rest].join(' ');
}

export const participle = memo((verb) => inflect(verb, 'ed'));
export const gerund = memo((verb) => inflect(verb, 'ing'));

export type WordClass = 'noun' | 'nouns' | 'verb' | 'participle' | 'adjective' | 'adverb';

export interface Lexicon {
  readonly nouns: Sampler<string>;
  readonly verbs: Sampler<string>;
  readonly adjectives: Sampler<string>;
  readonly adverbs: Sampler<string>;
  readonly places: Sampler<string>;
  readonly states: Sampler<string>;
  /** Surface form → word class, so rewording can swap a word for another of the same class. */
  readonly classOf: ReadonlyMap<string, WordClass>;
  readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** Every distinct single word the lexicon can emit (for reporting its size). */
  readonly size: number;
}

const PREFIXES = w(`counter re non post pre sub inter co cross de trans multi para quasi supra
  over under anti semi pro extra intra`);

/**
 * Rare prefixed compounds ("counter-demarcation") and invented place names give the lexicon the
 * heavy tail of once-seen words that a 1,000-word hand list cannot; built from a fixed seed so the
 * vocabulary never depends on the document seed.
 */
function rareWords(rng: Random): { compounds: string[]; places: string[] } {
  const stems = HAND_NOUNS.filter((n) => !n.includes('-') && n.length > 4);
  const seen = new Set<string>(HAND_NOUNS);
  const compounds: string[] = [];
  for (const prefix of PREFIXES) {
    for (const stem of stems) if (rng.chance(0.3)) compounds.push(`${prefix}-${stem}`);
  }
  rng.shuffle(compounds);
  const onsets = w('Bo Vy No Ho Ko Zo Pe Kra Sta Ro Ly Che Mi Du Ya Ve Ost Tro Bil Zel Sos Kam');
  const middles = w('ro ne la vo ri ze lu ba do sy mo ka te pa');
  const endings = w('ivka ove ske yne ets ino ivske ograd hirsk opil ytsia any ivtsi nka');
  const places: string[] = [];
  while (places.length < 900) {
    const name = rng.pick(onsets) + (rng.chance(0.6) ? rng.pick(middles) : '') + rng.pick(endings);
    if (!seen.has(name)) {
      seen.add(name);
      places.push(name);
    }
  }
  return { compounds, places };
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const rare = rareWords(new Random(0x5eed1e));
  const handNouns = [...new Set(HAND_NOUNS)];
  const nouns = [...handNouns, ...rare.compounds];
  const verbs = [...new Set(HAND_VERBS)];
  const adjectives = [...new Set(HAND_ADJECTIVES)];
  const places = [...HAND_PLACES, ...rare.places];
  const verbSet = new Set(verbs);
  const nounSet = new Set(nouns);
  const classOf = new Map<string, WordClass>();
  const note = (word: string, cls: WordClass): void => {
    if (!word.includes(' ') && !classOf.has(word)) classOf.set(word, cls);
  };
  for (const n of nouns) {
    note(n, 'noun');
    note(plural(n), 'nouns');
  }
  for (const v of verbs) {
    note(v, 'verb');
    note(participle(v), 'participle');
  }
  adjectives.forEach((a) => note(a, 'adjective'));
  HAND_ADVERBS.forEach((a) => note(a, 'adverb'));

  const synonyms = new Map<string, string[]>();
  const link = (group: readonly string[]): void => {
    for (const word of group) {
      if (word.includes(' ')) continue;
      const others = group.filter((o) => o !== word);
      synonyms.set(word, [...new Set([...(synonyms.get(word) ?? []), ...others])]);
    }
  };
  for (const group of SYNONYM_GROUPS) {
    link(group);
    const head = group[0] ?? '';
    // Nouns and verbs also appear inflected in running text; give those forms synonyms too.
    if (verbSet.has(head)) link(group.map(participle));
    else if (nounSet.has(head) && plural(head) !== head) link(group.map(plural));
  }
  const all = new Set<string>([...classOf.keys(), ...places, ...STATES]);
  for (const alts of synonyms.values()) {
    for (const a of alts) a.split(' ').forEach((x) => all.add(x));
  }
  cached = {
    // The hand lists carry the bulk with a flattened head (no single noun in every clause); the
    // generated words are a thin, nearly flat tail, so most of them occur once or twice.
    nouns: mixture(new Zipf(handNouns, 0.85), new Zipf(rare.compounds, 0.3), 0.05),
    verbs: new Zipf(verbs, 0.9),
    adjectives: new Zipf(adjectives, 0.9),
    adverbs: new Zipf(HAND_ADVERBS, 0.9),
    places: mixture(new Zipf(HAND_PLACES, 1), new Zipf(rare.places, 0.3), 0.3),
    states: new Zipf(STATES, 1),
    classOf,
    synonyms,
    size: all.size,
  };
  return cached;
}
