import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { projectRoot } from '../lib/project-root';

/**
 * The static files are served from the source tree (tsc copies no assets into dist/), so the
 * dashboard works after `npm ci && npm start` with no extra build step.
 */
export const DASHBOARD_DIR = join(projectRoot(), 'src', 'dashboard', 'public');

/**
 * The dashboard needs nothing from another origin and no inline code, so its pages get a strict
 * policy even though the API's Swagger UI (which needs inline scripts) cannot have one.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Browser builds of the charting libraries, served from node_modules so the dashboard never asks
 * another origin for code. d3-sankey 0.12 ships a UMD build that reads d3-array and d3-shape from
 * the global `d3`; its own (older) copies sit in its nested node_modules, so paths resolve from
 * there. A fixed allow-list: nothing else under node_modules is reachable.
 */
function vendorFiles(): Map<string, string> {
  const sankey = dirname(require.resolve('d3-sankey/package.json'));
  const nested = (name: string): string => {
    const local = join(sankey, 'node_modules', name);
    const dir = existsSync(local) ? local : dirname(require.resolve(`${name}/package.json`));
    return join(dir, 'dist', `${name}.min.js`);
  };
  return new Map([
    ['internmap.js', nested('internmap')],
    ['d3-array.js', nested('d3-array')],
    ['d3-path.js', nested('d3-path')],
    ['d3-shape.js', nested('d3-shape')],
    ['d3-sankey.js', join(sankey, 'dist', 'd3-sankey.min.js')],
  ]);
}

/** History-API deep links: every client route is answered with the same shell page. */
const CLIENT_ROUTE = /^\/(?:plans(?:\/.*)?|search)?\/?$/;

/**
 * Mounts the browser dashboard: `/assets/*` and the client routes (`/`, `/plans/...`,
 * `/search`). Anything under `/api` is left to Nest, so unknown API paths keep their JSON 404s.
 */
export function mountDashboard(app: NestExpressApplication, dir = DASHBOARD_DIR): void {
  const csp = (_req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
    next();
  };
  app.use('/assets', csp);
  const vendor = vendorFiles();
  app.use('/assets/vendor', (req: Request, res: Response, next: NextFunction) => {
    const file = vendor.get(req.path.replace(/^\//, ''));
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('application/javascript');
    res.sendFile(file);
  });
  app.useStaticAssets(dir, { prefix: '/assets/', index: false, fallthrough: true, maxAge: 0 });
  const shell = join(dir, 'index.html');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !CLIENT_ROUTE.test(req.path)) {
      return next();
    }
    res.setHeader('Content-Security-Policy', DASHBOARD_CSP);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(shell);
  });
}
