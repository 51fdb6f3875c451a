import { Injectable } from '@nestjs/common';
import type { Corpus } from '../../corpus/corpus';
import { corpusDisputes } from '../../corpus/disputes';
import type { ClauseDispute } from '../../engine/disputes';
import { ProblemException } from '../../common/problem';
import { SnapshotRepository } from './snapshot.repository';

export interface DisputesResponse {
  readonly plan: string;
  readonly version: string;
  readonly clauses: readonly (ClauseDispute & {
    readonly text: string;
    readonly topics: readonly string[];
    /** The positions behind the parties' stances, with quotes and sources. */
    readonly positions: readonly Corpus['positions'][number][];
  })[];
}

/** Analyses over a whole stored plan: the pure engine functions run on a snapshot of it. */
@Injectable()
export class AnalysisService {
  public constructor(private readonly snapshots: SnapshotRepository) {}

  public async snapshot(plan: string): Promise<Corpus> {
    const corpus = await this.snapshots.load(plan);
    if (corpus === null) throw ProblemException.notFound(`No plan "${plan}".`);
    return corpus;
  }

  public async disputes(plan: string, version: string): Promise<DisputesResponse> {
    const corpus = await this.snapshot(plan);
    const stored = corpus.versions.find((v) => v.slug === version);
    if (stored === undefined) {
      throw ProblemException.notFound(`No version "${version}" in plan "${plan}".`);
    }
    const byId = new Map(corpus.positions.map((p) => [p.id, p]));
    return {
      plan,
      version,
      clauses: corpusDisputes(corpus, version).map((d) => {
        const clause = stored.clauses.find((c) => c.label === d.label)!;
        const ids = [...new Set(d.parties.flatMap((p) => p.positions))];
        return {
          ...d,
          text: clause.text,
          topics: clause.topics,
          positions: ids.map((id) => byId.get(id)!),
        };
      }),
    };
  }
}
