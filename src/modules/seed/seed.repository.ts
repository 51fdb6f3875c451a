import { Inject, Injectable } from '@nestjs/common';
import type {
  Corpus,
  CorpusArticle,
  CorpusLink,
  CorpusPosition,
  CorpusVersion,
} from '../../corpus/corpus';
import type { RegistryActor } from '../../engine';
import { DB } from '../../db/database.module';
import type { Db, Tx } from '../../db/client';
import { writeAudit } from '../audit/audit.repository';
import type { Actor } from '../../common/actor';
import { insertPosition } from '../positions/positions.repository';
import { upsertSources } from '../sources/sources.repository';
import { insertVersion } from '../versions/version-insert';
import type { NewVersion } from '../versions/versions.types';

/** What one seeding run did: counts per kind of record, and stored versions that differ. */
export interface SeedReport {
  readonly plan: 'created' | 'existing';
  readonly versions: {
    readonly created: number;
    readonly unchanged: number;
    readonly differing: readonly string[];
  };
  readonly links: { readonly created: number; readonly unchanged: number };
  readonly positions: { readonly created: number; readonly unchanged: number };
  readonly sources: number;
}

type Ids = ReadonlyMap<string, number>;

/**
 * Loads a corpus into the database, idempotently: records are found by their natural keys (plan
 * and version slugs, clause labels, a link's ends and kind, a position's key) and created only
 * when missing. Stored versions are immutable, so a fixture that changed after seeding is
 * reported as differing, never overwritten. One transaction: a failed seed leaves nothing behind.
 */
@Injectable()
export class SeedRepository {
  public constructor(@Inject(DB) private readonly db: Db) {}

  public async hasPlans(): Promise<boolean> {
    return (await this.db.plan.count()) > 0;
  }

  public async seed(corpus: Corpus, actor: Actor): Promise<SeedReport> {
    return this.db.$transaction(
      async (tx) => {
        const existing = await tx.plan.findUnique({
          where: { slug: corpus.plan.slug },
          select: { id: true },
        });
        const planId =
          existing?.id ??
          (
            await tx.plan.create({
              data: {
                slug: corpus.plan.slug,
                title: corpus.plan.title,
                description: corpus.plan.description,
              },
            })
          ).id;
        const sourceIds = await upsertSources(
          tx,
          planId,
          corpus.sources.map((s) => ({
            url: s.url,
            outlet: s.outlet,
            language: s.language,
            ...(s.title !== undefined ? { title: s.title } : {}),
            ...(s.date !== undefined && s.date !== null ? { date: s.date } : {}),
          })),
        );
        await seedActors(tx, planId, corpus.actors ?? []);
        const articleIds = await seedArticles(tx, planId, corpus.articles ?? []);
        const versions = { created: 0, unchanged: 0, differing: [] as string[] };
        for (const version of corpus.versions) {
          const stored = await tx.version.findUnique({
            where: { planId_slug: { planId, slug: version.slug } },
            select: { clauses: { select: { label: true, text: true }, orderBy: { order: 'asc' } } },
          });
          if (stored === null) {
            await insertVersion(tx, planId, toNewVersion(version));
            versions.created++;
          } else {
            const same =
              stored.clauses.length === version.clauses.length &&
              stored.clauses.every(
                (c, i) =>
                  c.label === version.clauses[i]!.label && c.text === version.clauses[i]!.text,
              );
            if (same) versions.unchanged++;
            else versions.differing.push(version.slug);
          }
        }
        const versionIds = new Map(
          (await tx.version.findMany({ where: { planId }, select: { id: true, slug: true } })).map(
            (v) => [v.slug, v.id],
          ),
        );
        const clauseIds = new Map(
          (
            await tx.clause.findMany({
              where: { version: { planId } },
              select: { id: true, label: true, version: { select: { slug: true } } },
            })
          ).map((c) => [`${c.version.slug}:${c.label}`, c.id]),
        );
        const links = await seedLinks(tx, planId, corpus.links, versionIds, clauseIds);
        const positions = await seedPositions(
          tx,
          planId,
          corpus.positions,
          versionIds,
          clauseIds,
          articleIds,
        );
        await writeAudit(tx, { planId, actor, action: 'seed', target: `plan:${corpus.plan.slug}` });
        return {
          plan: existing ? 'existing' : 'created',
          versions,
          links,
          positions,
          sources: sourceIds.length,
        };
      },
      // A whole corpus is a few hundred statements: more than the 5 s default allows on a busy machine.
      { timeout: 120_000, maxWait: 30_000 },
    );
  }
}

/** A corpus version in the shape the versions repository stores (sources are already upserted). */
function toNewVersion(v: CorpusVersion): NewVersion {
  const labels = new Set(v.clauses.map((c) => c.label));
  return {
    slug: v.slug,
    title: v.title,
    date: v.date,
    label: v.label,
    channel: v.channel,
    author: null,
    notes: v.notes,
    basis: v.basis,
    grade: v.grade,
    gradeNote: v.gradeNote,
    authorParties: v.authorParties,
    aliases: v.aliases ?? [],
    parents: v.parents,
    clauses: v.clauses.map((c) => ({
      label: c.label,
      text: c.text,
      parent: c.parent !== undefined && labels.has(c.parent) ? c.parent : null,
      status: c.status,
      topics: c.topics,
      sources: c.sources.map((url) => ({ url })),
      grade: c.grade ?? null,
      note: c.note ?? null,
    })),
  };
}

async function seedLinks(
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
async function seedPositions(
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
async function seedActors(tx: Tx, planId: number, actors: readonly RegistryActor[]) {
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
async function seedArticles(
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
