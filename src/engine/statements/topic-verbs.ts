/**
 * "Сибіга оцінив хід тристоронніх переговорів і окреслив межі", "Зеленський висловився значно
 * жорсткіше щодо російської сторони", "Ушаков прокомментировал телефонный разговор": Russian and
 * Ukrainian verbs of assessing and commenting whose object (or manner) names the topic, not the
 * words. With no quote, no "что/що" clause, no "как/як" label and no evaluation word, such a
 * sentence is the reporter's summary; the statements are in the sentences that follow.
 */
const TOPIC_VERB = /^(?:оцени|оціни|высказал|висловив|висловил|прокомментир|прокоментув)/iu;
const CONTENT = /(?<![\p{L}])(?:что|що|чтобы|щоб|как|як|за)(?![\p{L}])|:/iu;
/** An evaluation, before the verb ("позитивно оцінив") or after it, is itself a position. */
const EVALUATION =
  /позитивн|положительн|негативн|конструктивн|высоко|високо|критичн|скептич|обнадеж|обнадій/iu;

/**
 * "пояснив, чому питання Донбасу може вирішити лише референдум", "объяснил, зачем нужен …": an
 * indirect question names what the speaker explained, not what he said; the quote that usually
 * follows holds the words (a quote in the same sentence is kept by the caller).
 */
const WHY = /^\s*,?\s*(?:чому|почему|зачем|навіщо)(?![\p{L}])/u;

/**
 * "оцінив хід переговорів і окреслив межі, за які Київ не піде": the words that would make the
 * object content ("що", "як", "за") belong to the verb's own clause, not to a later one.
 */
function firstClause(rest: string): string {
  const cut = rest.search(/[,;]|\s(?:і|и|та|а также|а також)\s/u);
  return cut < 0 ? rest : rest.slice(0, cut);
}

/** "пояснював, як Київ бачить переговори": after explaining and telling, "як/как" asks, too. */
const HOW = /^\s*,?\s*(?:як|как)(?![\p{L}])/u;
const EXPLAIN = /^(?:поясн|объясн|розпов|рассказ)/u;

export function namesTopicOnly(verb: string, before: string, rest: string): boolean {
  if (/^[\u0400-\u04ff]/u.test(verb) && WHY.test(rest)) return true;
  if (EXPLAIN.test(verb) && HOW.test(rest)) return true;
  return (
    TOPIC_VERB.test(verb) &&
    !CONTENT.test(firstClause(rest)) &&
    !EVALUATION.test(before) &&
    !EVALUATION.test(rest)
  );
}

/**
 * "заявила о намерении обсудить план", "заявил о готовности к переговорам", "заявив про
 * необхідність гарантій": after "о/об/про" these nouns carry the speaker's position, unlike a
 * topic ("высказался о плане"), so the object is what was said.
 */
const POSITION_NOUN =
  /^\s*(?:о|об|про)\s+(?:намерени|готовност|необходимост|желани|нежелани|неготовност|намір|готовн|необхідн|бажанн|небажанн|неготовн)/iu;

export function statesPosition(afterVerb: string): boolean {
  return POSITION_NOUN.test(afterVerb);
}
