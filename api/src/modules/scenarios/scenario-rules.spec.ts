import { completenessIssues, deadlineAfterAmendment, diffSnapshots, scenarioCode } from './scenario-rules';
import type { Scenario } from './scenario.entity';

const DAY = 86_400_000;
const now = new Date('2026-11-27T00:00:00Z');

function complete(overrides: Partial<Scenario> = {}): Scenario {
  return {
    title: '标题',
    summary: '摘要',
    description: '描述',
    scope: '内容',
    sectorCode: 'transport',
    region: '四川省',
    tags: ['计算机视觉'],
    kpis: [{ name: '准确率', target: '95%' }],
    expectedOutcomes: '成效',
    acceptanceCriteria: '验收',
    cooperationMode: 'procurement',
    budgetNegotiable: false,
    budgetMin: 100,
    budgetMax: 200,
    rubric: [
      { name: '方案', weight: 60 },
      { name: '报价', weight: 40 },
    ],
    deadline: new Date(now.getTime() + 10 * DAY),
    contact: { name: '周明', phone: '028-1' },
    ...overrides,
  } as Scenario;
}

describe('scenario completeness', () => {
  it('finds nothing missing in a complete scenario', () => {
    expect(completenessIssues(complete(), now)).toEqual([]);
  });

  it('names each missing or inconsistent field with its reason', () => {
    const issues = completenessIssues(
      complete({
        summary: ' ',
        tags: [],
        rubric: [{ name: 'x', weight: 50 }],
        budgetMin: 300,
        budgetMax: 100,
        deadline: new Date(now.getTime() + DAY),
        contact: { name: '周明' },
      }),
      now,
    );
    expect(issues).toEqual([
      { field: 'summary', code: 'REQUIRED' },
      { field: 'tags', code: 'REQUIRED' },
      { field: 'budgetMax', code: 'BUDGET_RANGE_INVERTED' },
      { field: 'rubric', code: 'RUBRIC_WEIGHTS_NOT_100' },
      { field: 'deadline', code: 'DEADLINE_TOO_SOON' },
      { field: 'contact', code: 'CONTACT_INCOMPLETE' },
    ]);
  });

  it('accepts a negotiable budget without a range, but not a missing budget', () => {
    expect(completenessIssues(complete({ budgetNegotiable: true, budgetMin: null, budgetMax: null }), now)).toEqual([]);
    expect(completenessIssues(complete({ budgetMin: null, budgetMax: null }), now)).toEqual([
      { field: 'budget', code: 'BUDGET_OR_NEGOTIABLE' },
    ]);
  });
});

describe('amendment deadline rule', () => {
  const oldDeadline = new Date(now.getTime() + 2 * DAY);

  it('extends by at least 3 days when a material change comes within 3 days of the deadline', () => {
    expect(deadlineAfterAmendment(oldDeadline, oldDeadline, ['budgetMax'], now)).toEqual({
      deadline: new Date(oldDeadline.getTime() + 3 * DAY),
      extended: true,
    });
  });

  it.each([
    'cooperationMode',
    'consortiumAllowed',
    'maxApplicationsPerEntity',
    'region',
    'site',
    'sectorCode',
    'resources',
    'fundingSource',
    'expectedOutcomes',
    'description',
  ] as const)('counts a late change of %s as material (what a solution must say depends on it)', (field) => {
    expect(deadlineAfterAmendment(oldDeadline, oldDeadline, [field], now).extended).toBe(true);
  });

  it('keeps a requested deadline that is already later than the minimum', () => {
    const later = new Date(oldDeadline.getTime() + 10 * DAY);
    expect(deadlineAfterAmendment(oldDeadline, later, ['deadline'], now)).toEqual({ deadline: later, extended: false });
  });

  it('does not extend for wording changes, or for material changes made early', () => {
    expect(deadlineAfterAmendment(oldDeadline, oldDeadline, ['summary', 'title'], now).extended).toBe(false);
    const far = new Date(now.getTime() + 30 * DAY);
    expect(deadlineAfterAmendment(far, far, ['rubric'], now)).toEqual({ deadline: far, extended: false });
  });
});

describe('snapshot diff and codes', () => {
  it('lists exactly the changed fields with before and after', () => {
    expect(diffSnapshots({ title: 'a', tags: ['x'], budgetMax: 100 }, { title: 'a', tags: ['x', 'y'], budgetMax: 100 })).toEqual([
      { field: 'tags', before: ['x'], after: ['x', 'y'] },
    ]);
  });

  it('writes codes as year-batch-serial with padding', () => {
    expect(scenarioCode(2026, 1, 7)).toBe('2026-01-007');
    expect(scenarioCode(2026, 12, 123)).toBe('2026-12-123');
  });
});

describe('deadline range at submission', () => {
  it('refuses a deadline more than a year ahead', () => {
    const issues = (days: number) => completenessIssues(complete({ deadline: new Date(now.getTime() + days * DAY) }), now);
    expect(issues(365).map((i) => i.code)).not.toContain('DEADLINE_TOO_FAR');
    expect(issues(366)).toContainEqual({ field: 'deadline', code: 'DEADLINE_TOO_FAR' });
  });
});
