import type { Scenario } from './scenario.entity';

export interface FieldIssue {
  field: string;
  code: string;
}

/** The least time between publication and deadline, and the amendment window before a deadline. */
export const MIN_DAYS_BEFORE_DEADLINE = 3;
/** The furthest a deadline may lie ahead: a competition cannot be kept sealed indefinitely. */
export const MAX_DAYS_BEFORE_DEADLINE = 365;
export const AMENDMENT_EXTENSION_DAYS = 3;
const DAY = 86_400_000;

/**
 * What a scenario still lacks before it can be submitted (or stay published after an edit).
 * Empty when complete.
 */
export function completenessIssues(s: Scenario, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const need = (field: string, ok: boolean, code = 'REQUIRED') => ok || issues.push({ field, code });
  need('title', s.title.trim().length > 0);
  need('summary', s.summary.trim().length > 0);
  need('description', s.description.trim().length > 0);
  need('scope', s.scope.trim().length > 0);
  need('sector', s.sectorCode !== null);
  need('region', s.region.trim().length > 0);
  need('tags', s.tags.length > 0);
  need('kpis', s.kpis.length > 0);
  need('expectedOutcomes', s.expectedOutcomes.trim().length > 0);
  need('acceptanceCriteria', s.acceptanceCriteria.trim().length > 0);
  need('cooperationMode', s.cooperationMode !== null);
  need('budget', s.budgetNegotiable || (s.budgetMin !== null && s.budgetMax !== null), 'BUDGET_OR_NEGOTIABLE');
  if (s.budgetMin !== null && s.budgetMax !== null) need('budgetMax', s.budgetMin <= s.budgetMax, 'BUDGET_RANGE_INVERTED');
  need('rubric', s.rubric.length > 0);
  if (s.rubric.length > 0) need('rubric', s.rubric.reduce((sum, c) => sum + c.weight, 0) === 100, 'RUBRIC_WEIGHTS_NOT_100');
  need('deadline', s.deadline !== null);
  if (s.deadline) need('deadline', s.deadline.getTime() >= now.getTime() + MIN_DAYS_BEFORE_DEADLINE * DAY, 'DEADLINE_TOO_SOON');
  if (s.deadline) need('deadline', s.deadline.getTime() <= now.getTime() + MAX_DAYS_BEFORE_DEADLINE * DAY, 'DEADLINE_TOO_FAR');
  need('contact', Boolean(s.contact?.name && (s.contact.phone || s.contact.email)), 'CONTACT_INCOMPLETE');
  return issues;
}

/** The public fields of a scenario, as kept in each published version. */
export const VERSIONED_FIELDS = [
  'title',
  'summary',
  'description',
  'scope',
  'kpis',
  'expectedOutcomes',
  'acceptanceCriteria',
  'resources',
  'sectorCode',
  'region',
  'site',
  'tags',
  'budgetMin',
  'budgetMax',
  'budgetNegotiable',
  'fundingSource',
  'cooperationMode',
  'qualifications',
  'consortiumAllowed',
  'maxApplicationsPerEntity',
  'rubric',
  'deadline',
  'sealed',
] as const;
export type VersionedField = (typeof VERSIONED_FIELDS)[number];

/**
 * Changes to these, close to the deadline, extend it: solvers need time to react. That is
 * every public field but the wording of the title and summary — where, what, how, with whom
 * and for how much all change what a solution must say.
 */
export const MATERIAL_FIELDS: readonly VersionedField[] = VERSIONED_FIELDS.filter((f) => !['title', 'summary', 'sealed'].includes(f));

export function snapshotOf(s: Scenario): Record<VersionedField, unknown> {
  const snapshot = {} as Record<VersionedField, unknown>;
  for (const field of VERSIONED_FIELDS) {
    const value = s[field];
    snapshot[field] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return snapshot;
}

export interface FieldChange {
  field: VersionedField;
  before: unknown;
  after: unknown;
}

/** Field-by-field differences between two snapshots (compared as JSON). */
export function diffSnapshots(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  return VERSIONED_FIELDS.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null)).map((field) => ({
    field,
    before: before[field] ?? null,
    after: after[field] ?? null,
  }));
}

/**
 * The deadline after an amendment: a material change made inside the last
 * AMENDMENT_EXTENSION_DAYS before the (old) deadline pushes it at least that many days later.
 */
export function deadlineAfterAmendment(
  oldDeadline: Date,
  requested: Date,
  changed: VersionedField[],
  now: Date,
): { deadline: Date; extended: boolean } {
  const material = changed.some((f) => MATERIAL_FIELDS.includes(f));
  const insideWindow = oldDeadline.getTime() - now.getTime() < AMENDMENT_EXTENSION_DAYS * DAY;
  if (!material || !insideWindow) return { deadline: requested, extended: false };
  const minimum = new Date(oldDeadline.getTime() + AMENDMENT_EXTENSION_DAYS * DAY);
  return requested >= minimum ? { deadline: requested, extended: false } : { deadline: minimum, extended: true };
}

/** Code of a published scenario: year-batch-serial, e.g. 2026-01-007. */
export function scenarioCode(year: number, batchNumber: number, serial: number): string {
  return `${year}-${String(batchNumber).padStart(2, '0')}-${String(serial).padStart(3, '0')}`;
}

/** True once the scenario's deadline has passed by the server clock (at the deadline itself, it has). */
export function deadlinePassed(scenario: Pick<Scenario, 'deadline'>, now: Date): boolean {
  return scenario.deadline !== null && now.getTime() >= scenario.deadline.getTime();
}

/**
 * Whether the solutions of a scenario may be opened by the agency, admins and reviewers:
 * on arrival for an unsealed scenario; for a sealed one only once it has closed at its
 * deadline (the bid opening). A sealed scenario cancelled before its deadline never opens.
 */
export function bidsOpened(s: Pick<Scenario, 'sealed' | 'closedAt'>): boolean {
  return !s.sealed || s.closedAt !== null;
}

/** The audit-log seal under which a sealed scenario's solution activity is kept until its bid opening. */
export function sealKey(scenarioId: string): string {
  return `scenario:${scenarioId}`;
}
