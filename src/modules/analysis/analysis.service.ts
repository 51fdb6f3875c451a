import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Corpus } from '../../corpus/corpus';
import { corpusBriefing } from '../../corpus/briefing';
import { corpusLineage, specificallyContested } from '../../corpus/lineage';
import type { Briefing, Family, Lineage } from '../../engine';
import {
  baselineMatrix,
  threeWay,
  topicRollups,
  type BaselineRow,
  type ThreeWayRow,
  type TopicRollup,
  renderLineageCsv,
} from '../../engine';
import { ProblemException } from '../../common/problem';
import { ChangeMemo, DB_CHANGES, UNTRACKED } from '../../db/changes';
import type { DbChanges } from '../../db/changes';
import { withBracketPositions } from '../../corpus/bracket-positions';
import { disputesResponse, type DisputesQuery, type DisputesResponse } from './disputes.view';
import { SnapshotRepository } from './snapshot.repository';

export type { DisputesResponse } from './disputes.view';

/** A plan's snapshot and what is derived from it, valid while the database shows no commit. */
interface Memo {
  readonly corpus: Corpus;
  lineage?: Lineage;
  briefing?: Briefing;
  /** The corpus plus the positions bracketed drafts state about themselves (grade A). */
  withText?: Corpus;
}

/** Plans whose snapshots are kept (the corpus of one plan is a few hundred KB). */
const MEMO_PLANS = 16;

/**
 * Analyses over a whole stored plan: the pure engine functions run on a snapshot of it. The
 * snapshot, its lineage and its briefing are reused until DB_CHANGES reports a commit (any
 * write, from any instance), as the comparison cache does: the dashboard asks for the same
 * plan's disputes, lineage and topics over and over.
 */
@Injectable()
export class AnalysisService {
  private readonly memos: ChangeMemo<Memo>;

  public constructor(
    private readonly snapshots: SnapshotRepository,
    @Optional() @Inject(DB_CHANGES) changes: DbChanges = UNTRACKED,
  ) {
    this.memos = new ChangeMemo(changes, MEMO_PLANS);
  }

  public async snapshot(plan: string): Promise<Corpus> {
    return (await this.memo(plan)).corpus;
  }

  private memo(plan: string): Promise<Memo> {
    return this.memos.get(plan, async () => {
      const corpus = await this.snapshots.load(plan);
      if (corpus === null) throw ProblemException.notFound(`No plan "${plan}".`);
      return { corpus };
    });
  }

  private async lineageOf(plan: string): Promise<{ corpus: Corpus; lineage: Lineage }> {
    const memo = await this.memo(plan);
    memo.lineage ??= corpusLineage(memo.corpus);
    return { corpus: memo.corpus, lineage: memo.lineage };
  }

  public async disputes(
    plan: string,
    version: string,
    query: DisputesQuery = { offset: 0, limit: 200 },
  ): Promise<DisputesResponse> {
    const memo = await this.memo(plan);
    if (!memo.corpus.versions.some((v) => v.slug === version)) {
      throw ProblemException.notFound(`No version "${version}" in plan "${plan}".`);
    }
    memo.withText ??= withBracketPositions(memo.corpus);
    return disputesResponse(memo.withText, version, query);
  }

  /** Clause families × versions, optionally relative to a baseline; CSV for spreadsheets. */
  public async lineage(
    plan: string,
    baseline?: string,
  ): Promise<{ lineage: Lineage; rows?: BaselineRow[] }> {
    const { corpus, lineage } = await this.lineageOf(plan);
    if (baseline === undefined) return { lineage };
    this.requireVersions(corpus, plan, [baseline]);
    return { lineage, rows: baselineMatrix(lineage, baseline) };
  }

  public async lineageCsv(plan: string, baseline?: string): Promise<string> {
    const { lineage, rows } = await this.lineage(plan, baseline);
    return renderLineageCsv(lineage, rows);
  }

  public async threeWay(
    plan: string,
    base: string,
    a: string,
    b: string,
  ): Promise<{ base: string; a: string; b: string; families: ThreeWayRow[] }> {
    const { corpus, lineage } = await this.lineageOf(plan);
    this.requireVersions(corpus, plan, [base, a, b]);
    return { base, a, b, families: threeWay(lineage, base, a, b) };
  }

  public async topics(plan: string): Promise<TopicRollup[]> {
    const { corpus, lineage } = await this.lineageOf(plan);
    return topicRollups(
      lineage,
      Object.fromEntries(corpus.versions.map((v) => [v.slug, v.parents])),
      specificallyContested(corpus),
    );
  }

  public async topic(plan: string, topic: string): Promise<TopicRollup> {
    const found = (await this.topics(plan)).find((t) => t.topic === topic);
    if (found === undefined) {
      throw ProblemException.notFound(`No clause of plan "${plan}" has topic "${topic}".`);
    }
    return found;
  }

  /** One clause's journey: its family across every version, with the positions on each step. */
  public async history(
    plan: string,
    version: string,
    label: string,
  ): Promise<{ family: Family; positions: Corpus['positions'][number][] }> {
    const { corpus, lineage } = await this.lineageOf(plan);
    this.requireVersions(corpus, plan, [version]);
    const family = lineage.families.find((f) =>
      f.cells.some((c) => c.version === version && c.labels.includes(label)),
    );
    if (family === undefined) {
      throw ProblemException.notFound(`No clause "${label}" in version "${version}".`);
    }
    const members = new Set(family.cells.flatMap((c) => c.labels.map((l) => `${c.version}:${l}`)));
    const positions = corpus.positions.filter((p) =>
      [...(p.target.labels ?? []), ...(p.target.label !== undefined ? [p.target.label] : [])].some(
        (l) => members.has(`${p.version}:${l}`),
      ),
    );
    return { family, positions };
  }

  /** The plandiff.briefing/v1 export of the whole plan. */
  public async export(plan: string, generatedAt: string): Promise<Briefing> {
    const memo = await this.memo(plan);
    memo.briefing ??= corpusBriefing(memo.corpus, generatedAt);
    return { ...memo.briefing, generatedAt };
  }

  private requireVersions(corpus: Corpus, plan: string, slugs: readonly string[]): void {
    for (const slug of slugs) {
      if (!corpus.versions.some((v) => v.slug === slug)) {
        throw ProblemException.notFound(`No version "${slug}" in plan "${plan}".`);
      }
    }
  }
}
