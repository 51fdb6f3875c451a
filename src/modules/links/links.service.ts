import { Injectable } from '@nestjs/common';
import { ProblemException, problem } from '../../common/problem';
import type { Actor } from '../../common/actor';
import { pageOf } from '../../common/paging';
import type { Page } from '../../common/paging';
import { FORBID, JOINING } from '../../engine';
import { PlansService } from '../plans/plans.service';
import { LINK_PAGE } from './links.dto';
import type { CreateLinkDto, LinkEndDto, LinkQueryDto } from './links.dto';
import { LinksRepository } from './links.repository';
import type { LinkRecord } from './links.repository';

@Injectable()
export class LinksService {
  public constructor(
    private readonly plans: PlansService,
    private readonly links: LinksRepository,
  ) {}

  public async list(plan: string, q: LinkQueryDto = {}): Promise<Page<LinkRecord>> {
    const planId = await this.plans.requireId(plan);
    if (q.version !== undefined) await this.plans.requireVersion(planId, q.version);
    const { limit, offset, ...filters } = q;
    return this.links.list(planId, { ...filters, ...pageOf({ limit, offset }, LINK_PAGE.default) });
  }

  public async create(plan: string, dto: CreateLinkDto, actor: Actor): Promise<LinkRecord> {
    const planId = await this.plans.requireId(plan);
    const from = await this.resolve(planId, plan, dto.from, 'from');
    const to = await this.resolve(planId, plan, dto.to, 'to');
    if (from.clauseId === null && to.clauseId === null) {
      throw ProblemException.invalid('from.label', 'A link needs a clause on at least one side.');
    }
    if (dto.kind === FORBID && (from.clauseId === null || to.clauseId === null)) {
      throw ProblemException.invalid(
        from.clauseId === null ? 'from.label' : 'to.label',
        'A "forbid" link names a clause on both sides: the two that are not the same.',
      );
    }
    if (from.clauseId !== null && to.clauseId !== null) {
      await this.refuseContradiction(planId, dto, from.clauseId, to.clauseId);
    }
    return this.links.create(
      planId,
      {
        fromVersionId: from.versionId,
        toVersionId: to.versionId,
        fromClauseId: from.clauseId,
        toClauseId: to.clauseId,
        kind: dto.kind,
        evidence: dto.evidence ?? null,
        confidence: dto.confidence ?? null,
        sources: dto.sources ?? [],
      },
      actor,
      plan,
    );
  }

  /**
   * An admin removes any link; an editor only the links their own token created (a pin or a
   * forbid they regret), so curating from the dashboard can be undone without an admin while
   * the seeded curation and colleagues' links stay as recorded (docs/api.md, Access control).
   */
  public async delete(plan: string, id: number, actor: Actor): Promise<void> {
    const planId = await this.plans.requireId(plan);
    const outcome = await this.links.delete(planId, id, actor, plan, actor.role !== 'admin');
    if (outcome === 'missing') throw ProblemException.notFound(`No link ${id} in plan "${plan}".`);
    if (outcome === 'not-owner') {
      throw new ProblemException(
        problem(
          403,
          'forbidden',
          `Link ${id} was not created with this token: an editor removes only their own links; ask an admin.`,
        ),
      );
    }
  }

  /**
   * A pin and a forbid of the same pair contradict each other: refused (409) rather than
   * resolved silently, so the analyst removes the one they no longer mean first.
   */
  private async refuseContradiction(
    planId: number,
    dto: CreateLinkDto,
    fromClauseId: number,
    toClauseId: number,
  ): Promise<void> {
    const kinds = await this.links.kindsBetween(planId, fromClauseId, toClauseId);
    const pair = `${dto.from.version}:${dto.from.label} → ${dto.to.version}:${dto.to.label}`;
    if (dto.kind === FORBID && kinds.includes(FORBID)) {
      throw ProblemException.conflict(`${pair} is already forbidden.`);
    }
    if (dto.kind === FORBID && kinds.some((k) => JOINING.has(k))) {
      throw ProblemException.conflict(
        `${pair} is linked as the same clause (${kinds.filter((k) => JOINING.has(k)).join(', ')}); remove that link before forbidding it.`,
      );
    }
    if (JOINING.has(dto.kind) && kinds.includes(FORBID)) {
      throw ProblemException.conflict(
        `${pair} is forbidden (not the same clause); remove the forbid before linking it as ${dto.kind}.`,
      );
    }
  }

  private async resolve(
    planId: number,
    plan: string,
    end: LinkEndDto,
    side: 'from' | 'to',
  ): Promise<{ versionId: number; clauseId: number | null }> {
    const version = await this.links.versionClauses(planId, end.version);
    if (!version) throw ProblemException.notFound(`No version "${end.version}" in plan "${plan}".`);
    if (end.label === undefined) return { versionId: version.id, clauseId: null };
    const clauseId = version.clauses.get(end.label);
    if (clauseId === undefined) {
      throw ProblemException.invalid(
        `${side}.label`,
        `Version "${end.version}" has no clause "${end.label}".`,
      );
    }
    return { versionId: version.id, clauseId };
  }
}
