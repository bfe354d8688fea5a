import { Module } from '@nestjs/common';
import { ScenarioAccess } from './scenario-access';
import { ScenarioAttachments } from './scenario-attachments';
import { ScenarioExportService } from './scenario-export.service';
import { ScenarioLifecycleService } from './scenario-lifecycle.service';
import { ScenarioQueriesService } from './scenario-queries.service';
import { ScenarioReviewService } from './scenario-review.service';
import { ScenarioSearchIndex } from './scenario-search-index';
import { ScenarioSearchService } from './scenario-search.service';
import { ScenariosController } from './scenarios.controller';
import { ScenariosService } from './scenarios.service';

@Module({
  controllers: [ScenariosController],
  providers: [
    ScenarioAccess,
    ScenariosService,
    ScenarioReviewService,
    ScenarioQueriesService,
    ScenarioLifecycleService,
    ScenarioExportService,
    ScenarioSearchService,
    ScenarioSearchIndex,
    ScenarioAttachments,
  ],
  exports: [ScenarioAccess, ScenarioLifecycleService],
})
export class ScenariosModule {}
