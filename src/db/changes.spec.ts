import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ChangeMemo, sqliteChanges } from './changes';

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

describe('ChangeMemo', () => {
  it('reuses a value until the change marker moves, per key, within its bound', async () => {
    let marker: number | null = 1;
    const memo = new ChangeMemo<string>({ current: () => marker, close: () => undefined }, 2);
    let loads = 0;
    const load = (v: string) => () => Promise.resolve(`${v}${++loads}`);
    expect(await memo.get('a', load('a'))).toBe('a1');
    expect(await memo.get('a', load('a'))).toBe('a1');
    expect(await memo.get('b', load('b'))).toBe('b2');
    marker = 2; // a commit: everything is loaded again
    expect(await memo.get('a', load('a'))).toBe('a3');
    expect(await memo.get('c', load('c'))).toBe('c4');
    expect(await memo.get('d', load('d'))).toBe('d5'); // bound 2: 'a' was least recent
    expect(await memo.get('a', load('a'))).toBe('a6');
    marker = null; // untracked: nothing is reused
    expect(await memo.get('a', load('a'))).toBe('a7');
    expect(await memo.get('a', load('a'))).toBe('a8');
  });

  it('keeps nothing when loading fails', async () => {
    const memo = new ChangeMemo<string>({ current: () => 1, close: () => undefined }, 4);
    await expect(memo.get('x', () => Promise.reject(new Error('no plan')))).rejects.toThrow();
    expect(await memo.get('x', () => Promise.resolve('ok'))).toBe('ok');
  });
});
