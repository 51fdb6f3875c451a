import { Injectable } from '@nestjs/common';
import { ProblemException } from '../../common/problem';
import type { Actor } from '../../common/actor';
import { pageOf } from '../../common/paging';
import type { Page } from '../../common/paging';
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

  public async delete(plan: string, id: number, actor: Actor): Promise<void> {
    const planId = await this.plans.requireId(plan);
    if (!(await this.links.delete(planId, id, actor, plan))) {
      throw ProblemException.notFound(`No link ${id} in plan "${plan}".`);
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
