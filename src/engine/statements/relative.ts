import type { Mention } from './mentions';

/**
 * "Андрій Єрмак, який очолював Офіс президента і українську делегацію, прокоментував …",
 * "Ушаков, который вел переговоры с Уиткоффом, заявил …", "Rubio, who met Umerov, said …": the
 * names inside a relative clause between commas are its objects, never the subject of the verb
 * after it. Without this the last of them (the delegation) spoke instead of Yermak.
 */
const RELATIVE =
  /,\s+(?:який|яка|яке|які|якого|которы\p{L}*|которая|которое|которого|who|which)\s[^,;:.!?«»“”"]*,/gu;

export function outsideRelative(
  text: string,
  from: number,
  to: number,
  ms: readonly Mention[],
): Mention[] {
  const lead = text.slice(from, to);
  const spans: [number, number][] = [];
  for (const m of lead.matchAll(RELATIVE)) {
    spans.push([from + m.index, from + m.index + m[0].length]);
  }
  if (spans.length === 0) return [...ms];
  return ms.filter((m) => !spans.some(([s, e]) => m.start >= s && m.end <= e));
}
