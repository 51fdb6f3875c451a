/**
 * Fixed phrases for the clause grammar. Packed as '|'-separated strings so that a few hundred
 * entries stay readable and the formatter does not spread them one per line.
 */
const list = (s: string): string[] =>
  s
    .split('|')
    .map((x) => x.trim().replace(/\s+/g, ' '))
    .filter((x) => x.length > 0);

/** Most frequent first: drawn with a Zipf law like the word lists. */
export const ACTORS = list(`the Parties|the Joint Commission|each Party|the Contracting States|
  the Sides|the Monitoring Mission|the Guarantor States|the competent authorities|
  the Government of Ukraine|the Russian Federation|the United States|the European Union|
  the Security Council|the Secretary-General|the Trilateral Contact Group|the Coordination Centre|
  the Special Representative|the Humanitarian Working Group|the Security Working Group|
  the Technical Subgroup|the signatories|the local authorities|
  the Joint Monitoring and Verification Commission|the armed formations|the Mediators|
  the International Committee of the Red Cross|the Observer States|the Chief Military Observer|
  the Organization for Security and Co-operation in Europe|
  the Joint Centre for Control and Coordination`);

export const ORGANISATIONS = list(`OSCE|United Nations|IAEA|ICRC|UNHCR|European Union|
  Council of Europe|World Bank|International Monetary Fund|African Union|
  Organization of American States|World Food Programme`);

/** Modal and its share; substance checks flag modal changes, so the mix matters. */
export const MODALS: ReadonlyArray<readonly [string, number]> = [
  ['shall', 0.55],
  ['may', 0.12],
  ['will', 0.1],
  ['should', 0.08],
  ['must', 0.05],
  ['shall not', 0.06],
  ['may not', 0.02],
  ['shall be entitled to', 0.02],
];

export const PREPOSITIONS = list(`in|on|for|with|within|under|across|along|between|through|
  against|without prejudice to|in accordance with|pursuant to|in respect of|with regard to|
  on the basis of|for the benefit of|in the territory of|along the line of|subject to`);

export const EVENTS = list(`entry into force|the signature of this Agreement|
  the cessation of hostilities|the completion of the withdrawal|
  the establishment of the Joint Commission|the exchange of instruments of ratification|
  the release of all detained persons|the adoption of the relevant resolution|
  the holding of local elections|the deployment of the Monitoring Mission|
  the receipt of such notification`);

export const MONTHS = list(`January|February|March|April|May|June|July|August|September|
  October|November|December`);
export const DAYS = [7, 10, 14, 15, 21, 30, 45, 60, 90, 120, 180, 365];
export const SINGULAR_DETERMINERS = [
  'the',
  'the',
  'the',
  'any',
  'each',
  'such',
  'a',
  'this',
  'every',
];
/** '' is a bare plural ("weapons shall be …"). */
export const PLURAL_DETERMINERS = ['the', 'the', 'all', 'any', 'such', 'their', 'these', ''];
/** How independent clauses are chained; the first token is punctuation stuck to the previous word. */
export const JOINERS = ['; and', ', and', '.', ';', '.', '; moreover,'];
export const DOCUMENT_KINDS = list(`Framework Agreement|Memorandum of Understanding|Protocol|
  Comprehensive Peace Agreement|Joint Declaration`);

export interface CyrillicVocabulary {
  readonly subjects: readonly string[];
  readonly verbs: readonly string[];
  readonly objects: readonly string[];
  /** '#' is replaced by a number of days. */
  readonly tails: readonly string[];
}

export const UKRAINIAN: CyrillicVocabulary = {
  subjects: list('Сторони|Спільна комісія|Договірні держави|Уряд України|Місія спостерігачів'),
  verbs: list(`забезпечують|гарантують|зобов'язуються здійснити|погоджують|сприяють проведенню`),
  objects: list(`відведення важкого озброєння|обмін полоненими|доступ гуманітарної допомоги|
    режим припинення вогню|розмінування території|відновлення інфраструктури|
    повернення внутрішньо переміщених осіб|моніторинг лінії розмежування`),
  tails: list(`протягом # днів після набрання чинності цією Угодою|під наглядом ОБСЄ|
    на всій території зони безпеки|не пізніше ніж через # днів після підписання`),
};

export const RUSSIAN: CyrillicVocabulary = {
  subjects: list('Стороны|Совместная комиссия|Договаривающиеся государства|Контактная группа'),
  verbs: list(
    'обеспечивают|гарантируют|обязуются осуществить|согласовывают|содействуют проведению',
  ),
  objects: list(`отвод тяжёлого вооружения|обмен пленными|доступ гуманитарной помощи|
    режим прекращения огня|разминирование территории|восстановление инфраструктуры|
    возвращение вынужденных переселенцев|мониторинг линии соприкосновения`),
  tails: list(`в течение # дней после вступления в силу настоящего Соглашения|под контролем ОБСЕ|
    на всей территории зоны безопасности|не позднее чем через # дней после подписания`),
};

/**
 * Stock clauses that real agreements repeat with one topic swapped. {X} is a topic, {N} a number of
 * days; two instances differ in one to three words, which is what makes them false-link bait.
 */
export const TEMPLATES = list(`
  The Parties shall notify the Joint Commission in writing of any change to {X} no later than {N}
  days after such change takes effect and shall provide all relevant supporting documentation.|
  Each Party shall designate a point of contact responsible for {X} and shall communicate the name
  of that point of contact to the Joint Commission within {N} days of the signature of this
  Agreement.|
  The Joint Commission shall review the implementation of the provisions concerning {X} at each of
  its regular sessions and shall report its findings to the Parties within {N} days.|
  Nothing in this Agreement shall be construed as prejudicing the position of either Party with
  regard to {X}, and any dispute concerning {X} shall be settled through consultations within {N}
  days.|
  The costs arising from {X} shall be borne by the Parties in equal shares unless the Joint
  Commission decides otherwise by consensus within {N} days of the request.|
  Any information exchanged between the Parties concerning {X} shall be treated as confidential and
  shall not be disclosed to third parties without prior written consent given within {N} days.|
  The Parties shall cooperate in good faith with the OSCE in matters relating to {X} and shall
  facilitate the access of its personnel to all areas concerned within {N} days of a request.|
  Within {N} days of entry into force of this Agreement, the Parties shall establish a working group
  on {X}, which shall meet at least once every three months and report to the Joint Commission.`);

export const TOPICS = list(`heavy weapons|the contact line|prisoner exchanges|humanitarian access|
  demining operations|the electricity grid|water supply|border crossings|the security zone|
  missing persons|displaced persons|cultural heritage|maritime navigation|grain exports|
  the nuclear plant|pension payments|local elections|the monitoring mission|troop rotations|
  civil aviation|the railway network|port facilities|minority languages|religious communities|
  detained journalists|rail freight|the customs regime|cross-border trade|frozen assets|
  reconstruction financing|mine clearance|unexploded ordnance|medical evacuations|
  family reunification|school curricula|broadcast frequencies|telecommunications|fishing rights|
  the reservoir|hydroelectric dams|gas transit|oil pipelines|airspace management|naval patrols|
  air defence|military exercises|reserve call-ups|amnesty procedures|property restitution|
  identity documents|voter registration|the census|sanctions relief|debt restructuring|
  energy tariffs|refugee returns|war graves|state archives|police deployments|coastal shipping|
  river crossings|checkpoint staffing|fuel deliveries|medical supplies|vehicle registration|
  bank transfers|postal services|road repairs|bridge inspections|soil contamination|
  radiation monitoring|livestock movement|seed supplies|heating plants|emergency shelters|
  orphanages|prison visits|court records|land registers|tax collection`);

/** Interchangeable wordings, '/' between members; the hard profile rewords mostly through these. */
export const SYNONYM_GROUPS = list(`ensure/guarantee/secure|withdraw/pull back/remove|
  implement/carry out/execute/give effect to|establish/set up/create|monitor/observe/oversee|
  provide/supply/furnish|notify/inform|prohibit/ban/forbid|cease/halt/stop|
  facilitate/assist/support|review/examine/assess|adopt/approve/endorse|release/free/liberate|
  protect/safeguard/shield|respect/observe/honour|restore/reinstate/re-establish|resolve/settle|
  reduce/decrease/diminish|extend/prolong|terminate/end/discontinue|permit/allow/authorise|
  prevent/avert/forestall|maintain/preserve/uphold|designate/appoint/nominate|
  deploy/station/position|agreement/accord/arrangement|violation/breach/infringement|
  dispute/disagreement/controversy|obligation/commitment/undertaking|measure/step/action|
  assistance/aid/support|reconstruction/rebuilding/recovery|prisoner/detainee/captive|
  civilian/non-combatant|meeting/session|decision/determination/ruling|
  request/application/petition|access/entry/passage|compensation/reparation/indemnity|
  region/area/zone|timetable/schedule|observer/monitor|envoy/representative/emissary|
  ceasefire/truce|withdrawal/pullback/redeployment|border/frontier|
  guarantee/assurance/safeguard|provision/stipulation|troops/forces/personnel/units|
  weapons/arms/armaments|relevant/pertinent/applicable|necessary/required/requisite|
  full/complete/comprehensive|mutual/reciprocal|temporary/interim/provisional|
  permanent/lasting/durable|immediate/prompt|appropriate/suitable/proper|
  impartial/neutral/unbiased|joint/common/shared|additional/further/supplementary|
  binding/obligatory/mandatory|immediately/without delay/forthwith|
  promptly/expeditiously/swiftly|jointly/collectively|fully/completely/entirely|
  gradually/progressively/incrementally|regularly/periodically`).map((g) => g.split('/'));
