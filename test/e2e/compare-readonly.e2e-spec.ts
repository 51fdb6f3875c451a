import { DB } from '../../src/db/database.module';
import type { Db } from '../../src/db/client';
import { DB_CHANGES } from '../../src/db/changes';
import type { DbChanges } from '../../src/db/changes';
import { BACKENDS, useTestApp } from '../support/e2e';

/**
 * Reads never write: comparisons are cached in memory only. A stored cache row per GET let any
 * reader grow the database without bound, and every such commit threw away the analyses'
 * snapshots (lineage, export), which are kept only while DB_CHANGES shows no commit.
 */
const PLAN = '/api/plans/ukraine-2025';

describe.each(BACKENDS)('GET …/compare writes nothing (%s)', (backend) => {
  const t = useTestApp(backend);

  const counts = async (): Promise<Record<string, number>> => {
    const db = t.app.get<Db>(DB);
    return {
      plans: await db.plan.count(),
      versions: await db.version.count(),
      clauses: await db.clause.count(),
      links: await db.clauseLink.count(),
      positions: await db.position.count(),
      sources: await db.source.count(),
      articles: await db.article.count(),
      statements: await db.statement.count(),
      tokens: await db.apiToken.count(),
      audit: await db.auditEvent.count(),
    };
  };

  it('leaves every table, the audit log and the commit marker as they were', async () => {
    const changes = t.app.get<DbChanges>(DB_CHANGES);
    await t.http().get(`${PLAN}/lineage`).expect(200); // warm the analyses' snapshot
    const before = await counts();
    const marker = await changes.current();
    const viewer = t.auth('viewer');
    for (const [from, to] of [
      ['v28', 'v20'],
      ['v20', 'v20us'],
      ['v28', 'v20'],
    ] as const) {
      const json = await t.http().get(`${PLAN}/compare?from=${from}&to=${to}`).expect(200);
      await t
        .http()
        .get(`${PLAN}/compare?from=${from}&to=${to}`)
        .set('If-None-Match', json.headers['etag'] as string)
        .expect(304);
      for (const format of ['md', 'csv']) {
        await t
          .http()
          .get(`${PLAN}/compare?from=${from}&to=${to}&format=${format}`)
          .set('Authorization', viewer)
          .expect(200);
      }
    }
    await t.http().get(`${PLAN}/lineage`).expect(200);
    await t.http().get(`${PLAN}/export`).expect(200);
    // On PostgreSQL the marker is pg_current_snapshot(), which every commit in the cluster moves:
    // the other e2e files, writing to their own schemas on the same server at the same time, moved
    // it by 17 in CI. There the row counts (audit included) carry the check; SQLite's marker is
    // this database's alone.
    if (backend === 'sqlite') expect(await changes.current()).toEqual(marker);
    expect(await counts()).toEqual(before);
  });
});
