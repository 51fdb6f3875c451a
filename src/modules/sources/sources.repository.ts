import type { Tx } from '../../db/client';

/** A cited source, as stored and returned. */
export interface SourceRef {
  readonly url: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly date: string | null;
  readonly language: string | null;
}

export interface SourceInput {
  readonly url: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly date?: string;
  readonly language?: string;
}

/**
 * Sources are shared per plan by URL: the first write creates one, later writes fill in fields
 * it lacked but never overwrite what an earlier citation recorded. Runs inside the caller's
 * transaction and returns the source ids in input order.
 */
export async function upsertSources(
  tx: Tx,
  planId: number,
  sources: readonly SourceInput[],
): Promise<number[]> {
  const ids: number[] = [];
  for (const s of sources) {
    const existing = await tx.source.findUnique({ where: { planId_url: { planId, url: s.url } } });
    if (existing) {
      const fill = {
        ...(existing.outlet === null && s.outlet !== undefined ? { outlet: s.outlet } : {}),
        ...(existing.title === null && s.title !== undefined ? { title: s.title } : {}),
        ...(existing.date === null && s.date !== undefined ? { date: s.date } : {}),
        ...(existing.language === null && s.language !== undefined ? { language: s.language } : {}),
      };
      if (Object.keys(fill).length > 0) {
        await tx.source.update({ where: { id: existing.id }, data: fill });
      }
      ids.push(existing.id);
      continue;
    }
    const created = await tx.source.create({
      data: {
        planId,
        url: s.url,
        outlet: s.outlet ?? null,
        title: s.title ?? null,
        date: s.date ?? null,
        language: s.language ?? null,
      },
    });
    ids.push(created.id);
  }
  return [...new Set(ids)];
}

export const toSourceRef = (s: SourceRef): SourceRef => ({
  url: s.url,
  outlet: s.outlet,
  title: s.title,
  date: s.date,
  language: s.language,
});
