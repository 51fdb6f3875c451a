// Compile-time guard: the row and enum types of the two generated clients must be identical, so
// values read through the PostgreSQL client (cast to Db in client.ts) flow through the same code.
// Input/argument types are NOT identical (PostgreSQL adds e.g. `mode: 'insensitive'`), which is
// why the app only uses features both providers have.
import type * as L from '../generated/prisma-sqlite/client';
import type * as P from '../generated/prisma-pg/client';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<T extends true> = T;

export type ClientCompat = [
  Check<Same<L.Plan, P.Plan>>,
  Check<Same<L.Version, P.Version>>,
  Check<Same<L.VersionParent, P.VersionParent>>,
  Check<Same<L.Clause, P.Clause>>,
  Check<Same<L.ClauseSource, P.ClauseSource>>,
  Check<Same<L.ClauseLink, P.ClauseLink>>,
  Check<Same<L.LinkSource, P.LinkSource>>,
  Check<Same<L.Party, P.Party>>,
  Check<Same<L.Actor, P.Actor>>,
  Check<Same<L.Position, P.Position>>,
  Check<Same<L.PositionSource, P.PositionSource>>,
  Check<Same<L.Source, P.Source>>,
  Check<Same<L.ApiToken, P.ApiToken>>,
  Check<Same<L.AuditEvent, P.AuditEvent>>,
  Check<Same<L.Basis, P.Basis>>,
  Check<Same<L.ClauseStatus, P.ClauseStatus>>,
  Check<Same<L.Stance, P.Stance>>,
  Check<Same<L.Role, P.Role>>,
];
