import { join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { loadCorpus } from '../../corpus/corpus';
import { projectRoot } from '../../lib/project-root';
import { SeedRepository, type SeedReport } from './seed.repository';

/** The corpus the service ships with: the 2025 Ukraine plan versions, positions and sources. */
export const DEFAULT_CORPUS_DIR = join(projectRoot(), 'fixtures', 'plans', 'ukraine-2025');
const SEEDER = { tokenId: 'seed' };

@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('seed');

  public constructor(private readonly seeds: SeedRepository) {}

  /** An empty database gets the real corpus on first start, so a user sees real answers at once. */
  public async onApplicationBootstrap(): Promise<void> {
    if (await this.seeds.hasPlans()) return;
    const report = await this.seed();
    this.logger.log(describeSeed(report));
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
