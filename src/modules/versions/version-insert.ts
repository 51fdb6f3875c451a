import type { Tx } from '../../db/client';
import { yieldToEventLoop } from '../../db/paged';
import { upsertSources } from '../sources/sources.repository';
import { insertTrackedChanges } from './tracked-changes';
import type { NewVersion } from './versions.types';

/**
 * Clauses inserted per statement: one 10,000-row insert held the event loop for seconds while
 * Prisma compiled it (see src/db/paged.ts); 100 rows cost a few tens of milliseconds, and the
 * loop runs between chunks. The transaction still makes the version appear whole or not at all.
 */
const INSERT_CHUNK = 100;

/**
 * Inserts a version with its parent links, clauses (sub-points linked to their chapeau) and
 * clause sources, inside the caller's transaction. The API's create and the corpus seed share it.
 */
export async function insertVersion(tx: Tx, planId: number, v: NewVersion): Promise<void> {
  const version = await tx.version.create({
    data: {
      planId,
      slug: v.slug,
      title: v.title,
      date: v.date,
      label: v.label,
      channel: v.channel,
      author: v.author,
      notes: v.notes,
      basis: v.basis,
      grade: v.grade,
      gradeNote: v.gradeNote,
      authorParties: JSON.stringify(v.authorParties),
      aliases: JSON.stringify(v.aliases ?? []),
    },
  });
  if (v.parents.length > 0) {
    const parents = await tx.version.findMany({
      where: { planId, slug: { in: [...v.parents] } },
      select: { id: true },
    });
    await tx.versionParent.createMany({
      data: parents.map((p) => ({ childId: version.id, parentId: p.id })),
    });
  }
  const idOf = new Map<string, number>();
  for (let start = 0; start < v.clauses.length; start += INSERT_CHUNK) {
    const created = await tx.clause.createManyAndReturn({
      data: v.clauses.slice(start, start + INSERT_CHUNK).map((c, i) => ({
        versionId: version.id,
        label: c.label,
        order: start + i,
        text: c.text,
        status: c.status,
        topics: JSON.stringify(c.topics),
        grade: c.grade ?? null,
        note: c.note ?? null,
      })),
      select: { id: true, label: true },
    });
    for (const c of created) idOf.set(c.label, c.id);
    await yieldToEventLoop();
  }
  // One update per chapeau (all its sub-points at once), not one per sub-point.
  const childrenOf = new Map<string, number[]>();
  for (const c of v.clauses) {
    if (c.parent === null) continue;
    const list = childrenOf.get(c.parent) ?? [];
    list.push(idOf.get(c.label)!);
    childrenOf.set(c.parent, list);
  }
  for (const [parent, children] of childrenOf) {
    for (let start = 0; start < children.length; start += INSERT_CHUNK) {
      await tx.clause.updateMany({
        where: { id: { in: children.slice(start, start + INSERT_CHUNK) } },
        data: { parentId: idOf.get(parent)! },
      });
    }
  }
  const links: { clauseId: number; sourceId: number }[] = [];
  for (const c of v.clauses) {
    if (c.sources.length === 0) continue;
    const ids = await upsertSources(tx, planId, c.sources);
    links.push(...ids.map((sourceId) => ({ clauseId: idOf.get(c.label)!, sourceId })));
  }
  if (links.length > 0) await tx.clauseSource.createMany({ data: links });
  if (v.trackedChanges !== undefined && v.trackedChanges.length > 0) {
    await insertTrackedChanges(tx, version.id, v.trackedChanges);
  }
}
