import { OUTLET_BETWEEN } from './lexicon';
import type { Mention } from './mention-types';

/**
 * The name after an office or an institution ("пресс-секретарь президента Дмитрий Песков", "said
 * Kremlin aide Yuri Ushakov", "народний депутат від «Слуги народу» Олександр Мережко"): only
 * words, and a party's short name in guillemets, between them.
 */
export function titledName(
  text: string,
  first: Mention,
  candidates: readonly Mention[],
): Mention | undefined {
  const titled =
    first.kind === 'nominal' ||
    first.kind === 'descriptive' ||
    (first.kind === 'actor' && first.actor?.kind === 'institution');
  if (!titled) return undefined;
  return candidates.find(
    (m) =>
      m !== first &&
      (m.kind === 'actor' || m.kind === 'unknown') &&
      /^(?:[\p{L}\s'’-]|«[^«»\n]{1,30}»)*$/u.test(text.slice(first.end, m.start)) &&
      // "— сказал министр в интервью Al Arabiya": the outlet, not a name for the minister.
      !OUTLET_BETWEEN.test(text.slice(first.end, m.start)),
  );
}

/** "Ukraine's chief negotiator, Rustem Umerov, said": a name in apposition beats its description. */
export function named(text: string, chosen: Mention, subjects: readonly Mention[]): Mention {
  if (chosen.kind !== 'descriptive' && chosen.kind !== 'nominal') return chosen;
  const name = subjects.find(
    (m) =>
      (m.kind === 'actor' || m.kind === 'unknown') &&
      m.start >= chosen.end &&
      /^[\s,—–-]*$/u.test(text.slice(chosen.end, m.start)),
  );
  return name ?? chosen;
}
