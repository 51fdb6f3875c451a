import { CYRILLIC } from './script';
import { partyName } from './descriptive';
import type { Paragraph } from './layout';
import type { Draft } from './drafts';

/**
 * Telegram digests and Russian and Ukrainian round-ups group speakers under a section heading that
 * names their side: "ЛИТВА", "🇷🇺 КРЕМЛЬ", "🇺🇦 КИЕВ", "ПОЛЬЩА". A speaker the registry lacks and
 * no title places ("Гітанас Науседа ще в грудні …") then speaks for the heading's side. Only
 * short headings (at most four words) that name one side, only the nearest heading above, and
 * only for speakers whose party is still unknown (before stance is read: a party's "must" is a
 * condition, an unknown speaker's is not).
 */
const SIDE_WORDS: Readonly<Record<string, RegExp>> = {
  russia: /(?<![\p{L}])(?:россия|росія|кремль|москва|госдума|дума|мид|рф)(?![\p{L}])|🇷🇺/u,
  ukraine:
    /(?<![\p{L}])(?:украина|україна|киев|київ|рада|верховна рада|офіс президента)(?![\p{L}])|🇺🇦/u,
  us: /(?<![\p{L}])(?:сша|вашингтон|белый дом|білий дім)(?![\p{L}])|🇺🇸/u,
  europe:
    /(?<![\p{L}])(?:европа|європа|евросоюз|євросоюз|ес|єс|литва|латвия|латвія|эстония|естонія|польша|польща|германия|німеччина|франция|франція|британия|британія|финляндия|фінляндія)(?![\p{L}])|🇪🇺|🇱🇹|🇱🇻|🇪🇪|🇵🇱|🇩🇪|🇫🇷|🇬🇧|🇫🇮/u,
};

function headingSide(line: string, parties: readonly string[]): string | null {
  if (!CYRILLIC.test(line) || line.trim().split(/\s+/u).length > 4) return null;
  const lower = line.toLowerCase();
  const keys = Object.keys(SIDE_WORDS).filter((k) => SIDE_WORDS[k]!.test(lower));
  return keys.length === 1 ? partyName(keys[0]!, parties) : null;
}

export function withSectionParty(
  text: string,
  paragraphs: readonly Paragraph[],
  drafts: Draft[],
  parties: readonly string[],
): void {
  for (const d of drafts) {
    if (d.speaker.party !== null || d.speaker.role !== 'unknown') continue;
    const above = paragraphs.findLast((p) => p.heading && p.end <= d.start);
    if (above === undefined) continue;
    const party = headingSide(text.slice(above.start, above.end), parties);
    if (party !== null) d.speaker = { ...d.speaker, party, role: 'official' };
  }
}
