import { Module } from '@nestjs/common';
import { CapabilitySearchIndex } from './capability-search-index';
import { ProfilesController } from './profiles.controller';
import { ProfilesService } from './profiles.service';

@Module({
  controllers: [ProfilesController],
  providers: [ProfilesService, CapabilitySearchIndex],
  exports: [ProfilesService],
})
export class ProfilesModule {}
