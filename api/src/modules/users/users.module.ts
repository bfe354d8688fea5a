import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminAccountService } from './admin-account.service';
import { ReviewerSearchIndex } from './reviewer-search-index';
import { User } from './user.entity';

@Module({
  imports: [TypeOrmModule.forFeature([User])],
  providers: [AdminAccountService, ReviewerSearchIndex],
  exports: [AdminAccountService],
})
export class UsersModule {}
