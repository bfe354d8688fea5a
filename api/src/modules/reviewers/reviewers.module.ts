import { Module } from '@nestjs/common';
import { ReviewersController } from './reviewers.controller';
import { ReviewersService } from './reviewers.service';

@Module({
  controllers: [ReviewersController],
  providers: [ReviewersService],
})
export class ReviewersModule {}
