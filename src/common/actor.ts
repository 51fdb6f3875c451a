/**
 * Who may do what, and who did it: shared by the auth guard, the audit trail and every module
 * that writes, so none of them has to import another module's repository for a type.
 */

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who did a write: the token id, or `cli` for local commands; the token's role when known. */
export interface Actor {
  readonly tokenId: string;
  /** Set for API callers: a route may allow an editor what it allows an admin, on their own records. */
  readonly role?: Role;
}

const ROLE_RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export const roleAtLeast = (role: Role, needed: Role): boolean =>
  ROLE_RANK[role] >= ROLE_RANK[needed];

/** A verified caller: the token behind a request. */
export interface Caller {
  readonly id: string;
  readonly role: Role;
}

/**
 * Verifies bearer tokens for the auth guard. The tokens module provides it under
 * TOKEN_VERIFIER, so the guard (below the modules) does not import the module.
 */
export interface TokenVerifier {
  verify(bearer: string): Promise<Caller | null>;
}

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');
