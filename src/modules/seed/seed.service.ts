import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { loadCorpus } from '../../corpus/corpus';
import { projectRoot } from '../../lib/project-root';
import { isUniqueViolation } from '../../db/retry';
import { SeedRepository, type SeedReport } from './seed.repository';

/** The corpus the service ships with: the 2025 Ukraine plan versions, positions and sources. */
export const DEFAULT_CORPUS_DIR = join(projectRoot(), 'fixtures', 'plans', 'ukraine-2025');
const SEEDER = { tokenId: 'seed' };
const SEED_ATTEMPTS = 10;

/**
 * A write that lost a race and may succeed when run again: a unique violation (Prisma P2002),
 * a write conflict or deadlock (P2034; PostgreSQL 40001/40P01), SQLite busy or locked, or a
 * transaction or operation that timed out waiting for a lock (P2028, P1008).
 */
export function isTransientConflict(err: unknown): boolean {
  if (isUniqueViolation(err)) return true;
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    code?: unknown;
    message?: unknown;
  };
  if (e.code === 'P2034' || e.code === 'P2028' || e.code === 'P1008') return true;
  const text = `${String(e.code)} ${String(e.message)}`;
  return /SQLITE_BUSY|SQLITE_LOCKED|database is locked|timed out|40001|40P01|deadlock|could not serialize/iu.test(
    text,
  );
}

@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('seed');

  public constructor(private readonly seeds: SeedRepository) {}

  /**
   * An empty database gets the real corpus on first start, so a user sees real answers at once.
   * Several instances may start together on one fresh database: they all see no plans and all
   * seed. Seeding is idempotent (it finds what is stored and adds what is missing), so the one
   * that loses a race (a unique key another just committed, or SQLite's write lock) simply runs
   * again and finds the winner's rows, instead of exiting.
   */
  public async onApplicationBootstrap(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      // Checked on every attempt: the instance that won the race has committed the whole corpus.
      if (await this.seeds.hasPlans()) return;
      try {
        const report = await this.seed();
        this.logger.log(describeSeed(report));
        return;
      } catch (err) {
        if (attempt >= SEED_ATTEMPTS || !isTransientConflict(err)) throw err;
        this.logger.log(`seeding raced another instance; retrying (attempt ${attempt + 1})`);
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt + Math.random() * 300));
      }
    }
  }

  public seed(dir = DEFAULT_CORPUS_DIR): Promise<SeedReport> {
    return this.seeds.seed(loadCorpus(dir), SEEDER);
  }
}

export function describeSeed(r: SeedReport): string {
  const differing =
    r.versions.differing.length > 0
      ? `; stored versions differ from the corpus: ${r.versions.differing.join(', ')}`
      : '';
  return (
    `plan ${r.plan}; versions: ${r.versions.created} created, ${r.versions.unchanged} unchanged; ` +
    `links: ${r.links.created} created, ${r.links.unchanged} unchanged; ` +
    `positions: ${r.positions.created} created, ${r.positions.unchanged} unchanged; ${r.sources} sources${differing}`
  );
}
