import type { Mention } from './mention-types';

/**
 * "Gergely Gulyas, Orban's chief of staff, told reporters": a name the registry lacks, set off
 * by an apposition whose possessor is a registry person of a party. The aide speaks for the
 * possessor's party, as "Zelensky's spokesman" does (roles.ts). Only a name the title reader
 * left without a party; one regex per mention, built once.
 */
const POSSESSOR_OFFICE =
  /^,\s+([\p{Lu}][\p{L}'’-]+)['’]s\s+(?:[\p{Ll}-]+\s+){0,3}?(?:chief of staff|spokesman|spokeswoman|spokesperson|press secretary|adviser|advisor|aide|deputy|envoy|minister|negotiator)(?![\p{L}])/u;

export function possessorTitles(text: string, found: readonly Mention[]): Mention[] {
  return found.map((m) => {
    if (m.kind !== 'unknown' || m.title !== undefined) return m;
    const hit = POSSESSOR_OFFICE.exec(text.slice(m.end, m.end + 80));
    if (!hit) return m;
    const possessorEnd = m.end + hit[0].indexOf(hit[1]!) + hit[1]!.length;
    const owner = found.find((f) => f.kind === 'actor' && f.end === possessorEnd);
    const party = owner?.actor?.party;
    if (owner?.actor?.kind !== 'person' || !party) return m;
    return { ...m, title: { party, role: 'official' } };
  });
}
