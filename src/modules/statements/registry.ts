import type { Corpus } from '../../corpus/corpus';
import { TOPIC_LEXICON } from '../../engine';
import type { ExtractionInput } from '../../engine';

/**
 * The extractor's input for one article, built from the plan as stored (the database snapshot in
 * the corpus shape), so extraction sees the same actors, versions and clauses the API shows.
 * Parties are the plan's party records plus any named by its actors and version authors.
 */
export function extractionInput(
  corpus: Corpus,
  parties: readonly string[],
  text: string,
  date: string,
): ExtractionInput {
  const named = new Set(parties);
  for (const a of corpus.actors ?? []) if (a.party !== null) named.add(a.party);
  for (const v of corpus.versions) for (const p of v.authorParties) named.add(p);
  return {
    text,
    date,
    parties: [...named].sort(),
    actors: corpus.actors ?? [],
    versions: corpus.versions.map((v) => ({
      slug: v.slug,
      title: v.title,
      date: v.date,
      aliases: v.aliases ?? [],
    })),
    // Placeholders have no wording to match a statement against.
    clauses: corpus.versions.flatMap((v) =>
      v.clauses
        .filter((c) => c.status !== 'placeholder')
        .map((c) => ({ version: v.slug, label: c.label, text: c.text, topics: c.topics })),
    ),
    topics: TOPIC_LEXICON,
  };
}
