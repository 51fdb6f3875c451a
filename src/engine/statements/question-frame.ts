/**
 * "Буданов на вопрос о контактах в Абу-Даби ответил: «…»", "коментуючи мирний план, Сибіга
 * сказав: «…»": Russian and Ukrainian name the topic of a reply before its speech verb, in the
 * question it answers or a "commenting on" phrase. That phrase frames the words as the part after
 * the verb does (assemble.ts reads only that part, so that "after meeting X about Y, he said" in
 * English frames nothing). Returns the topic phrase, or '' when the lead-in has none.
 */
const QUESTION_TOPIC =
  /(?<![\p{L}])(?:(?:на|у|в)\s+(?:\p{L}+\s+)?(?:вопрос|вопросы|питання|запитання)\p{L}*|комментируя|коментуючи|говоря|говорячи|отвечая|відповідаючи)\s+(?:\p{L}+\s+){0,2}?(?:о|об|про|щодо|касательно|относительно|насчет|стосовно)?\s*([^.!?:«»"“”]{1,120})/u;

function questionTopic(context: string): string {
  return QUESTION_TOPIC.exec(context)?.[1] ?? '';
}

/**
 * English puts the question first and the whole lead-in is about its topic: "Asked whether
 * Moscow had the revised plan, Peskov replied: «…»", "Commenting on the draft, she said …".
 */
const TOPIC_LEAD =
  /^\s*(?:(?:when|after being)\s+)?(?:asked|questioned|pressed)\s|^\s*(?:speaking|commenting)\s+(?:about|on)\s/iu;

/** Whether the question or "commenting on" phrase of a reply's lead-in is about the plan. */
export function questionFrames(context: string, aboutPlan: (s: string) => boolean): boolean {
  return aboutPlan(questionTopic(context)) || (TOPIC_LEAD.test(context) && aboutPlan(context));
}
