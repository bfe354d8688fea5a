import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { MatchAlert } from '../modules/alerts/match-alert.entity';
import { SavedSearch, SavedSearchAlert } from '../modules/alerts/saved-search.entity';
import { Announcement } from '../modules/decisions/announcement.entity';
import { Objection } from '../modules/decisions/objection.entity';
import { Milestone } from '../modules/outcomes/milestone.entity';
import { PanelMember } from '../modules/reviews/panel-member.entity';
import { Review } from '../modules/reviews/review.entity';
import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { AuditSealedEntry } from '../modules/audit/audit-sealed-entry.entity';
import { PasswordToken } from '../modules/auth/password-token.entity';
import { Session } from '../modules/auth/session.entity';
import { SignInThrottle } from '../modules/auth/sign-in-throttle.entity';
import { Batch } from '../modules/batches/batch.entity';
import { Attachment } from '../modules/files/attachment.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { NotificationPreference } from '../modules/notifications/notification-preference.entity';
import { CapabilityProfile } from '../modules/profiles/capability-profile.entity';
import { SavedScenario } from '../modules/saved/saved-scenario.entity';
import { ScenarioVersion } from '../modules/scenarios/scenario-version.entity';
import { SolutionVersion } from '../modules/solutions/solution-version.entity';
import { Solution } from '../modules/solutions/solution.entity';
import { Scenario } from '../modules/scenarios/scenario.entity';
import { OutboxEntry } from '../modules/search/outbox-entry.entity';
import { Sector } from '../modules/sectors/sector.entity';
import { Invitation } from '../modules/organizations/invitation.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { User } from '../modules/users/user.entity';
import { MIGRATIONS } from './migrations';

/** Every entity of the application, listed explicitly. */
export const ENTITIES = [
  Organization,
  User,
  Session,
  SignInThrottle,
  PasswordToken,
  Invitation,
  Notification,
  AuditEntry,
  AuditSealedEntry,
  Sector,
  Batch,
  Scenario,
  ScenarioVersion,
  Attachment,
  OutboxEntry,
  CapabilityProfile,
  SavedScenario,
  Solution,
  SolutionVersion,
  NotificationPreference,
  MatchAlert,
  SavedSearch,
  SavedSearchAlert,
  PanelMember,
  Review,
  Announcement,
  Objection,
  Milestone,
];

/**
 * The one TypeORM configuration, used by Nest, the CLI and the tests. The schema only ever
 * changes through migrations: `synchronize` is off everywhere.
 */
export function dataSourceOptions(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE' | 'DATABASE_SSL'>): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    ssl: config.DATABASE_SSL ? { rejectUnauthorized: true } : false,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    applicationName: 'scenebridge-api',
    extra: {
      max: config.DATABASE_POOL_SIZE,
      connectionTimeoutMillis: 5_000,
      // Keeps a query from hanging forever when the server stops answering.
      query_timeout: 30_000,
    },
  };
}
