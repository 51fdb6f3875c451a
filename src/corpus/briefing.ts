import { buildBriefing, type Briefing } from '../engine';
import type { Corpus } from './corpus';
import { lineageInput } from './lineage';

/** The briefing export of a fixture corpus (the API builds the same from the database). */
export function corpusBriefing(corpus: Corpus, generatedAt: string): Briefing {
  const { versions } = lineageInput(corpus);
  return buildBriefing({
    plan: {
      slug: corpus.plan.slug,
      title: corpus.plan.title,
      description: corpus.plan.description,
    },
    versions: corpus.versions.map((v, i) => ({ ...v, items: versions[i]!.items })),
    links: lineageInput(corpus).links,
    positions: corpus.positions.map((p) => ({ ...p, date: p.date })),
    sources: corpus.sources,
    generatedAt,
  });
}
