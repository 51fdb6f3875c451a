import type { Response } from 'express';

/** A response whose status, headers and body a service decided (content negotiation, 304s). */
export interface Representation {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Text, or the bytes of a binary report (DOCX, PDF). */
  readonly body: string | Buffer;
}

export function send(res: Response, r: Representation): void {
  res.status(r.status).set(r.headers);
  if (r.status === 304) res.end();
  else res.send(r.body);
}
