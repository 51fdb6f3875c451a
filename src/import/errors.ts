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
  | 'no-clauses';

export class ImportError extends Error {
  public override readonly name = 'ImportError';
  constructor(
    public readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
