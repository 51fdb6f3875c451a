import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor, Role, TokenVerifier } from '../../common/actor';
import { TokensRepository } from './tokens.repository';
import type { TokenRecord } from './tokens.repository';

const PREFIX = 'pd_';

/**
 * Tokens are 32 random bytes, so a plain SHA-256 is enough to store them: there is nothing to
 * brute-force, unlike a password, and lookups stay one indexed query per request.
 */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

@Injectable()
export class TokensService implements TokenVerifier {
  public constructor(private readonly tokens: TokensRepository) {}

  /** Returns the secret once; only its hash is stored. */
  public async create(
    role: Role,
    label: string | null,
    actor: Actor,
  ): Promise<{ token: string; record: TokenRecord }> {
    const id = randomBytes(6).toString('hex');
    const token = `${PREFIX}${id}_${randomBytes(32).toString('base64url')}`;
    const record = await this.tokens.create({ id, hash: hashToken(token), role, label, actor });
    return { token, record };
  }

  public revoke(id: string, actor: Actor): Promise<boolean> {
    return this.tokens.revoke(id, actor);
  }

  public list(): Promise<TokenRecord[]> {
    return this.tokens.list();
  }

  /** The active token for a bearer string, or null (unknown, revoked, malformed). */
  public async verify(bearer: string): Promise<TokenRecord | null> {
    if (!bearer.startsWith(PREFIX) || bearer.length > 200) return null;
    return this.tokens.findActiveByHash(hashToken(bearer));
  }
}
