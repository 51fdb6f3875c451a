import { CYRILLIC } from './script';

/**
 * Telegram-style posts in Russian and Ukrainian put one sentence on a line: the plan is named a
 * line or two above the words ("Кремль получил американский план." / "Песков: …" / "«Для нас это
 * неприемлемо», — добавил он"). A Cyrillic statement is on topic when one of the `reach`
 * sentences before it, within the two paragraphs above, names the plan or the talks (assemble.ts
 * reads only the one sentence before, and only when it is narrative).
 */
export function topicAbove(
  text: string,
  sentences: readonly { start: number; end: number; paragraph: number }[],
  index: number,
  paragraph: number,
  aboutPlan: (s: string) => boolean,
  reach = 3,
): boolean {
  const own = sentences[index];
  if (own === undefined || !CYRILLIC.test(text.slice(own.start, own.end))) return false;
  // One-line paragraphs only, the statement's and those between it and the topic (the topic may
  // be a lead paragraph): in ordinary prose the sentence before already frames the words.
  const alone = (i: number): boolean =>
    sentences[i - 1]?.paragraph !== sentences[i]!.paragraph &&
    sentences[i + 1]?.paragraph !== sentences[i]!.paragraph;
  if (!alone(index)) return false;
  for (let k = 1; k <= reach; k++) {
    const s = sentences[index - k];
    if (s === undefined || s.paragraph < paragraph - 2) return false;
    if (aboutPlan(text.slice(s.start, s.end))) return true;
    if (!alone(index - k)) return false;
  }
  return false;
}
