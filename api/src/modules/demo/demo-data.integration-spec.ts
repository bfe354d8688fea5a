import { isValidCreditCode } from '@scenebridge/shared';
import { DataSource } from 'typeorm';
import { createScratchDatabase } from '../../../test/scratch-database';
import { startTestApp } from '../../../test/test-app';
import { verifyPassword } from '../../common/security/passwords';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { DEMO_ORGANIZATIONS, DEMO_REVIEWERS } from './demo-data';
import { DemoDataService } from './demo-data.service';

describe('demo data', () => {
  it('loads into an empty database at start, once, with valid credit codes and working demo passwords', async () => {
    const scratch = await createScratchDatabase();
    const app = await startTestApp({
      DATABASE_URL: scratch.url,
      RUN_MIGRATIONS: 'true',
      SEED_DEMO_DATA: 'true',
      DEMO_PASSWORD: 'demo-Password-42',
    });
    try {
      const dataSource = app.get(DataSource);
      const organizations = await dataSource.getRepository(Organization).find();
      expect(organizations).toHaveLength(DEMO_ORGANIZATIONS.length);
      expect(new Set(organizations.map((o) => o.kind))).toEqual(new Set(['agency', 'enterprise']));
      expect(organizations.every((o) => isValidCreditCode(o.creditCode))).toBe(true);
      expect(organizations.filter((o) => o.status === 'pending')).toHaveLength(1);

      const member = await dataSource.getRepository(User).findOneByOrFail({ email: DEMO_ORGANIZATIONS[0].member.email });
      expect(member.memberRole).toBe('owner');
      expect(await verifyPassword(member.passwordHash!, 'demo-Password-42')).toBe(true);

      // The expert pool has reviewers who can sign in with the demo password.
      const reviewers = await dataSource.getRepository(User).findBy({ platformRole: 'reviewer' });
      expect(reviewers.map((r) => r.email).sort()).toEqual(DEMO_REVIEWERS.map((r) => r.email).sort());
      expect(reviewers.every((r) => r.active && r.expertise.length > 0)).toBe(true);
      expect(await verifyPassword(reviewers[0].passwordHash!, 'demo-Password-42')).toBe(true);

      // A second run (the next start) leaves the data alone.
      expect(await app.get(DemoDataService).seedIfEmpty()).toBe(false);
      expect(await dataSource.getRepository(Organization).count()).toBe(DEMO_ORGANIZATIONS.length);
    } finally {
      await app.close();
      await scratch.drop();
    }
  });

  it('is not loaded into a database that already holds organisations', async () => {
    const scratch = await createScratchDatabase();
    const app = await startTestApp({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true' });
    try {
      const repository = app.get(DataSource).getRepository(Organization);
      await repository.save(
        repository.create({ kind: 'agency', name: '已有单位', creditCode: '12100000400000624D', region: '北京市', status: 'verified' }),
      );
      expect(await app.get(DemoDataService).seedIfEmpty()).toBe(false);
      expect(await repository.count()).toBe(1);
    } finally {
      await app.close();
      await scratch.drop();
    }
  });
});
