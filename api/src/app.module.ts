import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AccessGuard } from './common/access/access.guard';
import { ClientRateLimitGuard, GENERAL_LIMIT, STRICT_LIMIT } from './common/http/rate-limit';
import { SameOriginGuard } from './common/http/same-origin.guard';
import { ApiExceptionFilter } from './common/filters/api-exception.filter';
import { createValidationPipe, TextIntegrityPipe } from './common/validation';
import { Clock } from './common/clock';
import { CoreModule } from './common/core.module';
import { AppConfig } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { JobsModule } from './jobs/jobs.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { BatchesModule } from './modules/batches/batches.module';
import { DemoModule } from './modules/demo/demo.module';
import { FilesModule } from './modules/files/files.module';
import { ImportsModule } from './modules/imports/imports.module';
import { HealthModule } from './modules/health/health.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { ReviewersModule } from './modules/reviewers/reviewers.module';
import { ProfilesModule } from './modules/profiles/profiles.module';
import { SavedModule } from './modules/saved/saved.module';
import { MatchingModule } from './modules/matching/matching.module';
import { AlertsModule } from './modules/alerts/alerts.module';
import { ReviewsModule } from './modules/reviews/reviews.module';
import { DecisionsModule } from './modules/decisions/decisions.module';
import { OutcomesModule } from './modules/outcomes/outcomes.module';
import { StatsModule } from './modules/stats/stats.module';
import { ScenariosModule } from './modules/scenarios/scenarios.module';
import { SolutionsModule } from './modules/solutions/solutions.module';
import { SearchModule } from './modules/search/search.module';
import { SectorsModule } from './modules/sectors/sectors.module';
import { UsersModule } from './modules/users/users.module';

@Module({})
export class AppModule {
  /** The whole application; tests pass their own validated config and, when needed, a clock. */
  static forRoot(config?: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot({ config, clock }),
        DatabaseModule,
        JobsModule,
        ThrottlerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (c: AppConfig) => ({
            throttlers: [
              { name: GENERAL_LIMIT, ttl: 60_000, limit: c.RATE_LIMIT_PER_MINUTE },
              { name: STRICT_LIMIT, ttl: 60_000, limit: c.STRICT_RATE_LIMIT_PER_MINUTE },
            ],
          }),
        }),
        SearchModule,
        AuditModule,
        NotificationsModule,
        AuthModule,
        HealthModule,
        OrganizationsModule,
        ReviewersModule,
        SectorsModule,
        BatchesModule,
        ScenariosModule,
        ProfilesModule,
        SavedModule,
        MatchingModule,
        AlertsModule,
        ReviewsModule,
        DecisionsModule,
        OutcomesModule,
        StatsModule,
        SolutionsModule,
        FilesModule,
        ImportsModule,
        UsersModule,
        DemoModule,
      ],
      providers: [
        // In order: count the request, refuse it when another website sent it, then check access.
        { provide: APP_GUARD, useClass: ClientRateLimitGuard },
        { provide: APP_GUARD, useClass: SameOriginGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        // In order: refuse unstorable text, then validate and convert.
        { provide: APP_PIPE, useClass: TextIntegrityPipe },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
