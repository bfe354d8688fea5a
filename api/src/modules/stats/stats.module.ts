import { Module } from '@nestjs/common';
import { StatsController } from './stats.controller';
import { StatsService } from './stats.service';

/** Public statistics and each agency's own analytics. */
@Module({ controllers: [StatsController], providers: [StatsService] })
export class StatsModule {}
