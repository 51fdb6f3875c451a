import { Catch, HttpException, Logger, NotFoundException } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { EngineError } from '../engine';
import type { EngineErrorCode } from '../engine';
import { ImportError } from '../import/errors';
import { BusyError } from '../lib/gate';
import { allowedMethods } from './allowed-methods';
import type { ImportErrorCode } from '../import/errors';
import { PROBLEM_CONTENT_TYPE, ProblemException, problem } from './problem';
import type { Problem } from './problem';

/** Engine refusals are the client's input: too big → 413, otherwise unprocessable. */
function engineStatus(code: EngineErrorCode): number {
  switch (code) {
    case 'input-too-large':
      return 413;
    case 'too-many-clauses':
    case 'clause-too-long':
    case 'no-clauses':
    case 'invalid-override':
    case 'invalid-option':
      return 422;
  }
}

/**
 * Import refusals: too big (or expanding too far) → 413, an extension we cannot read → 415, the
 * rest is content we could not use → 422. Codes carry an `import-` prefix in the problem type.
 */
function importStatus(code: ImportErrorCode): number {
  switch (code) {
    case 'too-large':
    case 'zip-bomb':
    case 'too-deep':
    case 'too-complex':
      return 413;
    case 'unsupported':
      return 415;
    case 'empty':
    case 'not-utf8':
    case 'type-mismatch':
    case 'corrupt':
    case 'encrypted':
    case 'invalid-json':
    case 'no-clauses':
    case 'timeout':
      return 422;
  }
}

/**
 * Prisma's codes for a write that found the database saturated, not wrong: no transaction slot or
 * pool connection in time (P2028, P2024), a write conflict or deadlock (P2034), an operation that
 * timed out (P1008). The transaction rolled back, so the client may simply retry: 503, not 500.
 */
const DATABASE_BUSY = new Set(['P2028', 'P2024', 'P2034', 'P1008']);

interface ErrorLike {
  readonly code?: unknown;
  readonly type?: unknown;
  readonly status?: unknown;
  readonly meta?: unknown;
}

const asErrorLike = (e: unknown): ErrorLike => (typeof e === 'object' && e !== null ? e : {});

/** Maps anything thrown to a problem; unknown errors become an opaque 500. */
export function toProblem(err: unknown): Problem {
  if (err instanceof ProblemException) return err.problem;
  if (err instanceof EngineError) return problem(engineStatus(err.code), err.code, err.message);
  if (err instanceof ImportError) {
    const detail = err.message.charAt(0).toUpperCase() + err.message.slice(1);
    return problem(importStatus(err.code), `import-${err.code}`, detail);
  }
  // A gated resource (PDF rendering, PDF import) at capacity: the server's state, not the input.
  if (err instanceof BusyError) return problem(503, err.code, `${err.message}.`);
  if (err instanceof HttpException) return fromHttpException(err);
  const e = asErrorLike(err);
  // body-parser errors carry `type`; they reach us before any route runs.
  if (e.type === 'entity.too.large') {
    return problem(413, 'body-too-large', 'The request body exceeds the size limit.');
  }
  if (e.type === 'entity.parse.failed') {
    return problem(400, 'malformed-json', 'The request body is not valid JSON.');
  }
  if (typeof e.type === 'string' && typeof e.status === 'number' && e.status < 500) {
    return problem(e.status, 'bad-body', (err as Error).message);
  }
  // Prisma known request errors, matched by code so no Prisma type leaks in here.
  if (e.code === 'P2002') return problem(409, 'conflict', 'A resource with this key exists.');
  if (e.code === 'P2025') return problem(404, 'not-found', 'The resource does not exist.');
  if (typeof e.code === 'string' && DATABASE_BUSY.has(e.code)) {
    return problem(
      503,
      'database-busy',
      'The database is busy; nothing was stored. Retry shortly.',
    );
  }
  return problem(500, 'internal', 'An unexpected error occurred.');
}

const HTTP_CODES: Readonly<Record<number, string>> = {
  404: 'not-found',
  // Multer's file-size limit (the upload is larger than UPLOAD_LIMIT_BYTES).
  413: 'body-too-large',
  408: 'body-timeout',
  429: 'rate-limited',
  503: 'unavailable',
};

function fromHttpException(err: HttpException): Problem {
  const status = err.getStatus();
  // The throttler's own message reads "ThrottlerException: Too Many Requests".
  if (status === 429) {
    return problem(429, 'rate-limited', 'Too many requests; retry after the time in Retry-After.');
  }
  const body = err.getResponse();
  const message =
    typeof body === 'string'
      ? body
      : typeof body === 'object' && 'message' in body
        ? String(body.message)
        : err.message;
  return problem(status, HTTP_CODES[status] ?? `http-${status}`, message);
}

/** Writes a problem response; shared by the Nest filter and the Express error handler. */
export function sendProblem(req: Request, res: Response, err: unknown, logger: Logger): void {
  let p: Problem = { ...toProblem(err), instance: req.originalUrl };
  if (p.status === 404 && err instanceof NotFoundException && !(err instanceof ProblemException)) {
    // No route for this method: if the path exists under another method, that is a 405.
    const allow = allowedMethods(req);
    if (allow.length > 0) {
      res.setHeader('Allow', allow.join(', '));
      p = {
        ...problem(
          405,
          'method-not-allowed',
          `${req.method} is not allowed here; use ${allow.join(', ')}.`,
        ),
        instance: req.originalUrl,
      };
    }
  }
  if (p.status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="plandiff"');
  if (p.code === 'database-busy') res.setHeader('Retry-After', '1');
  if (p.status >= 500) {
    logger.error(`${req.method} ${req.originalUrl}`, err instanceof Error ? err.stack : err);
  }
  if (res.headersSent) return;
  res.status(p.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(p));
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  public catch(err: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(http.getRequest<Request>(), http.getResponse<Response>(), err, this.logger);
  }
}
