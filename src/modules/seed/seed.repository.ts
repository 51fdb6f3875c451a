import { Inject, Injectable } from '@nestjs/common';
import type { Corpus, CorpusVersion } from '../../corpus/corpus';
import { DB } from '../../db/database.module';
import type { Db } from '../../db/client';
import { writeAudit } from '../audit/audit.repository';
import type { Actor } from '../../common/actor';
import { upsertSources } from '../sources/sources.repository';
import { insertVersion } from '../versions/version-insert';
import type { NewVersion } from '../versions/versions.types';
import { seedActors, seedArticles, seedLinks, seedPositions } from './seed-rows';

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
