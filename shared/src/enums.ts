/** Kinds of organisation that can register on the platform. */
export const ORGANIZATION_KINDS = ['agency', 'enterprise'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Verification status of an organisation; only `verified` ones may publish or submit. */
export const ORGANIZATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];

/**
 * Roles a signed-in user can hold. `publisher` and `solver` come from membership of a
 * verified-or-pending agency or enterprise; `reviewer` and `admin` are platform roles.
 */
export const ROLES = ['publisher', 'solver', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Platform-level roles stored on the user (not tied to an organisation). */
export const PLATFORM_ROLES = ['admin', 'reviewer'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

/** A member's role inside their organisation. */
export const MEMBER_ROLES = ['owner', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/**
 * Scenario lifecycle (see the product design, "the loop").
 * Published states are `open` and everything after it.
 */
export const SCENARIO_STATUSES = [
  'draft',
  'pending_review',
  'returned',
  'open',
  'closed',
  'reviewing',
  'shortlisted',
  'awarded',
  'announced',
  'in_delivery',
  'landed',
  'failed',
  'cancelled',
  'no_award',
] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

/** States in which a scenario is public (searchable, visible to visitors). */
export const PUBLISHED_SCENARIO_STATUSES: readonly ScenarioStatus[] = [
  'open',
  'closed',
  'reviewing',
  'shortlisted',
  'awarded',
  'announced',
  'in_delivery',
  'landed',
  'failed',
  'cancelled',
  'no_award',
];

/** Solution lifecycle. */
export const SOLUTION_STATUSES = ['draft', 'submitted', 'withdrawn', 'shortlisted', 'awarded', 'not_selected'] as const;
export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];

/** Cooperation modes of a scenario: 采购, 联合研发, 揭榜攻关, 首试首用. */
export const COOPERATION_MODES = ['procurement', 'joint_rnd', 'challenge', 'first_use'] as const;
export type CooperationMode = (typeof COOPERATION_MODES)[number];

/** Batch lifecycle. */
export const BATCH_STATUSES = ['planned', 'published', 'closed'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
