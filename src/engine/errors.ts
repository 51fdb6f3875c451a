/** Why the engine refused an input. Transport layers map these codes to their own errors. */
export type EngineErrorCode =
  | 'input-too-large'
  | 'too-many-clauses'
  | 'clause-too-long'
  | 'no-clauses'
  | 'invalid-override'
  | 'invalid-option';

/** A refusal with a stable code; never thrown for a bug, only for input the engine will not take. */
export class EngineError extends Error {
  public override readonly name = 'EngineError';

  public constructor(
    public readonly code: EngineErrorCode,
    message: string,
  ) {
    super(message);
  }
}
