import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AdminAccountService } from './admin-account.service';
import { ReviewerSearchIndex } from './reviewer-search-index';
import { UserAccounts } from './user-accounts.service';
import { User } from './user.entity';

/** Accounts, for every module: the user entity, account deactivation, the first admin, the reviewers index. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([User])],
  providers: [AdminAccountService, ReviewerSearchIndex, UserAccounts],
  exports: [AdminAccountService, UserAccounts],
})
export class UsersModule {}
