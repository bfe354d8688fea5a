import { OrganizationsAndUsers1795782204736 } from './1795782204736-organizations-and-users';
import { IdentityAndAudit1795783440434 } from './1795783440434-identity-and-audit';
import { Scenarios1795785150486 } from './1795785150486-scenarios';
import { ProfilesAndSolutions1795787827761 } from './1795787827761-profiles-and-solutions';
import { MatchingAndAlerts1795800000000 } from './1795800000000-matching-and-alerts';
import { ReviewsAndResults1795810000000 } from './1795810000000-reviews-and-results';
import { ListIndexes1795820000000 } from './1795820000000-list-indexes';
import { SealedAudit1795830000000 } from './1795830000000-sealed-audit';

// Migrations in the order they run. Add new ones at the end.
export const MIGRATIONS = [
  OrganizationsAndUsers1795782204736,
  IdentityAndAudit1795783440434,
  Scenarios1795785150486,
  ProfilesAndSolutions1795787827761,
  MatchingAndAlerts1795800000000,
  ReviewsAndResults1795810000000,
  ListIndexes1795820000000,
  SealedAudit1795830000000,
];
