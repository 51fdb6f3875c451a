/**
 * Why an input was refused. The codes are a stable contract (the CLI, and later the API, map
 * them to messages and status codes); the message says what was wrong and what to do.
 */
export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-utf8'
  | 'type-mismatch'
  | 'unsupported'
  | 'corrupt'
  | 'encrypted'
  | 'zip-bomb'
  | 'invalid-json'
  | 'no-clauses'
  /** Elements nested past IMPORT_LIMITS.maxNestingDepth (HTML or a DOCX's XML). */
  | 'too-deep'
  /** Past a structural limit: pages, runs per line, an XML part's size, the worker's heap. */
  | 'too-complex'
  /** Parsing did not finish within IMPORT_LIMITS.timeoutMs. */
  | 'timeout';

export class ImportError extends Error {
  public override readonly name = 'ImportError';
  constructor(
    public readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
