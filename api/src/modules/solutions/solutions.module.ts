import { Module } from '@nestjs/common';
import { ScenariosModule } from '../scenarios/scenarios.module';
import { SolutionAccess } from './solution-access';
import { SolutionAttachments } from './solution-attachments';
import { SolutionReadsService } from './solution-reads.service';
import { SolutionsController } from './solutions.controller';
import { SolutionsService } from './solutions.service';

@Module({
  imports: [ScenariosModule],
  controllers: [SolutionsController],
  providers: [SolutionAccess, SolutionsService, SolutionReadsService, SolutionAttachments],
  exports: [SolutionAccess],
})
export class SolutionsModule {}
