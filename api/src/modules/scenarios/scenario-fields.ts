import { DomainError } from '../../common/errors/domain-error';
import type { ScenarioFieldsDto } from './dto/scenario-input.dto';
import type { Scenario } from './scenario.entity';

/** Copies the given input fields onto a scenario (absent fields stay as they are). */
export function applyScenarioFields(scenario: Scenario, input: ScenarioFieldsDto & { title?: string }): void {
  const { sector, contact, resources, kpis, rubric, ...plain } = input;
  for (const [key, value] of Object.entries(plain)) {
    if (value !== undefined && key !== 'note') (scenario as unknown as Record<string, unknown>)[key] = value;
  }
  if (sector !== undefined) scenario.sectorCode = sector;
  if (contact !== undefined) scenario.contact = { ...contact };
  if (resources !== undefined) scenario.resources = { ...resources };
  if (kpis !== undefined) scenario.kpis = kpis.map((k) => ({ name: k.name, target: k.target }));
  if (rubric !== undefined)
    scenario.rubric = rubric.map((c) => ({ name: c.name, weight: c.weight, ...(c.description ? { description: c.description } : {}) }));
  if (input.budgetNegotiable === true && input.budgetMin === undefined && input.budgetMax === undefined) {
    scenario.budgetMin = null;
    scenario.budgetMax = null;
  }
  if (scenario.budgetMin !== null && scenario.budgetMax !== null && scenario.budgetMin > scenario.budgetMax) {
    throw new DomainError('VALIDATION_FAILED', 'budgetMin must not exceed budgetMax.', [
      { field: 'budgetMax', code: 'BUDGET_RANGE_INVERTED' },
    ]);
  }
}
