import type { Scenario } from './scenario.entity';

// The related records as the scenario entity knows them (their entities belong to other modules).
type Agency = NonNullable<Scenario['organization']>;
type Sector = NonNullable<Scenario['sector']>;
type Batch = NonNullable<Scenario['batch']>;

/** Budget bands for the search facet, in 万元. */
export const BUDGET_BANDS = ['negotiable', 'lt50', '50to200', '200to500', '500to1000', 'gte1000'] as const;
export type BudgetBand = (typeof BUDGET_BANDS)[number];

/** The band of a scenario's budget, by its upper bound (or lower bound when open-ended). */
export function budgetBand(min: number | null, max: number | null, negotiable: boolean): BudgetBand {
  const top = max ?? min;
  if (negotiable || top === null) return 'negotiable';
  if (top < 50) return 'lt50';
  if (top < 200) return '50to200';
  if (top < 500) return '200to500';
  if (top < 1000) return '500to1000';
  return 'gte1000';
}

/**
 * What the `scenarios` index holds for one published scenario: public fields only (never
 * the contact, never anything of a solution).
 */
export interface ScenarioDocument {
  id: string;
  code: string | null;
  title: string;
  summary: string;
  description: string;
  scope: string;
  expectedOutcomes: string;
  tags: string[];
  sector: string | null;
  sectorName: string;
  region: string;
  province: string;
  agencyId: string;
  agencyName: string;
  status: string;
  batchId: string | null;
  batchName: string | null;
  cooperationMode: string | null;
  budgetMin: number | null;
  budgetMax: number | null;
  budgetNegotiable: boolean;
  budgetBand: BudgetBand;
  qualifications: string[];
  deadline: string | null;
  deadlineTs: number | null;
  publishedAt: string | null;
  publishedTs: number | null;
  sealed: boolean;
}

export function toScenarioDocument(scenario: Scenario, agency: Agency, sector: Sector | null, batch: Batch | null): ScenarioDocument {
  return {
    id: scenario.id,
    code: scenario.code,
    title: scenario.title,
    summary: scenario.summary,
    // Long texts are capped: search needs their words, not every page of them.
    description: scenario.description.slice(0, 4000),
    scope: scenario.scope.slice(0, 2000),
    expectedOutcomes: scenario.expectedOutcomes.slice(0, 1000),
    tags: scenario.tags,
    sector: scenario.sectorCode,
    sectorName: sector ? `${sector.nameZh} ${sector.nameEn}` : '',
    region: scenario.region,
    province: scenario.region.split('/')[0] ?? '',
    agencyId: agency.id,
    agencyName: agency.name,
    status: scenario.status,
    batchId: scenario.batchId,
    batchName: batch?.name ?? null,
    cooperationMode: scenario.cooperationMode,
    budgetMin: scenario.budgetMin,
    budgetMax: scenario.budgetMax,
    budgetNegotiable: scenario.budgetNegotiable,
    budgetBand: budgetBand(scenario.budgetMin, scenario.budgetMax, scenario.budgetNegotiable),
    qualifications: scenario.qualifications,
    deadline: scenario.deadline?.toISOString() ?? null,
    deadlineTs: scenario.deadline ? Math.floor(scenario.deadline.getTime() / 1000) : null,
    publishedAt: scenario.publishedAt?.toISOString() ?? null,
    publishedTs: scenario.publishedAt ? Math.floor(scenario.publishedAt.getTime() / 1000) : null,
    sealed: scenario.sealed,
  };
}
