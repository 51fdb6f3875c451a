import { Inject, Injectable } from '@nestjs/common';
import type { Corpus, CorpusArticle, CorpusPosition, CorpusVersion } from '../../corpus/corpus';
import { isGrade } from '../../engine';
import type { RegistryActor } from '../../engine';
import { DB } from '../../db/database.module';
import type { Db } from '../../db/client';
import { parseTopics } from '../versions/versions.repository';

/**
 * A whole plan read back in the corpus shape (versions with clauses, curated links, positions,
 * sources), so the pure analyses (disputes, lineage, briefing) run on stored data exactly as they
 * run on the fixture files.
 */
@Injectable()
export class SnapshotRepository {
  public constructor(@Inject(DB) private readonly db: Db) {}

  public async load(planSlug: string): Promise<Corpus | null> {
    const plan = await this.db.plan.findUnique({
      where: { slug: planSlug },
      include: {
        versions: {
          orderBy: [{ date: 'asc' }, { id: 'asc' }],
          include: {
            parents: { include: { parent: { select: { slug: true } } } },
            clauses: {
              orderBy: { order: 'asc' },
              include: {
                parent: { select: { label: true } },
                sources: { include: { source: { select: { url: true } } } },
              },
            },
          },
        },
        links: {
          orderBy: { id: 'asc' },
          include: {
            fromVersion: { select: { slug: true } },
            toVersion: { select: { slug: true } },
            fromClause: { select: { label: true } },
            toClause: { select: { label: true } },
          },
        },
        positions: {
          orderBy: { id: 'asc' },
          include: {
            party: { select: { name: true } },
            actor: { select: { name: true, role: true } },
            article: { select: { id: true, key: true } },
            version: { select: { slug: true } },
            clause: { select: { label: true } },
            sources: { include: { source: { select: { url: true } } } },
          },
        },
        sources: { orderBy: { id: 'asc' } },
        actors: { orderBy: { id: 'asc' }, include: { party: { select: { name: true } } } },
        articles: {
          orderBy: [{ date: 'asc' }, { id: 'asc' }],
          select: {
            id: true,
            key: true,
            title: true,
            outlet: true,
            date: true,
            url: true,
            language: true,
            sha256: true,
            statements: {
              where: { status: 'rejected' },
              orderBy: { id: 'asc' },
              select: { quote: true, reason: true },
            },
          },
        },
      },
    });
    if (plan === null) return null;
    const versions: CorpusVersion[] = plan.versions.map((v) => ({
      slug: v.slug,
      label: v.label ?? v.slug,
      title: v.title,
      date: v.date,
      channel: v.channel ?? '',
      authorParties: parseTopics(v.authorParties),
      basis: v.basis,
      grade: v.grade ?? '',
      gradeNote: v.gradeNote ?? '',
      notes: v.notes ?? '',
      parents: v.parents.map((p) => p.parent.slug),
      clauses: v.clauses.map((c) => ({
        label: c.label,
        ...(c.parent !== null ? { parent: c.parent.label } : {}),
        text: c.text,
        status: c.status,
        topics: parseTopics(c.topics),
        sources: c.sources.map((s) => s.source.url),
        ...(c.note !== null ? { note: c.note } : {}),
        ...(isGrade(c.grade) ? { grade: c.grade } : {}),
      })),
      aliases: parseTopics(v.aliases),
    }));
    // A position without a party counts only when its actor is a commentator (reported, never a
    // party's stance); hand-typed actor-only positions of other roles stay out, as before.
    const positions: CorpusPosition[] = plan.positions
      .filter((p) => p.version !== null && (p.party !== null || p.actor?.role === 'commentator'))
      .map((p) => {
        const labels = parseTopics(p.labels);
        const target =
          labels.length > 1
            ? { labels, ...(p.topic !== null ? { topic: p.topic } : {}) }
            : p.clause !== null
              ? { label: p.clause.label, ...(p.topic !== null ? { topic: p.topic } : {}) }
              : { topic: p.topic ?? 'general' };
        return {
          id: p.key ?? `db${p.id}`,
          party: p.party?.name ?? null,
          ...(p.actor !== null ? { actor: p.actor.name } : {}),
          version: p.version!.slug,
          target,
          stance: p.stance,
          quote: p.quote ?? '',
          date: p.date,
          ...(p.outlet !== null ? { outlet: p.outlet } : {}),
          sources: p.sources.map((s) => s.source.url),
          ...(p.note !== null ? { note: p.note } : {}),
          ...(isGrade(p.grade) ? { grade: p.grade } : {}),
          ...(p.article !== null ? { article: p.article.key ?? `a${p.article.id}` } : {}),
        };
      });
    return {
      plan: {
        slug: plan.slug,
        title: plan.title,
        description: plan.description ?? '',
        versionOrder: versions.map((v) => v.slug),
      },
      versions: topological(versions),
      links: plan.links.map((l) => ({
        from:
          l.fromClause !== null ? { version: l.fromVersion.slug, label: l.fromClause.label } : null,
        to: l.toClause !== null ? { version: l.toVersion.slug, label: l.toClause.label } : null,
        ...(l.fromClause === null ? { fromVersion: l.fromVersion.slug } : {}),
        ...(l.toClause === null ? { toVersion: l.toVersion.slug } : {}),
        kind: l.kind,
        evidence: l.evidence ?? '',
        confidence: l.confidence ?? '',
      })),
      positions,
      sources: plan.sources.map((s) => ({
        url: s.url,
        outlet: s.outlet ?? '',
        language: s.language ?? '',
        ...(s.title !== null ? { title: s.title } : {}),
        date: s.date,
      })),
      actors: plan.actors.map(toRegistryActor),
      articles: plan.articles.map((a): CorpusArticle => ({
        id: a.key ?? `a${a.id}`,
        title: a.title,
        outlet: a.outlet,
        date: a.date,
        url: a.url,
        language: a.language,
        sha256: a.sha256,
        ...(a.statements.length > 0
          ? { rejected: a.statements.map((r) => ({ quote: r.quote, reason: r.reason ?? '' })) }
          : {}),
      })),
    };
  }
}

const REGISTRY_ROLES = new Set(['official', 'institution', 'commentator']);

/**
 * A stored actor as the extractor's registry entry. Actors typed in by hand carry a free title in
 * `role` ("President") and no kind: they read as officials of their party; one with no party
 * speaks for none, which the registry calls a commentator (it has no `unknown` role).
 */
export function toRegistryActor(a: {
  name: string;
  role: string | null;
  aliases: string;
  kind: string | null;
  gender: string | null;
  title: string | null;
  party: { name: string } | null;
}): RegistryActor {
  const role =
    a.role !== null && REGISTRY_ROLES.has(a.role)
      ? (a.role as RegistryActor['role'])
      : a.party === null
        ? 'commentator'
        : 'official';
  const title = a.title ?? (a.role !== null && !REGISTRY_ROLES.has(a.role) ? a.role : null);
  return {
    name: a.name,
    aliases: parseTopics(a.aliases),
    kind: a.kind === 'institution' || role === 'institution' ? 'institution' : 'person',
    role,
    party: role === 'commentator' ? null : (a.party?.name ?? null),
    ...(a.gender === 'male' || a.gender === 'female' ? { gender: a.gender } : {}),
    ...(title !== null ? { title } : {}),
  };
}

/** Parents before children (lineage needs it), otherwise by date: Kahn's algorithm, stable. */
function topological(versions: readonly CorpusVersion[]): CorpusVersion[] {
  const done = new Set<string>();
  const result: CorpusVersion[] = [];
  while (result.length < versions.length) {
    const next = versions.find(
      (v) =>
        !done.has(v.slug) &&
        v.parents.every((p) => done.has(p) || !versions.some((x) => x.slug === p)),
    );
    if (next === undefined) return [...result, ...versions.filter((v) => !done.has(v.slug))];
    done.add(next.slug);
    result.push(next);
  }
  return result;
}
