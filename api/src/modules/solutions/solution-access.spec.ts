import type { Principal } from '../../common/access/principal';
import type { Scenario } from '../scenarios/scenario.entity';
import { auditSeal, canReadSolution, listAccess } from './solution-access';
import type { Solution } from './solution.entity';

const person = (roles: Principal['roles'], organizationId: string | null): Principal => ({
  userId: `u-${organizationId ?? roles[0]}`,
  email: 'x@example.com',
  displayName: 'x',
  platformRole: null,
  roles,
  organization: organizationId ? { id: organizationId, kind: 'enterprise', name: organizationId, status: 'verified' } : null,
  memberRole: 'owner',
  sessionId: 's',
});

const agency = person(['publisher'], 'agency');
const admin = person(['admin'], null);
const reviewer = person(['reviewer'], null);
const bidder = person(['solver'], 'bidder');
const rival = person(['solver'], 'rival');

const scenario = (sealed: boolean, closedAt: Date | null) => ({ id: 'sc', organizationId: 'agency', sealed, closedAt }) as Scenario;
const solution = (status: Solution['status'] = 'submitted') => ({ organizationId: 'bidder', status }) as Solution;

describe('the sealing rule', () => {
  it('before the bid opening of a sealed scenario, only the bidder reads its solution', () => {
    const s = scenario(true, null);
    expect(canReadSolution(bidder, solution(), s)).toBe(true);
    for (const p of [agency, admin, reviewer, rival, null]) expect(canReadSolution(p, solution(), s, true)).toBe(false);
    expect(listAccess(agency, s)).toBe('sealed');
    expect(listAccess(admin, s)).toBe('sealed');
    expect(listAccess(rival, s)).toBe('forbidden');
    expect(auditSeal(s)).toBe('scenario:sc');
  });

  it('after the opening, the agency, admins and cleared panel reviewers read submitted solutions; drafts stay the bidder’s', () => {
    const s = scenario(true, new Date());
    expect(canReadSolution(agency, solution(), s)).toBe(true);
    expect(canReadSolution(admin, solution(), s)).toBe(true);
    expect(canReadSolution(reviewer, solution(), s, true)).toBe(true);
    expect(canReadSolution(reviewer, solution(), s, false)).toBe(false);
    expect(canReadSolution(rival, solution(), s)).toBe(false);
    for (const status of ['draft', 'withdrawn'] as const) expect(canReadSolution(agency, solution(status), s)).toBe(false);
    expect(listAccess(agency, s)).toBe('allowed');
    expect(auditSeal(s)).toBeUndefined();
  });

  it('an unsealed scenario lets the agency read on arrival, but reviewers only once it has closed', () => {
    const open = scenario(false, null);
    expect(canReadSolution(agency, solution(), open)).toBe(true);
    expect(canReadSolution(reviewer, solution(), open, true)).toBe(false);
    expect(auditSeal(open)).toBeUndefined();
  });
});
