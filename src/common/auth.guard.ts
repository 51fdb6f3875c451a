import { Inject, Injectable, Logger, SetMetadata, createParamDecorator } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import { TOKEN_VERIFIER, roleAtLeast } from './actor';
import type { Actor, Caller, Role, TokenVerifier } from './actor';
import { ProblemException, problem } from './problem';
import { sendProblem } from './problem.filter';

const ROLE_KEY = 'plandiff:role';

/** Raises the role a route needs above the default (viewer for reads, editor for writes). */
export const RequireRole = (role: Role): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLE_KEY, role);

/** Open even when reads need a token: liveness for load balancers, which returns no plan data. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(ROLE_KEY, 'public');

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The default role by method. Reads need nothing (or `viewer` with PLANDIFF_REQUIRE_READ_TOKEN),
 * writes `editor`, deletions `admin`: an editor adds to the record, only an admin removes from
 * it. The audit trail (who did what, with which token) is admin-only too (RequireRole).
 */
function defaultRole(method: string, requireReadToken: boolean): Role | undefined {
  if (method === 'DELETE') return 'admin';
  if (!SAFE_METHODS.has(method)) return 'editor';
  return requireReadToken ? 'viewer' : undefined;
}

interface AuthedRequest extends Request {
  token?: Caller;
}

/**
 * Global guard. The default comes from the HTTP method, not from a decorator, so a new write
 * route is protected even if its author forgets to annotate it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  public constructor(
    @Inject(TOKEN_VERIFIER) private readonly tokens: TokenVerifier,
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  public async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const declared = this.reflector.getAllAndOverride<Role | 'public' | undefined>(ROLE_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (declared === 'public') return true;
    const needed = declared ?? defaultRole(req.method.toUpperCase(), this.config.requireReadToken);
    if (needed === undefined) return true;
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    const token = bearer === undefined ? null : await this.tokens.verify(bearer);
    if (token === null) {
      throw new ProblemException(
        problem(
          401,
          'unauthorized',
          bearer === undefined ? 'A bearer token is required.' : 'The token is invalid or revoked.',
        ),
      );
    }
    if (!roleAtLeast(token.role, needed)) {
      throw new ProblemException(
        problem(403, 'forbidden', `This needs the ${needed} role; the token has ${token.role}.`),
      );
    }
    req.token = token;
    return true;
  }
}

/** The authenticated caller, for the audit trail (writes always have one). */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const token = ctx.switchToHttp().getRequest<AuthedRequest>().token;
  return token === undefined ? { tokenId: 'anonymous' } : { tokenId: token.id, role: token.role };
});

/**
 * The same bearer check for the routes Express serves outside Nest (Swagger UI and the OpenAPI
 * document), used when reads need a token.
 */
export function docsAuth(
  app: INestApplication,
): (req: Request, res: Response, next: NextFunction) => void {
  const tokens = app.get<TokenVerifier>(TOKEN_VERIFIER);
  const logger = new Logger('Http');
  return (req, res, next) => {
    // Swagger UI, its assets and every form of the document (`-json`, `-yaml` included).
    const docs = req.path.startsWith('/api/docs') || req.path.startsWith('/api/openapi');
    if (!docs) return next();
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    void (bearer === undefined ? Promise.resolve(null) : tokens.verify(bearer)).then((token) => {
      if (token !== null) return next();
      sendProblem(
        req,
        res,
        new ProblemException(problem(401, 'unauthorized', 'A bearer token is required.')),
        logger,
      );
    }, next);
  };
}
