import type { TestApp } from './e2e';

export interface Route {
  method: string;
  path: string;
}

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Every route the Express router knows (Express 5 keeps them in app.router.stack). */
export function routesOf(t: TestApp): Route[] {
  const instance = t.app.getHttpAdapter().getInstance() as {
    router?: { stack: Layer[] };
    _router?: { stack: Layer[] };
  };
  const stack = (instance.router ?? instance._router)?.stack ?? [];
  return stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods)
          .filter((m) => m !== '_all')
          .map((m) => ({ method: m.toUpperCase(), path: layer.route!.path }))
      : [],
  );
}

/** A concrete path for a route pattern (`:id` → 1, other parameters → x). */
export const concrete = (path: string): string =>
  path.replace(/:id\b/g, '1').replace(/:[A-Za-z]+/g, 'x');

/** The routes that change state. */
export const writeRoutes = (t: TestApp): Route[] =>
  routesOf(t).filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
