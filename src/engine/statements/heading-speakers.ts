import { CYRILLIC } from './script';
import { resolve } from './attribution';
import type { Salience } from './attribution';
import type { Mention } from './mentions';
import { inRange } from './spans';

/**
 * Russian and Ukrainian news and Telegram posts often name the speaker only in the heading
 * ("ЛАВРОВ ПРО МИРНИЙ ПЛАН", "Песков о переговорах") and then write "глава МИД", "министр" or
 * "він". A heading is never a statement, but the people it names become salient so that such
 * references find them. Registry people only: an all-caps heading is full of capitalised words
 * that are no names. The first named is pushed last, so that the heading's subject ("ПУТИН
 * ОТВЕТИЛ ЗЕЛЕНСКОМУ") is the most recent. Cyrillic headings only: English headlines are read as
 * before.
 */

export function headingSpeakers(
  text: string,
  span: { readonly start: number; readonly end: number },
  mentions: readonly Mention[],
  salience: Salience,
): void {
  if (!CYRILLIC.test(text.slice(span.start, span.end))) return;
  const people = inRange(mentions, span.start, span.end).filter(
    (m) => m.kind === 'actor' && m.actor?.kind === 'person',
  );
  for (const m of [...people].reverse()) {
    const speaker = resolve(m, salience);
    if (speaker !== null) salience.push(speaker);
  }
}
