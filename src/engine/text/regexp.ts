/** A literal string as a regular-expression fragment (lexicon cues are joined into alternations). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
