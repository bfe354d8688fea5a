import { Module } from '@nestjs/common';
import { ReviewsModule } from '../reviews/reviews.module';
import { ScenariosModule } from '../scenarios/scenarios.module';
import { DecisionsController } from './decisions.controller';
import { DecisionsService } from './decisions.service';
import { ResultsService } from './results.service';

/** Decisions after review (shortlist, award, no award, announce) and what follows (objections, finality, feedback). */
@Module({
  imports: [ScenariosModule, ReviewsModule],
  controllers: [DecisionsController],
  providers: [DecisionsService, ResultsService],
  exports: [ResultsService],
})
export class DecisionsModule {}
