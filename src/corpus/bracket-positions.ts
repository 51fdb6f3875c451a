import { versionBrackets } from '../engine';
import type { Corpus, CorpusPosition } from './corpus';

/** A quote is at most 25 words of the text (docs: a quote is a fact; longer is copying). */
function excerpt(words: string): string {
  const w = words.split(/\s+/u).filter((x) => x !== '');
  return w.length <= 25 ? w.join(' ') : `${w.slice(0, 25).join(' ')} …`;
}

/**
 * The attributed proposals of every bracketed version as positions of grade A (the negotiating
 * text itself), dated with the version: the disputes engine then applies its written rules to
 * them like to any other position (docs/disputes.md §8, docs/brackets.md).
 */
export function bracketPositions(corpus: Corpus): CorpusPosition[] {
  return corpus.versions.flatMap((v) =>
    versionBrackets(v.slug, v.clauses).clauses.flatMap((c) =>
      c.statements.map((s): CorpusPosition => ({
        id: `text:${s.id}`,
        party: s.party,
        version: v.slug,
        target: { label: c.label },
        stance: s.stance,
        quote: excerpt(s.wording),
        date: v.date,
        outlet: `bracketed text of ${v.slug}`,
        sources: [],
        note: `${s.party} ${s.verb} this wording in the text's own brackets (bracket ${s.bracket}).`,
        grade: 'A',
      })),
    ),
  );
}

/** The corpus with the text's own positions added (none when no version has attributions). */
export function withBracketPositions(corpus: Corpus): Corpus {
  const extra = bracketPositions(corpus);
  return extra.length === 0 ? corpus : { ...corpus, positions: [...corpus.positions, ...extra] };
}
