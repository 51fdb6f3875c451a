import { Inject, Injectable, SetMetadata, createParamDecorator } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import { TOKEN_VERIFIER, roleAtLeast } from './actor';
import type { Actor, Caller, Role, TokenVerifier } from './actor';
import { ProblemException, problem } from './problem';

const ROLE_KEY = 'plandiff:role';

/** Raises the role a route needs above the default (viewer for reads, editor for writes). */
export const RequireRole = (role: Role): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLE_KEY, role);

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

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
    const write = !SAFE_METHODS.has(req.method.toUpperCase());
    const needed =
      this.reflector.getAllAndOverride<Role | undefined>(ROLE_KEY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? (write ? 'editor' : this.config.requireReadToken ? 'viewer' : undefined);
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
  return { tokenId: token?.id ?? 'anonymous' };
});
