import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { HTTP_LIMITS } from '../config/limits';
import { sendProblem } from './problem.filter';
import { ProblemException, problem } from './problem';
import { WindowCounterStorage } from './rate-limit-storage';

type Middleware = (req: Request, res: Response, next: NextFunction) => void;

const logger = new Logger('Http');
const reject =
  (status: number, code: string, detail: string) =>
  (req: Request, res: Response): void =>
    sendProblem(req, res, new ProblemException(problem(status, code, detail)), logger);

/**
 * What the HTTP server enforces before any route runs, outside Nest's guards (which only see
 * Nest's own routes): connection timeouts, a rate limit for the static files and the API docs,
 * the media types a body may have, and a deadline for receiving a body.
 */
export function mountHttpEdge(app: NestExpressApplication, config: AppConfig): void {
  app.use(bodyDeadline(config.bodyTimeoutMs));
  app.use(edgeRateLimit(config));
  app.use(bodyMediaType);
}

/** Node's defaults let a client hold a connection for 300 s with a lying Content-Length. */
export function applyServerTimeouts(app: NestExpressApplication): void {
  const server = app.getHttpServer();
  server.headersTimeout = HTTP_LIMITS.headersTimeoutMs;
  server.requestTimeout = HTTP_LIMITS.requestTimeoutMs;
  server.keepAliveTimeout = HTTP_LIMITS.keepAliveTimeoutMs;
}

/**
 * A body that has not fully arrived within `ms` is answered 408 and the connection closed. The
 * server's requestTimeout is checked only every 30 s; this one is exact.
 */
function bodyDeadline(ms: number): Middleware {
  return (req, res, next) => {
    if (!hasBody(req) || req.readableEnded) return next();
    const timer = setTimeout(() => {
      res.setHeader('Connection', 'close');
      reject(
        408,
        'body-timeout',
        `The request body did not arrive within ${ms / 1000} s.`,
      )(req, res);
      res.once('finish', () => req.socket.destroy());
    }, ms);
    const clear = (): void => clearTimeout(timer);
    req.once('end', clear);
    req.once('close', clear);
    res.once('close', clear);
    next();
  };
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/** JSON for every write, multipart for uploads; anything else is refused before it is read. */
const bodyMediaType: Middleware = (req, res, next) => {
  if (!req.path.startsWith('/api/') || !hasBody(req)) return next();
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type === 'multipart/form-data' || type.endsWith('+json')) {
    return next();
  }
  reject(
    415,
    'unsupported-media-type',
    `A request body must be application/json (or multipart/form-data for uploads), not ${type === '' ? 'untyped' : type}.`,
  )(req, res);
};

/**
 * Nest's throttler guards the API routes; the dashboard's files and the API docs are served by
 * Express directly, so they get the same budget here (counted separately per client).
 */
function edgeRateLimit(config: AppConfig): Middleware {
  const storage = new WindowCounterStorage();
  const { ttlMs, limit } = config.rateLimit;
  return (req, res, next) => {
    const api = req.path.startsWith('/api/') || req.path === '/api';
    const docs = req.path.startsWith('/api/docs') || req.path === '/api/openapi.json';
    if (api && !docs) return next();
    void storage.increment(req.ip ?? 'unknown', ttlMs, limit, 0, 'edge').then((r) => {
      if (!r.isBlocked) return next();
      res.setHeader('Retry-After', String(r.timeToBlockExpire));
      reject(
        429,
        'rate-limited',
        'Too many requests; retry after the time in Retry-After.',
      )(req, res);
    }, next);
  };
}

/** One line per request, when it finishes: method, path, status, duration. */
export const requestLog: Middleware = (req, res, next) => {
  const start = process.hrtime.bigint();
  res.once('finish', () => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    logger.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)} ms`);
  });
  next();
};
