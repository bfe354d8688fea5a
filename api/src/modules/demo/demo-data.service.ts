import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { hashPassword } from '../../common/security/passwords';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { DEMO_ORGANIZATIONS, demoCreditCode } from './demo-data';

/** Loads the demo data set into an empty database, all of it or nothing. */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Returns true when it loaded the data; false when the database already held organisations. */
  async seedIfEmpty(): Promise<boolean> {
    const passwordHash = await hashPassword(this.config.DEMO_PASSWORD);
    const loaded = await this.dataSource.transaction(async (manager) => {
      // Serialise concurrent starts; the emptiness check and the inserts are one unit.
      await manager.query('LOCK TABLE organizations IN SHARE ROW EXCLUSIVE MODE');
      if ((await manager.count(Organization)) > 0) return false;
      for (const demo of DEMO_ORGANIZATIONS) {
        const organization = await manager.save(
          manager.create(Organization, {
            kind: demo.kind,
            name: demo.name,
            creditCode: demoCreditCode(demo.creditCodeBody),
            region: demo.region,
            status: demo.status,
            verifiedAt: demo.status === 'verified' ? new Date() : null,
          }),
        );
        await manager.save(
          manager.create(User, {
            email: demo.member.email,
            displayName: demo.member.displayName,
            passwordHash,
            organizationId: organization.id,
            memberRole: 'owner',
          }),
        );
      }
      return true;
    });
    if (loaded)
      this.logger.log(`Loaded demo data: ${DEMO_ORGANIZATIONS.length} organisations, each with one member (password from DEMO_PASSWORD)`);
    return loaded;
  }
}
