import { Module } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { AlertsService } from './alerts.service';
import { SavedSearchesController } from './saved-searches.controller';
import { SavedSearchesService } from './saved-searches.service';

/** Alerts on publication (matching enterprises, saved searches) and the saved searches themselves. */
@Module({
  imports: [MatchingModule],
  controllers: [SavedSearchesController],
  providers: [AlertsService, SavedSearchesService],
  exports: [AlertsService],
})
export class AlertsModule {}
