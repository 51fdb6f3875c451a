import { s } from '../../common/api-docs';

/** PlanRecord (plans.repository.ts) as the API documents it. */
export const PLAN = s.object({
  slug: s.str(),
  title: s.str(),
  description: s.nstr(),
  createdAt: s.time(),
  versionCount: s.int(),
});

export const PLAN_EXAMPLE = {
  slug: 'ukraine-2025',
  title: 'Ukraine peace plan, 2025',
  description: 'Successive drafts of the US-led plan.',
  createdAt: '2026-01-01T00:00:00.000Z',
  versionCount: 7,
};
