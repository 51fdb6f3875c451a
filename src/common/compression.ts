import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Formats that are compressed already: a PDF's streams are deflated and a DOCX is a zip, so gzip
 * or brotli would spend CPU to save next to nothing. (`compressible` already says no to most of
 * these; the list makes the decision visible and independent of its database.)
 */
const PACKED =
  /^(application\/(pdf|zip|gzip|x-7z-compressed|vnd\.openxmlformats-officedocument\.[\w.-]+)|image\/(png|jpeg|gif|webp))\b/i;

/**
 * gzip or brotli, as the client's Accept-Encoding prefers (`compression`, the Express project's
 * middleware: negotiation, Vary, HEAD and 304 handling we would otherwise have to write), for
 * every text answer over 1 KB: JSON and problem+json, HTML, Markdown, CSV and the dashboard's
 * scripts and styles. The disputes and briefing answers shrink four- to sevenfold (docs/api.md).
 */
export function compressResponses(): RequestHandler {
  const compress = compression({ threshold: 1024, filter: shouldCompress });
  // The middleware wraps every response it sees (write, end, headers): a client that accepts no
  // encoding (curl, load balancers, autocannon) paid for it on every request, and the cached
  // compare fell from 2,085 to 1,272 requests/s. Such a client gets the bytes as they are, still
  // marked Vary so a shared cache never hands them to one that asked for gzip by mistake.
  return (req, res, next) => {
    if (req.headers['accept-encoding'] !== undefined) return compress(req, res, next);
    res.vary('Accept-Encoding');
    next();
  };
}

/** True for an answer worth compressing: a text type that is not packed already. */
export function shouldCompress(req: Request, res: Response): boolean {
  const type = String(res.getHeader('Content-Type') ?? '');
  if (PACKED.test(type)) return false;
  return compression.filter(req, res);
}
