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

  /**
   * A list filter naming a party the plan does not have is a typo more often than a question:
   * 400 naming the parameter and the parties there are, rather than an empty list.
   */
  public async requireParty(planId: number, name: string, field = 'party'): Promise<void> {
    const names = await this.plans.partyNames(planId);
    if (names.includes(name)) return;
    const known = names.length === 0 ? 'none' : names.slice(0, 20).join(', ');
    throw ProblemException.invalid(field, `No party "${name}" in this plan (parties: ${known}).`);
  }

  /** The same for a version slug used as a filter. */
  public async requireVersion(planId: number, slug: string, field = 'version'): Promise<void> {
    if (!(await this.plans.versionExists(planId, slug))) {
      throw ProblemException.invalid(field, `No version "${slug}" in this plan.`);
    }
  }

  public create(plan: NewPlan, actor: Actor): Promise<PlanRecord> {
    return this.plans.create(plan, actor);
  }
}
