import { BadRequestException, NotFoundException } from '@nestjs/common';
import { EngineError } from '../engine';
import { ImportError } from '../import/errors';
import { BusyError } from '../lib/gate';
import { toProblem } from './problem.filter';
import { ProblemException, problem } from './problem';

describe('toProblem', () => {
  it('passes problems through and maps HttpExceptions', () => {
    const p = problem(409, 'version-exists', 'exists');
    expect(toProblem(new ProblemException(p))).toBe(p);
    expect(toProblem(new NotFoundException('Cannot GET /x'))).toMatchObject({
      status: 404,
      code: 'not-found',
      title: 'Not Found',
      detail: 'Cannot GET /x',
    });
    expect(toProblem(new BadRequestException('no'))).toMatchObject({
      status: 400,
      code: 'http-400',
    });
  });

  it('maps engine refusals: too large → 413, the rest → 422', () => {
    expect(toProblem(new EngineError('input-too-large', 'big'))).toMatchObject({ status: 413 });
    expect(toProblem(new EngineError('no-clauses', 'none'))).toMatchObject({
      status: 422,
      code: 'no-clauses',
      detail: 'none',
    });
  });

  it('maps body-parser and Prisma errors by their codes', () => {
    expect(toProblem({ type: 'entity.too.large', status: 413 })).toMatchObject({ status: 413 });
    expect(toProblem({ type: 'entity.parse.failed', status: 400 })).toMatchObject({
      status: 400,
      code: 'malformed-json',
    });
    expect(toProblem({ code: 'P2002', meta: {} })).toMatchObject({ status: 409 });
    expect(toProblem({ code: 'P2025' })).toMatchObject({ status: 404 });
    // A saturated database is a retryable 503, never an opaque 500.
    for (const code of ['P2028', 'P2024', 'P2034', 'P1008']) {
      expect(toProblem({ code })).toMatchObject({ status: 503, code: 'database-busy' });
    }
    expect(toProblem({ code: 'P2003' })).toMatchObject({ status: 500, code: 'internal' });
  });

  it('maps import refusals by code and a busy resource to 503', () => {
    expect(toProblem(new ImportError('zip-bomb', 'archive expands too far'))).toMatchObject({
      status: 413,
      code: 'import-zip-bomb',
      detail: 'Archive expands too far',
    });
    expect(toProblem(new ImportError('unsupported', 'x'))).toMatchObject({ status: 415 });
    expect(toProblem(new ImportError('encrypted', 'x'))).toMatchObject({ status: 422 });
    expect(toProblem(new BusyError('import-busy', 'PDF import is busy'))).toMatchObject({
      status: 503,
      code: 'import-busy',
      detail: 'PDF import is busy.',
    });
  });

  it('hides everything else behind an opaque 500', () => {
    const p = toProblem(new Error('password=hunter2 at db.internal'));
    expect(p).toMatchObject({ status: 500, code: 'internal' });
    expect(JSON.stringify(p)).not.toContain('hunter2');
  });
});
