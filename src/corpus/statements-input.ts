import type { TopicCues, ExtractionInput } from '../engine';
import type { Corpus } from './corpus';

/** The extractor's view of a corpus: its registry, versions (with aliases) and clauses. */
export function extractionContext(
  corpus: Corpus,
  topics: Readonly<Record<string, TopicCues>>,
): Omit<ExtractionInput, 'text' | 'date'> {
  return {
    parties: corpus.parties ?? [],
    actors: corpus.actors ?? [],
    versions: corpus.versions.map((v) => ({
      slug: v.slug,
      title: v.title,
      date: v.date,
      aliases: v.aliases ?? [],
    })),
    clauses: corpus.versions.flatMap((v) =>
      v.clauses.map((c) => ({ version: v.slug, label: c.label, text: c.text, topics: c.topics })),
    ),
    topics,
  };
}
