import { verify } from '@node-rs/argon2';
import { DataSource } from 'typeorm';
import { startTestApp, unique } from '../../../test/test-app';
import { AdminAccountService } from './admin-account.service';
import { User } from './user.entity';

describe('first platform admin from ADMIN_EMAIL / ADMIN_PASSWORD', () => {
  it('is created once with an argon2id hash, the e-mail lower-cased, and kept unchanged on later starts', async () => {
    const email = `${unique('Admin.')}@Example.GOV.cn`;
    const first = await startTestApp({ ADMIN_EMAIL: email, ADMIN_PASSWORD: 'first-Password-1' });
    const users = first.get(DataSource).getRepository(User);
    let created: User | null;
    try {
      created = await users.findOneBy({ email: email.toLowerCase() });
      expect(created).toMatchObject({ platformRole: 'admin', organizationId: null, active: true });
      expect(created!.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verify(created!.passwordHash!, 'first-Password-1')).toBe(true);
    } finally {
      await first.close();
    }

    // A second start with a different password must not overwrite a password the admin may have changed.
    const second = await startTestApp({ ADMIN_EMAIL: email, ADMIN_PASSWORD: 'second-Password-2' });
    try {
      const rows = await second.get(DataSource).getRepository(User).findBy({ email: email.toLowerCase() });
      expect(rows).toHaveLength(1);
      expect(rows[0].passwordHash).toBe(created!.passwordHash);
    } finally {
      await second.close();
    }
  });

  it('creates exactly one account when several replicas start at once', async () => {
    const email = `${unique('race')}@example.com`;
    const app = await startTestApp({ ADMIN_EMAIL: email, ADMIN_PASSWORD: 'race-Password-1' });
    try {
      // The account was created at start; remove it and race three creations.
      const users = app.get(DataSource).getRepository(User);
      await users.delete({ email });
      const service = app.get(AdminAccountService);
      await Promise.all([service.ensureFirstAdmin(), service.ensureFirstAdmin(), service.ensureFirstAdmin()]);
      expect(await users.countBy({ email })).toBe(1);
    } finally {
      await app.close();
    }
  });
});
