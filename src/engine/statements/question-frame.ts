/**
 * "Буданов на вопрос о контактах в Абу-Даби ответил: «…»", "коментуючи мирний план, Сибіга
 * сказав: «…»": Russian and Ukrainian name the topic of a reply before its speech verb, in the
 * question it answers or a "commenting on" phrase. That phrase frames the words as the part after
 * the verb does (assemble.ts reads only that part, so that "after meeting X about Y, he said" in
 * English frames nothing). Returns the topic phrase, or '' when the lead-in has none.
 */
const QUESTION_TOPIC =
  /(?<![\p{L}])(?:(?:на|у|в)\s+(?:\p{L}+\s+)?(?:вопрос|вопросы|питання|запитання)\p{L}*|комментируя|коментуючи|говоря|говорячи|отвечая|відповідаючи)\s+(?:\p{L}+\s+){0,2}?(?:о|об|про|щодо|касательно|относительно|насчет|стосовно)?\s*([^.!?:«»"“”]{1,120})/u;

export function questionTopic(context: string): string {
  return QUESTION_TOPIC.exec(context)?.[1] ?? '';
}
