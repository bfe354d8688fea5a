import { Module } from '@nestjs/common';
import { ScenariosModule } from '../scenarios/scenarios.module';
import { MilestoneAttachments } from './milestone-attachments';
import { OutcomesController } from './outcomes.controller';
import { OutcomesService } from './outcomes.service';

/** Delivery milestones, evidence and the outcome (landed or failed). */
@Module({
  imports: [ScenariosModule],
  controllers: [OutcomesController],
  providers: [OutcomesService, MilestoneAttachments],
})
export class OutcomesModule {}
