import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sqliteChanges } from './changes';

describe('sqliteChanges', () => {
  it('changes whenever another connection commits, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plandiff-changes-'));
    const file = join(dir, 'x.db');
    const writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    writer.exec('CREATE TABLE t (x INTEGER)');
    const changes = sqliteChanges(file);
    try {
      const first = changes.current();
      expect(changes.current()).toBe(first);
      writer.prepare('INSERT INTO t VALUES (1)').run();
      const second = changes.current();
      expect(second).not.toBe(first);
      expect(changes.current()).toBe(second);
      // A rolled-back transaction commits nothing.
      writer.exec('BEGIN; INSERT INTO t VALUES (2); ROLLBACK');
      expect(changes.current()).toBe(second);
    } finally {
      changes.close();
      writer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
