import { OrganizationsAndUsers1795782204736 } from './1795782204736-organizations-and-users';

// Migrations in the order they run. Add new ones at the end.
export const MIGRATIONS = [OrganizationsAndUsers1795782204736];
