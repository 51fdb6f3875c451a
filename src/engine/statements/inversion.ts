import type { Mention } from './mentions';

/**
 * "Россия хочет закончить конфликт и поэтому поддерживает инициативу американского президента,
 * подчеркнул он": after a comma, a speech verb followed at once by its subject closes the
 * sentence's reported words (Russian and Ukrainian put the verb first there, as English "…, said
 * Ryabkov"). The words before may name others ("американского президента"); they are what was
 * said, not who said it. Only a Cyrillic verb: in English the subject precedes ("…, Ryabkov said").
 */
const CYRILLIC_VERB = /^[\u0400-\u04ff]/u;

export function trailingSubject(
  text: string,
  lead: string,
  verb: { readonly end: number; readonly word: string },
  after: readonly Mention[],
): boolean {
  if (!/,\s*$/u.test(lead) || !CYRILLIC_VERB.test(verb.word)) return false;
  const next = after[0];
  return (
    next !== undefined &&
    next.kind !== 'descriptive' &&
    /^\s+$/u.test(text.slice(verb.end, next.start))
  );
}
