import { Module } from '@nestjs/common';
import { MatchEngine } from './match-engine';
import { MatchingController } from './matching.controller';
import { MatchingService } from './matching.service';

/** Two-way explainable matching: scenario → enterprises, enterprise → open scenarios. */
@Module({
  controllers: [MatchingController],
  providers: [MatchEngine, MatchingService],
  exports: [MatchEngine, MatchingService],
})
export class MatchingModule {}
