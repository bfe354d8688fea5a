import { Module } from '@nestjs/common';
import { ScenariosModule } from '../scenarios/scenarios.module';
import { PanelService } from './panel.service';
import { ReviewingService } from './reviewing.service';
import { ReviewsController } from './reviews.controller';

/** Review panels, conflict declarations, rubric scoring and the ranking. */
@Module({
  imports: [ScenariosModule],
  controllers: [ReviewsController],
  providers: [PanelService, ReviewingService],
  exports: [PanelService],
})
export class ReviewsModule {}
