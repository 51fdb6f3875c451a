import { Injectable } from '@nestjs/common';
import { ProblemException } from '../../common/problem';
import { AnalysisService } from '../analysis/analysis.service';
import {
  trajectoryView,
  versionBracketsView,
  type TrajectoryView,
  type VersionBracketsView,
} from './brackets.view';

/**
 * Bracket readings of stored versions, from the plan snapshot the analyses already keep (reused
 * until the next commit), so a trajectory over many versions costs one database read.
 */
@Injectable()
export class BracketsService {
  /** Keyed by the snapshot object: a new commit gives a new snapshot, and the old entry goes. */
  private readonly trajectories = new WeakMap<object, TrajectoryView>();

  public constructor(private readonly analysis: AnalysisService) {}

  public async version(plan: string, version: string): Promise<VersionBracketsView> {
    const corpus = await this.analysis.snapshot(plan);
    const v = corpus.versions.find((x) => x.slug === version);
    if (v === undefined) {
      throw ProblemException.notFound(`No version "${version}" in plan "${plan}".`);
    }
    return versionBracketsView(corpus.plan.slug, v);
  }

  public async trajectory(plan: string): Promise<TrajectoryView> {
    const corpus = await this.analysis.snapshot(plan);
    let found = this.trajectories.get(corpus);
    if (found === undefined) {
      found = trajectoryView(corpus);
      this.trajectories.set(corpus, found);
    }
    return found;
  }
}
