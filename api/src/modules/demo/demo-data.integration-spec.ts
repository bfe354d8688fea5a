import { isValidCreditCode } from '@scenebridge/shared';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createScratchDatabase } from '../../../test/scratch-database';
import { startTestApp } from '../../../test/test-app';
import { verifyPassword } from '../../common/security/passwords';
import { Organization } from '../organizations/organization.entity';
import { User } from '../users/user.entity';
import { DEMO_ORGANIZATIONS, DEMO_REVIEWERS } from './demo-data';
import { DEMO_HISTORY } from './demo-history';
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

      // Part of the first batch went through review, decision, 公示 and delivery.
      const statuses = Object.fromEntries(
        (
          (await dataSource.query(`SELECT title, status FROM scenarios WHERE title = ANY($1)`, [DEMO_HISTORY.map((h) => h.scenario)])) as {
            title: string;
            status: string;
          }[]
        ).map((r) => [r.title, r.status]),
      );
      expect(DEMO_HISTORY.map((h) => statuses[h.scenario])).toEqual([
        'landed',
        'in_delivery',
        'announced',
        'no_award',
        'reviewing',
        'closed',
      ]);
      const results = await request(app.getHttpServer()).get('/api/v1/results').expect(200);
      expect(results.body.items).toHaveLength(4);
      const stats = await request(app.getHttpServer()).get('/api/v1/stats').expect(200);
      expect(stats.body.funnel).toMatchObject({ received: 6, awarded: 3, landed: 1 });

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
