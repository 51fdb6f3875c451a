/**
 * A small concept lexicon for the negotiation domain in English, Russian and Ukrainian. Two
 * translators rarely share words ("ceasefire" / "прекращение огня" / "режим тишины" /
 * "припинення вогню"; "pull-out" / "withdrawal"), but they name the same concepts, so the aligner
 * compares clauses across languages (and across paraphrase within one) by concept ids.
 *
 * Each entry is a concept id and the word starts that name it, on folded lower-case tokens (see
 * text/fold.ts): a token belongs to the concept of its longest listed prefix. `=word` matches only
 * the whole token, for short words whose prefix would catch unrelated words. A word may name two
 * concepts (`ceasefire` is a cessation of fire) by listing it under both.
 */
import { MULTILATERAL_LEXICON } from './concepts-multilateral';
import { SECURITY_LEXICON } from './concepts-security';
import { TREATY_LEXICON } from './concepts-treaty';

const LEXICON: Record<string, string> = {
  cease:
    'ceasefire cease cessation stop halt truce armistice прекращ прекрат перемир тишин тиша тиші тишу останов припин зупин',
  arms: 'ceasefire weapon arms =fire =firing artiller missile rocket launcher mlrs оруж вооружени огн огон артилл ракет рсзо зброя зброї зброю озброє вогн вогон артилер рсзв',
  military:
    'military militar armed troop forces army fighter militant formation вооруженн воен войск арми боевик формирован збройн військ армі бойовик формуван',
  withdraw:
    'withdraw pull =pullout pullback remov отвод отвед вывод выве отступ відвод відвед вивод вивед',
  monitor:
    'monitor verif observ supervis =watched =watches watch мониторинг монитор верифик наблюд контрол монітор перевір нагляд',
  osce: 'osce odihr обсе бдипч обсє бдіпл',
  election: 'elect vote ballot выбор голосов вибор голосув',
  local: 'local municipal местн місцев',
  selfgov: 'self =governance =government самоуправ самовряд',
  law: 'law legislat statute закон законодат законодав',
  amnesty: 'amnest pardon амнист помилов амніст помилув',
  prosecute: 'prosecut persecut punish преследов наказ переслід покаран карат',
  captive:
    'hostage prisoner captive detain заложн пленн удерживаем задержан заручник полонен утримув затриман',
  release: 'release =free =freed exchang swap освобожд освобод обмен звільн обмін',
  humanitarian: 'humanitarian гуманитар гуманітар',
  aid: 'aid assist help помощ допомог',
  border: 'border frontier границ кордон',
  decentral: 'decentral devolv децентрал',
  special: 'special особ особлив',
  status: 'status статус',
  certain: 'certain particular separate отдельн окрем',
  area: 'area district region oblast район област регион регіон',
  territory: 'territor территор територ',
  constitution: 'constitution конституц',
  reform: 'reform реформ',
  economy: 'econom эконом економ',
  restore:
    'revival reviv recover reconstruct rebuild restor reinstat renew regain возрожд восстанов возобнов відрод відновл відбуд поверта',
  security: 'secur safe безопасн безпек',
  guarantee: 'guarant гарант',
  dialogue: 'dialog talks consult negotiat диалог консульт переговор діалог',
  participant: 'particip участник учасник',
  national: 'national nationwide национальн общенациональн національн загальнонаціональн',
  mercenary: 'mercenar наемник найманц найман',
  foreign: 'foreign иностран іноземн',
  illegal: 'illegal unlawful illicit незакон',
  disarm: 'disarm разоруж роззбро',
  bank: 'bank банк',
  pension: 'pension пенси пенсі',
  social: 'social социальн соціальн',
  tax: 'tax налог подат оподатк',
  payment: 'payment payout transfer выплат перевод платеж виплат переказ',
  utility: 'utilit коммунальн комунальн',
  trilateral: 'trilateral трехсторон тристорон',
  contact: 'contact соприкоснов контактн зіткн',
  group: 'group групп груп',
  heavy: 'heavy тяжел важк',
  zone: 'zone buffer зон',
  line: '=line =lines линия линии линию лінія лінії лінію',
  distance: 'distance wide width расстоян ширин відстан завширшки',
  km: '=km kilomet км километр кілометр',
  begin: 'begin start launch commenc начина начнет старт почина розпоч',
  end: 'finish complet =end =ends заверш оконч закінч',
  immediate:
    'immediat =once delay немедлен незамедлит безотлагат безотлаг негайн невідклад промедлен',
  full: 'comprehensive =full =fully complete всеобъемлющ полн повн всеосяжн',
  resolution: 'resolution постановлен постанов',
  parliament: 'parliament =rada verkhovna парламент =рада верховн',
  government: 'government правительств уряд',
  control: 'control контрол',
  sovereign: 'sovereign суверен',
  aggression: 'aggress attack нападен ненапад агресс агрес напад',
  invasion: 'invad invasion вторж вторг',
  sanction: 'sanction санкц',
  member: 'member член',
  market: 'market рынок рынк ринок ринк',
  fund: 'fund фонд',
  invest: 'invest инвест інвест',
  billion: 'billion миллиард мільярд',
  dollar: 'dollar доллар долар',
  trade: 'trade торгов торгів',
  nuclear: 'nuclear atomic =npp ядерн аэс атомн аес',
  tolerance: 'toleran толерант',
  racism: 'racis prejudice расизм предубежд упередж',
  religion: 'religio church религи церк релігі',
  language: 'language язык =мова =мови =мову =мов',
  minority: 'minorit меньшинств меншин',
  school: 'school educat школ образован освіт',
  actual: 'actual facto фактич',
  navigation: 'navigat shipping судоход навигац судноплав навігац',
  sea: '=sea =seas морск =море =моря морем =морі морськ',
  demilitar: 'demilitar демилитар демілітар',
  child: 'child детей =дети =детям дітей =діти дітям',
  referendum: 'referend референдум',
  ratify: 'ratif ратифик ратифік',
  approve: 'approv одобр схвал',
  legal: 'legal binding юридическ обязательн юридичн обов',
  recognise: 'recogni призна визна',
  agreement:
    'agreement accord =deal =pact treaty соглашен договор сделк =пакт договорен угод договір домовлен',
  sign: 'sign подпис підпис',
  return: 'return возвращ возврат поверн',
  politic: 'politic политич політич',
  settlement: 'settlement settle урегулир врегулюв',
  represent: 'represent представител представник',
  standard: 'standard стандарт',
  intensify: 'intensif =step активиз интенсиф посил активіз інтенсиф',
  satellite: 'satellite спутник супутник',
  drone: 'drone unmanned uav беспилот дрон безпілот',
  radar: 'radar radio радиолок радар радіолок',
  technical: 'technic technolog техническ технічн',
  peace: 'peace =мир =мира =миру мирн',
  strength: 'strength size численност чисельн',
  response: 'respon =ответ ответн відповідь =відповіддю',
  fund2: 'grant грант',
  develop: 'develop развит розвит',
  prosperity: 'prosper процвет процвіт',
  election2: 'early досрочн дострок',
  mirror: 'mirror зеркальн дзеркальн',
  council: 'council board совет',
  hundred: 'hundred сотн',
  thousand: 'thousand тысяч тисяч',
  million: 'million миллион мільйон',
  bilateral: 'bilateral двусторон двосторон',
  multilateral: 'multilateral многосторон багатосторон',
  country: 'countr =states =nations =наций =націй государств стран країн держав',
  // Treaty vocabulary: the articles of a draft treaty (parties, charter, deployment, exercises,
  // entry into force) are named in every language, whatever the subject of the negotiation.
  party: '=party =parties сторон сторін',
  united: "united объедин об'єдн",
  charter: 'charter устав статут',
  organisation: 'organi организац організац',
  alliance: 'allian союз спілк',
  coalition: 'coalition коалиц коаліц',
  principle: 'princip принцип',
  international: 'internation международн міжнародн',
  notify: 'notif notice уведомл извещ повідомл',
  procedure: 'procedur процедур',
  authentic: 'authentic аутентичн автентичн',
  english: 'english английск англійськ',
  original: 'original экземпляр примірник',
  deploy: 'deploy station размещ размест розміщ розташ дислок',
  exercise: 'exercis drill manoeuv maneuv =training учени манев навчан обуч',
  bomber: 'bomber бомбардир',
  ship: 'ship vessel warship корабл судн',
  aircraft: 'aircraft plane aviation самолет літак авиац авіац',
  airspace: 'airspace воздушн повітрян',
  base: '=base =bases =базы =баз =базу =база =бази',
  infrastructure: 'infrastruct инфраструкт інфраструкт',
  cooperate: 'cooperat сотруднич співробітн співпрац',
  enlarge: 'expan enlarg accession расширен розширен вступлен присоедин приєдн',
  threat: 'threat угроз загроз',
  interest: 'interest интерес інтерес',
  dispute: 'dispute спор',
  danger: 'danger опасн небезпе',
  incident: 'incident инцидент інцидент',
  transparent: 'transparen прозрачн прозор',
  predictable: 'predictab предсказуем передбачув',
  inform: 'inform информир інформу',
  personnel: 'personnel staff персонал военнослуж військовослуж',
  civil: 'civil гражданск цивільн',
  scenario: 'scenario сценари сценарі',
  deposit: 'deposit депозит',
  obligation: 'obligat undertak обязательств зобов',
};

const PREFIXES = new Map<string, string[]>();
const EXACT = new Map<string, string[]>();
let LONGEST = 0;
const ENTRIES = [
  ...Object.entries(LEXICON),
  ...Object.entries(MULTILATERAL_LEXICON),
  ...Object.entries(TREATY_LEXICON),
  ...Object.entries(SECURITY_LEXICON),
];
for (const [concept, words] of ENTRIES) {
  for (const word of words.split(/\s+/u)) {
    if (word === '') continue;
    const exact = word.startsWith('=');
    const key = exact ? word.slice(1) : word;
    const map = exact ? EXACT : PREFIXES;
    map.set(key, [...(map.get(key) ?? []), `~${concept}`]);
    if (!exact) LONGEST = Math.max(LONGEST, key.length);
  }
}

const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 200_000;
const NONE: readonly string[] = [];

/** Concept terms (`~cease`) of one folded lower-case token; empty when the lexicon has none. */
export function conceptsOf(token: string): readonly string[] {
  const cached = cache.get(token);
  if (cached !== undefined) return cached;
  let found = EXACT.get(token) ?? NONE;
  if (found === NONE) {
    // Longest listed prefix wins: "вооруженные" (armed) before "вооружени" (weapons).
    for (let length = Math.min(token.length, LONGEST); length >= 3; length--) {
      const hit = PREFIXES.get(token.slice(0, length));
      if (hit !== undefined) {
        found = hit;
        break;
      }
    }
  }
  // A bounded cache keeps memory flat on adversarial vocabularies.
  if (cache.size < CACHE_LIMIT) cache.set(token, found);
  return found;
}
