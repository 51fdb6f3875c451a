import { Injectable, UseInterceptors, applyDecorators } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { IsInt, IsISO8601, Matches, Max, Min } from 'class-validator';
import { map } from 'rxjs';
import type { Observable } from 'rxjs';
import type { Schema } from './api-docs';
import { DATE, Optional, StrictInt } from './dto';
import { ProblemException } from './problem';

/**
 * Every list of the API pages the same way: `limit` and `offset` in the query, and the total and
 * the neighbouring pages in two headers (`X-Total-Count`, and RFC 8288 `Link` with rel next, prev,
 * first, last). Lists that answered with a bare array still do (the page's items), so clients
 * written before paging keep working; articles and statements keep their `{items, total, limit,
 * offset}` envelope and send the same headers.
 */
export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export const TOTAL_HEADER = 'X-Total-Count';
/** What a browser on another origin may read of a list answer (CORS). */
export const PAGE_HEADERS = [TOTAL_HEADER, 'Link'] as const;

/** `limit`: 1..max, `default` when absent. */
export const LimitProperty = (defaultLimit: number, max: number): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: max, default: defaultLimit }),
    Optional(),
    StrictInt(),
    IsInt(),
    Min(1),
    Max(max),
  );

/** `offset`: how many items to skip, 0 when absent. */
export const OffsetProperty = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 0, default: 0 }),
    Optional(),
    StrictInt(),
    IsInt(),
    Min(0),
  );

/** `from` / `to`: a calendar date, inclusive. */
export const DateBound = (description: string): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ example: '2025-11-21', description }),
    Optional(),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar date' }),
    Matches(DATE, { message: '$property must be a YYYY-MM-DD date' }),
  );

/** A date range whose end comes before its start is a mistake, not an empty list. */
export function checkDateRange(from: string | undefined, to: string | undefined): void {
  if (from !== undefined && to !== undefined && to < from) {
    throw ProblemException.invalid('to', `to (${to}) is before from (${from}).`);
  }
}

/** The page asked for, with the list's default limit. */
export const pageOf = (
  q: { readonly limit?: number; readonly offset?: number },
  defaultLimit: number,
): { limit: number; offset: number } => ({
  limit: q.limit ?? defaultLimit,
  offset: q.offset ?? 0,
});

/** The request's own URL with another offset: relative, so it is right behind any proxy. */
function pageUrl(req: Request, offset: number, limit: number): string {
  const url = new URL(req.originalUrl, 'http://localhost');
  url.searchParams.set('offset', String(offset));
  url.searchParams.set('limit', String(limit));
  return `${url.pathname}${url.search}`;
}

export function setPageHeaders(req: Request, res: Response, page: Page<unknown>): void {
  const { total, limit, offset } = page;
  res.setHeader(TOTAL_HEADER, String(total));
  const last = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  const links: [string, number][] = [['first', 0]];
  if (offset > 0) links.push(['prev', Math.max(0, Math.min(offset - limit, last))]);
  if (offset + limit < total) links.push(['next', offset + limit]);
  links.push(['last', last]);
  res.setHeader(
    'Link',
    links.map(([rel, at]) => `<${pageUrl(req, at, limit)}>; rel="${rel}"`).join(', '),
  );
}

@Injectable()
class PageInterceptor implements NestInterceptor {
  public constructor(private readonly body: 'items' | 'page') {}

  public intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    return next.handle().pipe(
      map((page: Page<unknown>) => {
        setPageHeaders(http.getRequest<Request>(), http.getResponse<Response>(), page);
        return this.body === 'items' ? page.items : page;
      }),
    );
  }
}

const PAGE_RESPONSE_HEADERS = {
  [TOTAL_HEADER]: {
    description: 'How many items the list has with these filters, on every page',
    schema: { type: 'integer' },
  },
  Link: {
    description: 'RFC 8288 links to the first, prev, next and last pages (relative URLs)',
    schema: { type: 'string' },
  },
} as const;

/**
 * A paged list route: the handler returns a Page; the answer is its items (`body: 'items'`, a
 * bare JSON array) or the whole envelope (`'page'`), with the paging headers either way.
 */
export function Paged(
  body: 'items' | 'page',
  description: string,
  item: Schema,
  example: unknown,
): MethodDecorator {
  const schema: Schema =
    body === 'items'
      ? { type: 'array', items: item }
      : {
          type: 'object',
          required: ['items', 'total', 'limit', 'offset'],
          properties: {
            items: { type: 'array', items: item },
            total: { type: 'integer' },
            limit: { type: 'integer' },
            offset: { type: 'integer' },
          },
        };
  return applyDecorators(
    UseInterceptors(new PageInterceptor(body)),
    ApiResponse({
      status: 200,
      description,
      headers: PAGE_RESPONSE_HEADERS,
      content: { 'application/json': { schema, example } },
    }),
  );
}
