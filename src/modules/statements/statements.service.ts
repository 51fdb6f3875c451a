import { Injectable } from '@nestjs/common';
import { checkDateRange, pageOf } from '../../common/paging';
import { ProblemException } from '../../common/problem';
import { ENGINE_VERSION, extractStatements } from '../../engine';
import type { StatementsResult } from '../../engine';
import { SnapshotRepository } from '../analysis/snapshot.repository';
import type { Actor } from '../../common/actor';
import type { Grade } from '../positions/positions.dto';
import { PositionsRepository } from '../positions/positions.repository';
import type { PositionRecord } from '../positions/positions.repository';
import { PlansService } from '../plans/plans.service';
import { REVIEW_PAGE } from './statements.dto';
import type { AcceptStatementDto, StatementQueryDto } from './statements.dto';
import { StatementsRepository } from './statements.repository';
import type { StatementForReview } from './statements.repository';
import type { Page, StatementRecord } from './statements.types';
import { extractionInput } from './registry';

/**
 * The engine version stored with each statement: re-extraction replaces proposed statements of
 * any other version. The extractor ships with the engine, so the engine's version names it.
 */
export const EXTRACTOR_VERSION = ENGINE_VERSION;

/**
 * The default evidence grade of a reviewed statement (docs/disputes.md): a direct quote in a
 * named outlet is A, the outlet's reported speech B, words with no named speaker C.
 */
export function defaultGrade(s: Pick<StatementRecord, 'speaker' | 'mode'>): Grade {
  if (s.speaker === null) return 'C';
  return s.mode === 'direct' ? 'A' : 'B';
}

@Injectable()
export class StatementsService {
  public constructor(
    private readonly plans: PlansService,
    private readonly statements: StatementsRepository,
    private readonly positions: PositionsRepository,
    private readonly snapshots: SnapshotRepository,
  ) {}

  /** Runs the extractor on an article's text against the plan as stored. Pure past the reads. */
  public async extract(
    planId: number,
    planSlug: string,
    text: string,
    date: string,
  ): Promise<StatementsResult> {
    const corpus = await this.snapshots.load(planSlug);
    if (corpus === null) throw ProblemException.notFound(`No plan "${planSlug}".`);
    const parties = await this.statements.partyNames(planId);
    return extractStatements(extractionInput(corpus, parties, text, date));
  }

  public async list(plan: string, q: StatementQueryDto): Promise<Page<StatementRecord>> {
    const planId = await this.plans.requireId(plan);
    checkDateRange(q.from, q.to);
    if (q.party !== undefined) await this.plans.requireParty(planId, q.party);
    const { limit, offset, ...filters } = q;
    return this.statements.list(planId, {
      ...filters,
      ...pageOf({ limit, offset }, REVIEW_PAGE.default),
    });
  }

  public async accept(
    plan: string,
    id: number,
    dto: AcceptStatementDto,
    actor: Actor,
  ): Promise<{ statement: StatementRecord; position: PositionRecord }> {
    const planId = await this.plans.requireId(plan);
    const found = await this.requireProposed(planId, plan, id);
    const s = found.statement;
    const speaker = dto.speaker ?? s.speaker;
    const party = dto.party !== undefined ? dto.party : s.party;
    const stored = speaker === null ? null : await this.positions.actorRole(planId, speaker);
    const role = dto.role ?? stored ?? s.role;
    if (party === null) {
      if (speaker === null) {
        throw ProblemException.invalid('speaker', 'Name the speaker or the party to accept this.');
      }
      if (role !== 'commentator') {
        throw ProblemException.invalid(
          'party',
          'Only a commentator speaks for no party: give the party, or role "commentator".',
        );
      }
    }
    const target = await this.target(planId, plan, s, dto);
    const grade = dto.grade ?? defaultGrade({ speaker, mode: s.mode });
    const a = found.article;
    return this.statements.accept(
      planId,
      id,
      {
        party,
        actor: speaker,
        actorRole: role === 'unknown' ? null : role,
        ...target,
        stance: dto.stance ?? s.stance,
        quote: s.quote,
        date: s.date ?? a.date,
        outlet: a.outlet,
        note: dto.note ?? null,
        grade,
        articleId: a.id,
        sources:
          a.url === null
            ? []
            : [
                {
                  url: a.url,
                  outlet: a.outlet,
                  title: a.title,
                  date: a.date,
                  language: a.language,
                },
              ],
      },
      actor,
      plan,
    );
  }

  public async reject(
    plan: string,
    id: number,
    reason: string,
    actor: Actor,
  ): Promise<StatementRecord> {
    const planId = await this.plans.requireId(plan);
    await this.requireProposed(planId, plan, id);
    return this.statements.reject(planId, id, reason.trim(), actor, plan);
  }

  private async requireProposed(
    planId: number,
    plan: string,
    id: number,
  ): Promise<StatementForReview> {
    const found = await this.statements.findForReview(planId, id);
    if (found === null) throw ProblemException.notFound(`No statement ${id} in plan "${plan}".`);
    if (found.statement.status !== 'proposed') {
      throw ProblemException.conflict(
        `Statement ${id} is already ${found.statement.status}; only proposed ones can be reviewed.`,
      );
    }
    return found;
  }

  /**
   * The position's target: the correction's, else the statement's own (its version, and its
   * best-matching clause when it names clauses). Without a version the position is plan-wide.
   */
  private async target(
    planId: number,
    plan: string,
    s: StatementRecord,
    dto: AcceptStatementDto,
  ): Promise<{
    versionId: number | null;
    clauseId: number | null;
    labels: string[];
    topic: string | null;
  }> {
    const t = dto.target;
    const version = t?.version !== undefined ? t.version : (s.target.version ?? null);
    const best = s.target.labels?.[0]?.label ?? null;
    const clause = t?.clause !== undefined ? t.clause : t?.version !== undefined ? null : best;
    const topic = t?.topic !== undefined ? t.topic : (s.target.topic ?? s.topics[0] ?? null);
    if (version === null) {
      if (clause !== null) {
        throw ProblemException.invalid('target.version', 'A clause target needs its version.');
      }
      return { versionId: null, clauseId: null, labels: [], topic };
    }
    const found = await this.positions.findTarget(planId, version, clause);
    if (found === 'no-version') {
      throw ProblemException.notFound(`No version "${version}" in plan "${plan}".`);
    }
    if (found === 'no-clause') {
      throw ProblemException.invalid(
        'target.clause',
        `Version "${version}" has no clause "${clause}".`,
      );
    }
    return { ...found, topic };
  }
}
