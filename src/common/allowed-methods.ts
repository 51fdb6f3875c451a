import type { Request } from 'express';

/**
 * The methods a path answers to, for 405 instead of 404 when the path exists. Read from the
 * Express router Nest registered its routes on.
 */
export function allowedMethods(req: Request): string[] {
  const router = (req.app as unknown as { router?: { stack?: unknown[] } }).router;
  const methods = new Set<string>();
  for (const layer of (router?.stack ?? []) as RouterLayer[]) {
    if (layer.route === undefined || !layer.match(req.path)) continue;
    for (const [m, on] of Object.entries(layer.route.methods)) if (on) methods.add(m.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

interface RouterLayer {
  route?: { methods: Record<string, boolean> };
  match(path: string): boolean;
}
