import { EngineError } from './errors';

/**
 * Bounds on every entry point, so a hostile or accidental input fails fast with an EngineError
 * instead of running for minutes. Defaults fit the largest texts the bench exercises (10,000
 * clauses, ~3 MB per side). maxClauses is the one clause limit of the project: the API's DTO
 * and docs/schemas/version.v1.json use the same number (test/limits.spec.ts holds them to it).
 */
export interface EngineLimits {
  /** Characters per version text before segmentation. */
  readonly maxChars: number;
  /** Clauses per version. */
  readonly maxClauses: number;
  /** Characters in one clause. */
  readonly maxClauseChars: number;
  /** Edit length searched per clause pair by the word diff; beyond it the pair is shown as delete + insert. */
  readonly maxEditLength: number;
  /**
   * Steps (diagonals visited plus tokens compared) the word diff may spend on one clause pair
   * before the same fallback. A count rather than a clock, so a redline never depends on machine
   * load; 20 million steps take roughly 40–100 ms on the project machine.
   */
  readonly diffMaxSteps: number;
  /** Largest connected component solved optimally; bigger ones fall back to greedy assignment. */
  readonly maxAssignmentComponent: number;
}

export const DEFAULT_LIMITS: EngineLimits = {
  maxChars: 20_000_000,
  maxClauses: 10_000,
  maxClauseChars: 100_000,
  maxEditLength: 2_000,
  diffMaxSteps: 20_000_000,
  maxAssignmentComponent: 400,
};

export function resolveLimits(partial?: Partial<EngineLimits>): EngineLimits {
  const limits = { ...DEFAULT_LIMITS, ...partial };
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0) {
      throw new EngineError('invalid-option', `limit ${key} must be a positive number`);
    }
  }
  return limits;
}
