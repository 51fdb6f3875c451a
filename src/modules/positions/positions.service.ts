import { Injectable } from '@nestjs/common';
import { ProblemException } from '../../common/problem';
import type { Actor } from '../../common/actor';
import { checkDateRange, pageOf } from '../../common/paging';
import type { Page } from '../../common/paging';
import { PlansService } from '../plans/plans.service';
import { POSITION_PAGE } from './positions.dto';
import type { CreatePositionDto, PositionQueryDto } from './positions.dto';
import { PositionsRepository } from './positions.repository';
import type { PositionRecord } from './positions.repository';

@Injectable()
export class PositionsService {
  public constructor(
    private readonly plans: PlansService,
    private readonly positions: PositionsRepository,
  ) {}

  public async list(plan: string, q: PositionQueryDto = {}): Promise<Page<PositionRecord>> {
    const planId = await this.plans.requireId(plan);
    checkDateRange(q.from, q.to);
    if (q.party !== undefined) await this.plans.requireParty(planId, q.party);
    if (q.version !== undefined) await this.plans.requireVersion(planId, q.version);
    const { limit, offset, ...filters } = q;
    return this.positions.list(planId, {
      ...filters,
      ...pageOf({ limit, offset }, POSITION_PAGE.default),
    });
  }

  public async create(plan: string, dto: CreatePositionDto, actor: Actor): Promise<PositionRecord> {
    const planId = await this.plans.requireId(plan);
    if (dto.party === undefined && dto.actor === undefined) {
      throw ProblemException.invalid('party', 'A position needs a party or an actor.');
    }
    // A position without a party is a commentator's: reported, never counted as a party's stance.
    if (dto.party === undefined) {
      const role = dto.actorRole ?? (await this.positions.actorRole(planId, dto.actor!));
      if (role !== 'commentator') {
        throw ProblemException.invalid(
          'party',
          'A position without a party must be a commentator\'s (actorRole "commentator").',
        );
      }
    }
    if (dto.clause !== undefined && dto.version === undefined) {
      throw ProblemException.invalid('version', 'A clause target needs its version.');
    }
    let target: { versionId: number | null; clauseId: number | null; labels: string[] } = {
      versionId: null,
      clauseId: null,
      labels: [],
    };
    if (dto.version !== undefined) {
      const found = await this.positions.findTarget(planId, dto.version, dto.clause ?? null);
      if (found === 'no-version') {
        throw ProblemException.notFound(`No version "${dto.version}" in plan "${plan}".`);
      }
      if (found === 'no-clause') {
        throw ProblemException.invalid(
          'clause',
          `Version "${dto.version}" has no clause "${dto.clause}".`,
        );
      }
      target = found;
    }
    return this.positions.create(
      planId,
      {
        party: dto.party ?? null,
        actor: dto.actor ?? null,
        actorRole: dto.actorRole ?? null,
        ...target,
        topic: dto.topic ?? null,
        stance: dto.stance,
        quote: dto.quote ?? null,
        date: dto.date ?? null,
        note: dto.note ?? null,
        grade: dto.grade ?? null,
        sources: dto.sources ?? [],
      },
      actor,
      plan,
    );
  }
}
