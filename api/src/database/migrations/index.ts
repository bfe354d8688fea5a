import { OrganizationsAndUsers1795782204736 } from './1795782204736-organizations-and-users';
import { IdentityAndAudit1795783440434 } from './1795783440434-identity-and-audit';

// Migrations in the order they run. Add new ones at the end.
export const MIGRATIONS = [OrganizationsAndUsers1795782204736, IdentityAndAudit1795783440434];
