/**
 * Word lists the extractor reads articles with, in English, Russian and Ukrainian. Cyrillic entries
 * are stems matched at a word start, because the languages inflect ("заявил", "заявила",
 * "заявили"); English entries are whole words or phrases.
 */

/** Verbs and phrases that introduce what someone said (matched as whole words, lower case). */
export const SPEECH_VERBS_EN: readonly string[] = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'added', 'adds', 'adding',
  'noted', 'notes', 'noting', 'warned', 'warns', 'warning', 'stressed', 'stresses', 'stressing',
  'argued', 'argues', 'insisted', 'insists', 'insisting', 'claimed', 'claims', 'claiming',
  'stated', 'states', 'explained', 'explains', 'wrote', 'writes', 'posted', 'called', 'calls',
  'described', 'describing', 'declared', 'announced', 'acknowledged', 'admitted', 'suggested',
  'indicated', 'emphasized', 'emphasised', 'underlined', 'urged', 'urges', 'accused', 'assessed',
  'assesses', 'agreed', 'complained', 'conceded', 'predicted', 'replied', 'responded',
  'reiterated', 'repeated', 'confirmed', 'denied', 'maintained', 'maintains', 'believes',
  'proposed', 'proposing', 'proposes', 'demanded', 'demands', 'rejected', 'dismissed',
  'welcomed', 'praised', 'criticised', 'criticized', 'signalled', 'signaled', 'promised',
  'vowed', 'pledged', 'observed', 'remarked', 'asserted', 'contended', 'thinks', 'cautioned',
  'according to', 'pointed out', 'quoted', 'hinted', 'confirmed', 'calling', 'describes',
  'in his view', 'in her view', 'in his reading', 'in her reading', 'in his opinion',
  'in her opinion', 'in their view',
];

/** English "according to"-like phrases: the speaker is a pronoun inside or a name after them. */
export const ACCORDING_EN: readonly string[] = [
  'according to', 'in his view', 'in her view', 'in his reading', 'in her reading',
  'in his opinion', 'in her opinion', 'in their view',
];

/** Russian and Ukrainian speech verbs as stems (both languages share several). */
export const SPEECH_STEMS_CYR: readonly string[] = [
  // Russian
  'заявил', 'заявля', 'сказал', 'отметил', 'подчеркнул', 'добавил', 'сообщил', 'указал',
  'пояснил', 'признал', 'назвал', 'предупредил', 'написал', 'уточнил', 'констатировал',
  'считает', 'полагает', 'убежден', 'уверен', 'настаивает', 'настаивал', 'призвал', 'предложил',
  'заверил', 'ответил', 'высказал', 'оценил', 'отверг', 'выразил', 'утверждает', 'утверждал',
  'подтверд', 'отмеча', 'заявля', 'сообща', 'дал понять', 'дала понять', 'подчеркива',
  // Ukrainian
  'заявив', 'заявил', 'сказав', 'сказал', 'зазначив', 'зазначил', 'наголосив', 'наголосил',
  'додав', 'додал', 'повідомив', 'повідомил', 'підкреслив', 'підкреслил', 'пояснив', 'пояснюв',
  'визнав', 'визнал', 'назвав', 'назвал', 'попередив', 'попередил', 'написав', 'написал',
  'вважає', 'переконаний', 'закликав', 'закликал', 'запропонував', 'відповів', 'оцінив',
  'відкинув', 'прокоментував', 'уточнив', 'висловив', 'говорив', 'говорил', 'підтверд',
  'зазнача', 'дав зрозуміти', 'дала зрозуміти',
];

/** "according to X" in Russian and Ukrainian: the speaker follows (often a pronoun). */
export const ACCORDING_TO_CYR: readonly string[] = [
  'по(?:\\s+(?:его|ее|её|их))?\\s+(?:словам|мнению|оценке|данным)',
  'за(?:\\s+(?:його|її|їхніми))?\\s+(?:словами|оцінкою|даними)',
  'на(?:\\s+(?:його|її|їхню))?\\s+думку',
];

/** Verbs that mark the speaker as proposing or urging something: support unless cues disagree. */
export const ADVOCACY: readonly string[] = [
  'urged', 'urges', 'proposed', 'proposing', 'proposes', 'призвал', 'предложил', 'закликав',
  'запропонував',
];

export const PRONOUNS: Readonly<Record<string, 'male' | 'female' | 'any'>> = {
  he: 'male', him: 'male', his: 'male', she: 'female', her: 'female',
  they: 'any', они: 'any', вони: 'any',
  он: 'male', его: 'male', него: 'male', она: 'female', ее: 'female', её: 'female', нее: 'female',
  він: 'male', його: 'male', нього: 'male', вона: 'female', її: 'female', неї: 'female',
};

/**
 * Nominal back-references ("the president", "the aide", "глава держави"): the key is matched in
 * the article (lower case), the value against the registry title of recent speakers.
 */
export const NOMINALS: readonly (readonly [string, string])[] = [
  ['the president', 'president'], ['the us president', 'president'],
  ['the russian president', 'president'], ['the ukrainian president', 'president'],
  ['the aide', 'aide'], ['the kremlin aide', 'aide'], ['the envoy', 'envoy'],
  ['the spokesman', 'spokes'], ['the spokeswoman', 'spokes'], ['the minister', 'minister'],
  ['the foreign minister', 'minister'], ['the secretary', 'secretary'],
  ['the chancellor', 'chancellor'], ['the prime minister', 'prime minister'],
  ['президент', 'president'], ['глава государства', 'president'], ['глава держави', 'president'],
  ['помощник', 'aide'], ['помічник', 'aide'], ['спецпосланник', 'envoy'],
  ['пресс-секретарь', 'spokes'], ['представитель кремля', 'spokes'], ['речник', 'spokes'],
  ['министр', 'minister'], ['міністр', 'minister'], ['глава мид', 'minister'],
  ['глава мзс', 'minister'], ['дипломат', 'minister'],
];

/**
 * Stance cues. Positive and negative cues are read with negation (a negator up to three words
 * before flips them); "conditions" turn any evaluation into `conditional`; "hedges" (some, part)
 * next to a polarity mean part of the plan is accepted and part not.
 */
export const POSITIVE: readonly string[] = [
  'acceptable', 'accept', 'welcome', 'welcomed', 'welcomes', 'support', 'supports', 'supported',
  'endorse', 'endorsed', 'agree with', 'agreed on', 'agree on', 'good basis', 'basis for',
  'look better', 'looks better', 'positive', 'step forward', 'ready to sign',
  'fair', 'realistic', 'satisfied', 'suits us', 'work together', 'basis', 'encouraging',
  'remarkable', 'ready to discuss', 'готов обсуждать', 'готові обговорювати',
  'приемлем', 'поддерж', 'согласил', 'согласны', 'согласиться', 'позитив', 'основой', 'основу',
  'устраива', 'договорил',
  'прийнятн', 'підтрим', 'погодил', 'погоджу', 'позитивн', 'основою', 'влаштову', 'прогрес',
  'краще', 'домовил',
];

export const NEGATIVE: readonly string[] = [
  'unacceptable', 'reject', 'rejected', 'rejects', 'oppose', 'opposes', 'opposed', 'criticism',
  'opposition', 'unconstructive', 'does not work for', "doesn't work for", 'concerned about',
  'will not recognise', 'will not recognize', 'never recognise', 'never recognize',
  'неконструктив', 'не признает', 'не признаем', 'не визна', 'обеспокоен', 'стурбован',
  'critical', 'negative', 'capitulation', 'surrender', 'red line', 'no peace agenda', 'flimsy',
  'hard to swallow', 'warmongers', 'never', 'impossible', 'non-starter',
  'not going to happen', 'dangerous', 'betrayal', 'wishlist', 'wish list', 'ultimatum',
  'неприемлем', 'отверга', 'отверг', 'критич', 'негатив', 'капитуляц', 'красн', 'невозможн',
  'ультиматум', 'никогда',
  'неприйнятн', 'відкида', 'відкинув', 'критичн', 'негативн', 'капітуляц', 'червон',
  'неможлив', 'ультиматум', 'ніколи', 'зрад',
];

/** Conditions that make a statement conditional on their own ("only if", "must not"). */
export const STRONG_CONDITIONS: readonly string[] = [
  'must', 'should', 'должен', 'должна', 'должны', 'повинен', 'повинна', 'повинні', 'має бути',
  'different positions', 'разные позиции', 'різні позиції', 'not all, but',
  'only if', 'provided that', 'as long as', 'on condition', 'must not', 'must be', 'при условии',
  'только если', 'должны быть', 'за умови', 'лише якщо', 'тільки якщо', 'мають бути',
];

/** Conditions that qualify an evaluation but are no evaluation themselves ("if", "unless"). */
export const CONDITIONS: readonly string[] = [
  'additional work', 'more work', 'доработ', 'допрацю', 'need clarif', 'needs clarif', 'though ',
  'if ', 'unless', 'need to be', 'needs to be', 'depends on', 'если ', 'якщо ', 'без ',
];

export const HEDGES: readonly string[] = [
  'some ', 'some of', 'others', 'certain', 'partly', 'more or less', 'a number of', 'not all',
  'некоторы', 'отдельн', 'часть', 'ряд ', 'не все', 'деяк', 'частин', 'не всі', 'окрем',
];

export const NEGATORS: readonly string[] = [
  'not', "n't", 'no', 'never', 'hardly', 'не', 'нет', 'ні', 'ни',
];

/**
 * Words that tie a statement to the plan or the talks on it; a statement without any (and without
 * a topic, version or clause) is about something else and left out.
 */
export const PLAN_CUES: readonly string[] = [
  'peace', 'plan', 'deal', 'talks', 'negotiation', 'negotiator', 'negotiating', 'proposal',
  'diplomat', 'dialog', 'progress', 'envoy', 'delegation', 'point', 'document', 'draft',
  'framework', 'agreement', 'ceasefire', 'truce', 'settlement', 'diplomac', 'meeting', 'discuss',
  'territor', 'guarantee', 'concession', 'compromise', 'wording', 'process', 'summit', 'sign',
  'мир', 'план', 'переговор', 'соглашен', 'договор', 'пункт', 'документ', 'предложен',
  'перемир', 'гаранти', 'территор', 'встреч', 'обсужд', 'урегулир', 'компромисс', 'уступ',
  'угод', 'пропозиц', 'територ', 'зустріч', 'обговор', 'врегулюв', 'компроміс', 'поступ',
  'text', 'текст', 'on the table', 'на столе', 'на столі', 'position', 'позици', 'позиці',
  'breakthrough', 'прорыв', 'прорив',
  'домовлен', 'рамков', 'диалог', 'діалог', 'прогрес', 'anchorage', 'анкоридж',
];

export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  воскресенье: 0, понедельник: 1, вторник: 2, среду: 3, среда: 3, четверг: 4, пятницу: 5,
  пятница: 5, субботу: 6, суббота: 6,
  неділю: 0, неділя: 0, понеділок: 1, вівторок: 2, середу: 3, середа: 3, четвер: 4,
  "п'ятницю": 5, "п'ятниця": 5, суботу: 6, субота: 6,
};
