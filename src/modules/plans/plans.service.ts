import { Injectable } from '@nestjs/common';
import { ProblemException } from '../../common/problem';
import type { Actor } from '../../common/actor';
import { PlansRepository } from './plans.repository';
import type { NewPlan, PlanRecord } from './plans.repository';

@Injectable()
export class PlansService {
  public constructor(private readonly plans: PlansRepository) {}

  public list(): Promise<PlanRecord[]> {
    return this.plans.list();
  }

  public async get(slug: string): Promise<PlanRecord> {
    const plan = await this.plans.findBySlug(slug);
    if (!plan) throw ProblemException.notFound(`No plan "${slug}".`);
    return plan;
  }

  /** The plan's internal id, for other modules; 404 when the plan does not exist. */
  public async requireId(slug: string): Promise<number> {
    const id = await this.plans.findIdBySlug(slug);
    if (id === null) throw ProblemException.notFound(`No plan "${slug}".`);
    return id;
  }

  public create(plan: NewPlan, actor: Actor): Promise<PlanRecord> {
    return this.plans.create(plan, actor);
  }
}
