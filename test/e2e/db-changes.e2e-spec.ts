import { Client } from 'pg';
import { DB_CHANGES } from '../../src/db/changes';
import type { DbChanges } from '../../src/db/changes';
import { BACKENDS, useTestApp } from '../support/e2e';

/**
 * The comparison cache trusts DB_CHANGES to change after every commit, from any connection or
 * instance; on PostgreSQL that is the snapshot, and the tricky case is a transaction that was
 * already in progress when the reading was taken.
 */
const PG = BACKENDS.filter((b) => b === 'postgresql');
const maybe = PG.length > 0 ? describe : describe.skip;

maybe('PostgreSQL change tracking (pg_current_snapshot)', () => {
  const t = useTestApp('postgresql');
  const changes = (): DbChanges => t.app.get<DbChanges>(DB_CHANGES);
  const other = async (): Promise<Client> => {
    const c = new Client({ connectionString: process.env['TEST_DATABASE_URL'] });
    await c.connect();
    await c.query('CREATE TABLE IF NOT EXISTS changes_probe (x int)');
    return c;
  };

  it('stays put without writes, and moves after every commit, even of a transaction in flight', async () => {
    const c = await other();
    try {
      const first = await changes().current();
      expect(first).toEqual(expect.any(String));
      await c.query('SELECT count(*) FROM changes_probe'); // reads take no xid
      expect(await changes().current()).toBe(first);

      await c.query('BEGIN');
      await c.query('INSERT INTO changes_probe VALUES (1)');
      const during = await changes().current(); // the writer holds an xid, not yet committed
      await c.query('COMMIT');
      const after = await changes().current();
      expect(after).not.toBe(during);

      await c.query('BEGIN; INSERT INTO changes_probe VALUES (2); ROLLBACK');
      const rolledBack = await changes().current();
      // Harmless either way (a needless revalidation), but a commit through the API must show.
      await t
        .http()
        .post('/api/plans')
        .set('Authorization', t.auth('editor'))
        .send({ slug: 'probe', title: 'Probe' })
        .expect(201);
      expect(await changes().current()).not.toBe(rolledBack);
    } finally {
      await c.query('DROP TABLE IF EXISTS changes_probe');
      await c.end();
    }
  });
});
