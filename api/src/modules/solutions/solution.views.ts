import type { Attachment } from '../files/attachment.entity';
import { toAttachmentView } from '../files/attachment.views';
import type { Scenario } from '../scenarios/scenario.entity';
import type { SolutionScenarioRefView, SolutionSummaryView, SolutionView } from './dto/solution.dto';
import type { Solution } from './solution.entity';

export function toScenarioRef(s: Scenario): SolutionScenarioRefView {
  return {
    id: s.id,
    title: s.title,
    code: s.code,
    deadline: s.deadline?.toISOString() ?? null,
    sealed: s.sealed,
    status: s.status,
    consortiumAllowed: s.consortiumAllowed,
  };
}

/** The full solution (only ever built for a reader the sealing rule allows). */
export function toSolutionView(solution: Solution, attachments: Attachment[]): SolutionView {
  return {
    id: solution.id,
    scenario: toScenarioRef(solution.scenario!),
    organization: { id: solution.organizationId, name: solution.organization?.name ?? '' },
    status: solution.status,
    title: solution.title,
    brief: solution.brief,
    approach: solution.approach,
    innovations: solution.innovations,
    risks: solution.risks,
    timeline: solution.timeline,
    priceQuote: solution.priceQuote,
    team: solution.team,
    consortiumMembers: solution.consortiumMembers,
    eligibilityDeclared: solution.eligibilityDeclared,
    eligibilityNote: solution.eligibilityNote,
    version: solution.version,
    attachments: attachments.map(toAttachmentView),
    submittedAt: solution.submittedAt?.toISOString() ?? null,
    withdrawnAt: solution.withdrawnAt?.toISOString() ?? null,
    createdAt: solution.createdAt.toISOString(),
    updatedAt: solution.updatedAt.toISOString(),
  };
}

export function toSolutionSummary(solution: Solution): SolutionSummaryView {
  return {
    id: solution.id,
    scenario: toScenarioRef(solution.scenario!),
    organization: { id: solution.organizationId, name: solution.organization?.name ?? '' },
    status: solution.status,
    title: solution.title,
    priceQuote: solution.priceQuote,
    version: solution.version,
    submittedAt: solution.submittedAt?.toISOString() ?? null,
    updatedAt: solution.updatedAt.toISOString(),
  };
}

/** The fields kept in each submitted version. */
export function solutionSnapshot(s: Solution): Record<string, unknown> {
  return {
    title: s.title,
    brief: s.brief,
    approach: s.approach,
    innovations: s.innovations,
    risks: s.risks,
    timeline: s.timeline,
    priceQuote: s.priceQuote,
    team: s.team,
    consortiumMembers: s.consortiumMembers,
    eligibilityDeclared: s.eligibilityDeclared,
    eligibilityNote: s.eligibilityNote,
  };
}

/** What a solution lacks before it can be submitted. */
export function solutionIssues(s: Solution, scenario: Scenario): { field: string; code: string }[] {
  const issues: { field: string; code: string }[] = [];
  const need = (field: string, ok: boolean, code = 'REQUIRED') => ok || issues.push({ field, code });
  need('title', s.title.trim().length > 0);
  need('brief', s.brief.trim().length > 0);
  need('approach', s.approach.trim().length > 0);
  need('timeline', s.timeline.length > 0);
  need('priceQuote', s.priceQuote !== null);
  need('eligibilityDeclared', s.eligibilityDeclared, 'DECLARATION_REQUIRED');
  if (!scenario.consortiumAllowed) need('consortiumMembers', s.consortiumMembers.length === 0, 'CONSORTIUM_NOT_ALLOWED');
  return issues;
}
