import { Injectable } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor, PipeTransform } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

/** The query of a route that takes none: every parameter is unknown. */
export class NoQueryDto {}

/**
 * Unknown query parameters are refused, as unknown body fields are. On a route with a query DTO
 * the validation pipe does that (forbidNonWhitelisted); a route without one never hands its
 * query to the pipe, so `?fromat=pdf` or `?limit=5` on a list that does not page would be
 * silently ignored and the client would believe it was honoured. This interceptor gives such
 * routes' queries to the same pipe against an empty DTO: 400 validation-failed naming each
 * parameter, in the one problem shape. Routes that declare `@Query()` are left to their DTO.
 */
@Injectable()
export class UnknownQueryInterceptor implements NestInterceptor {
  private readonly declared = new WeakMap<object, boolean>();

  public constructor(private readonly validation: PipeTransform) {}

  public async intercept(
    context: ExecutionContext,
    next: CallHandler,
  ): Promise<Observable<unknown>> {
    if (context.getType() === 'http' && !this.takesQuery(context)) {
      const query = context.switchToHttp().getRequest<Request>().query;
      if (Object.keys(query).length > 0) {
        await this.validation.transform(query, { type: 'query', metatype: NoQueryDto });
      }
    }
    return next.handle();
  }

  /** Whether the handler has a `@Query()` parameter (read once per handler from Nest's metadata). */
  private takesQuery(context: ExecutionContext): boolean {
    const handler = context.getHandler();
    let known = this.declared.get(handler);
    if (known === undefined) {
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), handler.name) ??
        {}) as Record<string, unknown>;
      known = Object.keys(args).some((key) => key.split(':')[0] === String(RouteParamtypes.QUERY));
      this.declared.set(handler, known);
    }
    return known;
  }
}
