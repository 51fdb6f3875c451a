/**
 * The natural-key upserts of one seeding run (links, positions, actors, articles), each inside
 * the seed's transaction. Split from seed.repository.ts, which owns the run and its report.
 */
import type { CorpusArticle, CorpusLink, CorpusPosition } from '../../corpus/corpus';
import type { RegistryActor } from '../../engine';
import type { Tx } from '../../db/client';
import { insertPosition } from '../positions/positions.repository';

export type Ids = ReadonlyMap<string, number>;

export async function seedLinks(
  tx: Tx,
  planId: number,
  links: readonly CorpusLink[],
  versions: Ids,
  clauses: Ids,
) {
  let created = 0;
  let unchanged = 0;
  for (const link of links) {
    const fromVersionId = versions.get(link.from?.version ?? link.fromVersion ?? '');
    const toVersionId = versions.get(link.to?.version ?? link.toVersion ?? '');
    if (fromVersionId === undefined || toVersionId === undefined) continue;
    const key = {
      planId,
      fromVersionId,
      toVersionId,
      fromClauseId: link.from
        ? (clauses.get(`${link.from.version}:${link.from.label}`) ?? null)
        : null,
      toClauseId: link.to ? (clauses.get(`${link.to.version}:${link.to.label}`) ?? null) : null,
      kind: link.kind,
    };
    if ((await tx.clauseLink.findFirst({ where: key, select: { id: true } })) !== null) {
      unchanged++;
      continue;
    }
    await tx.clauseLink.create({
      data: { ...key, evidence: link.evidence, confidence: link.confidence },
    });
    created++;
  }
  return { created, unchanged };
}

/**
 * Positions not stored yet (found by their corpus key), through the positions repository's own
 * insert: parties and actors on first mention, sources linked by URL (already upserted above
 * with their metadata), the first named label as the position's clause.
 */
export async function seedPositions(
  tx: Tx,
  planId: number,
  positions: readonly CorpusPosition[],
  versions: Ids,
  clauses: Ids,
  articles: Ids,
) {
  let created = 0;
  let unchanged = 0;
  for (const p of positions) {
    const stored = await tx.position.findUnique({
      where: { planId_key: { planId, key: p.id } },
      select: { id: true },
    });
    if (stored !== null) {
      unchanged++;
      continue;
    }
    const labels = [
      ...(p.target.labels ?? []),
      ...(p.target.label !== undefined ? [p.target.label] : []),
    ];
    await insertPosition(tx, planId, {
      key: p.id,
      labels,
      party: p.party,
      actor: p.actor ?? null,
      actorRole: null,
      versionId: versions.get(p.version) ?? null,
      clauseId: labels.length > 0 ? (clauses.get(`${p.version}:${labels[0]}`) ?? null) : null,
      topic: p.target.topic ?? null,
      stance: p.stance,
      quote: p.quote,
      date: p.date,
      outlet: p.outlet ?? null,
      note: p.note ?? null,
      grade: p.grade ?? null,
      articleId: p.article !== undefined ? (articles.get(p.article) ?? null) : null,
      sources: p.sources.map((url) => ({ url })),
    });
    created++;
  }
  return { created, unchanged };
}

/**
 * The actor registry: roles, aliases and the rest the statement extractor reads. An actor a
 * position created first (name only) gets the registry's fields; one with fields is left alone.
 */
export async function seedActors(tx: Tx, planId: number, actors: readonly RegistryActor[]) {
  for (const a of actors) {
    const party =
      a.party === null
        ? null
        : await tx.party.upsert({
            where: { planId_name: { planId, name: a.party } },
            create: { planId, name: a.party },
            update: {},
          });
    const fields = {
      role: a.role,
      partyId: party?.id ?? null,
      aliases: JSON.stringify(a.aliases),
      kind: a.kind,
      gender: a.gender ?? null,
      title: a.title ?? null,
    };
    const existing = await tx.actor.findUnique({
      where: { planId_name: { planId, name: a.name } },
    });
    if (existing === null) {
      await tx.actor.create({ data: { planId, name: a.name, ...fields } });
    } else if (existing.kind === null) {
      await tx.actor.update({ where: { id: existing.id }, data: fields });
    }
  }
}

/** Article metadata records (text only where the corpus ships it), found by their corpus id. */
export async function seedArticles(
  tx: Tx,
  planId: number,
  articles: readonly CorpusArticle[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const a of articles) {
    const existing =
      (await tx.article.findUnique({ where: { planId_key: { planId, key: a.id } } })) ??
      (await tx.article.findUnique({ where: { planId_sha256: { planId, sha256: a.sha256 } } }));
    const row =
      existing ??
      (await tx.article.create({
        data: {
          planId,
          key: a.id,
          title: a.title,
          outlet: a.outlet,
          date: a.date,
          url: a.url,
          language: a.language,
          sha256: a.sha256,
          text: null,
        },
      }));
    ids.set(a.id, row.id);
  }
  return ids;
}
