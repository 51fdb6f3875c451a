import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root: the nearest folder above `from` with a package.json and a tsconfig.json
 * (works from src/ under ts-jest and from dist/ after the build). The one root finder: the
 * database's migrations, the corpus, the schemas and the dashboard are all found from it.
 */
export function projectRoot(from = __dirname): string {
  let dir = from;
  // tsc copies imported JSON (package.json, docs/schemas/*) into dist/, so those alone would
  // stop the walk there; tsconfig.json is never emitted.
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'tsconfig.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}
