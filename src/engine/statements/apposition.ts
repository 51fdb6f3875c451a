import type { Mention } from './mentions';

/**
 * "пресс-секретарь Кремля Дмитрий Песков", "спецпосланник президента России Кирилл Дмитриев",
 * "Kremlin aide Yuri Ushakov": an institution named inside a title right before a person. The
 * sentence's subject is the person; taking the institution (the first mention) made a later
 * "он"/"він" find no person to refer to, and "представитель Кремля" speak for the Kremlin.
 */
const TITLE_GAP = /^[\s\p{L}'’-]{1,40}$|^\s+$/u;

export function apposedPerson(text: string, ms: readonly Mention[], m: Mention): Mention {
  if (m.kind !== 'actor' || m.actor?.role !== 'institution') return m;
  const next = ms.find((n) => n.start >= m.end);
  if (next === undefined || next.kind !== 'actor' || next.actor?.role === 'institution') return m;
  const gap = text.slice(m.end, next.start);
  // Only title words in between (no punctuation, no verb clause): one noun phrase.
  return gap.length <= 40 && TITLE_GAP.test(gap) && gap.split(/\s+/u).length <= 4 ? next : m;
}
