import type { User } from './user.entity';

/** What the `reviewers` index holds for one expert of the pool (used to suggest review panels). */
export interface ReviewerDocument {
  id: string;
  displayName: string;
  expertise: string[];
  affiliations: string[];
  active: boolean;
}

export function toReviewerDocument(user: User): ReviewerDocument {
  return { id: user.id, displayName: user.displayName, expertise: user.expertise, affiliations: user.affiliations, active: user.active };
}
