import { EngineError } from '../../src/engine';
import {
  ImportError,
  importDocument,
  importDocumentIsolated,
  importTextIsolated,
} from '../../src/import';
import { makeDocx } from './build';
import { makeWordLikeDocx } from './word-like';

/** The worker gives the same answers as the in-process importer, and its own refusals. */
describe('imports in a worker thread', () => {
  const refusal = (p: Promise<unknown>): Promise<unknown> =>
    p.then(
      () => undefined,
      (e: unknown) => e,
    );

  it('reads a document exactly as the in-process importer does', async () => {
    const docx = await makeDocx([
      { level: 0, text: 'One.' },
      { level: 1, text: 'Sub.' },
      { level: 0, text: 'Two.' },
    ]);
    const [inside, outside] = await Promise.all([
      importDocumentIsolated(docx, 'plan.docx'),
      importDocument(docx, 'plan.docx'),
    ]);
    expect(inside).toEqual(outside);
    const text = await importTextIsolated(Buffer.from('An article.\n'), 'a.txt');
    expect(text).toEqual({ text: 'An article.\n', format: 'txt', encoding: 'utf-8', warnings: [] });
  });

  it('passes refusals through with their type and code', async () => {
    const deep = Buffer.from(`<html><body>${'<b>x'.repeat(5000)}</body></html>`);
    expect(await refusal(importDocumentIsolated(deep, 'deep.html'))).toMatchObject({
      name: 'ImportError',
      code: 'too-deep',
    });
    expect(await refusal(importDocumentIsolated(Buffer.from('x'), 'a.txt'))).toBeInstanceOf(
      ImportError,
    );
    const long = Buffer.from(`1. ${'word '.repeat(30_000)}\n`);
    const err = await refusal(importDocumentIsolated(long, 'long.txt'));
    expect(err).toBeInstanceOf(EngineError);
    expect(err).toMatchObject({ code: 'clause-too-long' });
  });

  it('stops a reader that runs past its time limit', async () => {
    // Real work, not a race with a 1 ms timer: a warm worker could answer a one-line file inside
    // 1 ms (CI saw it). 9,000 clauses of ~370 characters take the reader ~130 ms here, six times
    // the limit.
    const big = Array.from(
      { length: 9_000 },
      (_, i) => `${i + 1}. The parties shall ${'observe the agreed terms '.repeat(14)}${i}.`,
    ).join('\n');
    const err = await refusal(importDocumentIsolated(Buffer.from(big), 'a.txt', { timeoutMs: 20 }));
    expect(err).toBeInstanceOf(ImportError);
    expect(err).toMatchObject({ code: 'timeout' });
    // The pool recovers: the next job gets a fresh worker.
    const ok = await importDocumentIsolated(Buffer.from('1. One.\n'), 'a.txt');
    expect(ok.version.clauses).toHaveLength(1);
  });
  it('refuses a document that needs more memory than the worker may have, and reads the next', async () => {
    // About 3 MB of Word-like XML: mammoth needs ~35 MB of heap per MB of document.xml
    // (docs/limits.md), far more than the 48 MB this worker may have.
    const words = 'the parties shall withdraw their forces from the line of contact within days';
    const big = makeWordLikeDocx(
      Array.from({ length: 1200 }, (_, i) => ({ level: i % 3, text: `${words} ${i} ${words}.` })),
    );
    const err = await refusal(importDocumentIsolated(big, 'big.docx', { heapMb: 48 }));
    expect(err).toBeInstanceOf(ImportError);
    expect(err).toMatchObject({ code: 'too-complex' });
    expect((err as Error).message).toMatch(/more than 48 MB of memory/);
    const ok = await importDocumentIsolated(Buffer.from('1. One.\n'), 'a.txt', { heapMb: 48 });
    expect(ok.version.clauses).toHaveLength(1);
  });
});
