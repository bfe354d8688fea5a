import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { hashPassword } from '../../common/security/passwords';
import { User } from './user.entity';

/** Creates the first platform admin from ADMIN_EMAIL / ADMIN_PASSWORD. */
@Injectable()
export class AdminAccountService {
  private readonly logger = new Logger(AdminAccountService.name);

  constructor(
    private readonly config: AppConfig,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  /**
   * Idempotent and safe to run from several replicas at once. An existing account keeps its
   * password (it may have been changed since); it only regains the admin role if it lost it.
   */
  async ensureFirstAdmin(): Promise<void> {
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = this.config;
    if (!ADMIN_EMAIL || !ADMIN_PASSWORD) return;
    const email = ADMIN_EMAIL.trim().toLowerCase();
    const existing = await this.users.findOne({ where: { email } });
    if (existing) {
      if (existing.platformRole !== 'admin' || existing.organizationId !== null) {
        this.logger.warn(`ADMIN_EMAIL ${email} belongs to a non-admin account; it is left unchanged.`);
      }
      return;
    }
    const result = await this.users
      .createQueryBuilder()
      .insert()
      .values({
        email,
        passwordHash: await hashPassword(ADMIN_PASSWORD),
        displayName: '平台管理员',
        platformRole: 'admin',
        active: true,
      })
      .orIgnore()
      .execute();
    if (result.identifiers.length > 0 && result.identifiers[0]) this.logger.log(`Created the first platform admin ${email}`);
  }
}
