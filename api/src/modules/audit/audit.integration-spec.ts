import { DataSource } from 'typeorm';
import { Harness } from '../../../test/factories';
import { createScratchDatabase } from '../../../test/scratch-database';
import { AuditService } from './audit.service';

describe('audit log', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let h: Harness;

  // A database of its own: these tests tamper with the log on purpose.
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true' });
  });
  afterAll(async () => {
    await h.close();
    await scratch.drop();
  });

  const db = () => h.app.get(DataSource);
  const verify = async () =>
    (
      await h
        .http()
        .post('/api/v1/admin/audit/verify')
        .set((await h.adminSession()).auth)
        .expect(200)
    ).body;

  it('records who did what, in the same transaction as the change, and lists it filtered for admins', async () => {
    const { organizationId } = await h.registerVerified();
    const admin = await h.adminSession();
    const page = await h.http().get(`/api/v1/admin/audit?targetType=organization&targetId=${organizationId}`).set(admin.auth).expect(200);
    expect(page.body.items.map((e: { action: string }) => e.action)).toEqual(['organization.verified', 'organization.registered']);
    expect(page.body.items[0]).toMatchObject({
      targetType: 'organization',
      requestId: expect.any(String),
      summary: { before: { status: 'pending' }, after: { status: 'verified' } },
    });
    const actions = await h.http().get('/api/v1/admin/audit/actions').set(admin.auth).expect(200);
    expect(actions.body.items).toEqual(expect.arrayContaining(['auth.signed_in', 'organization.registered', 'organization.verified']));

    // A refused change leaves no entry behind.
    const before = await db().query('SELECT count(*)::int AS n FROM audit_log');
    await h.http().post(`/api/v1/admin/organizations/${organizationId}/verify`).set(admin.auth).expect(409);
    expect(await db().query('SELECT count(*)::int AS n FROM audit_log')).toEqual(before);
  });

  it('keeps a valid chain when many changes are written at the same time', async () => {
    await Promise.all(Array.from({ length: 12 }, () => h.register()));
    const report = await verify();
    expect(report).toMatchObject({ ok: true, firstBroken: null });
    expect(report.checked).toBeGreaterThanOrEqual(24);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows in the database itself', async () => {
    await expect(db().query(`UPDATE audit_log SET action = 'forged' WHERE id = 1`)).rejects.toThrow(/append-only/);
    await expect(db().query('DELETE FROM audit_log WHERE id = 1')).rejects.toThrow(/append-only/);
    await expect(db().query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
  });

  /** Tampering needs the trigger switched off, as only the table owner could do. */
  async function tamper(sql: string): Promise<void> {
    await db().transaction(async (m) => {
      await m.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
      await m.query(sql);
      await m.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
    });
  }

  it('detects an edited row, a deleted row and two reordered rows, naming the first broken entry', async () => {
    expect((await verify()).ok).toBe(true);
    const snapshot = (await db().query('SELECT * FROM audit_log ORDER BY id')) as Record<string, unknown>[];

    await tamper(`UPDATE audit_log SET summary = '{"after":{"status":"rejected"}}' WHERE id = 5`);
    expect(await verify()).toMatchObject({ ok: false, checked: 4, firstBroken: { id: '5', reason: 'HASH_MISMATCH' } });
    await tamper(`UPDATE audit_log SET summary = $$${JSON.stringify(snapshot[4].summary)}$$::jsonb WHERE id = 5`);
    expect((await verify()).ok).toBe(true);

    await tamper('DELETE FROM audit_log WHERE id = 7');
    expect(await verify()).toMatchObject({ ok: false, firstBroken: { id: '8', reason: 'SEQUENCE_GAP' } });
    const seven = snapshot[6];
    await tamper(
      `INSERT INTO audit_log SELECT * FROM jsonb_populate_record(NULL::audit_log, $$${JSON.stringify({ ...seven, occurred_at: (seven.occurred_at as Date).toISOString() })}$$::jsonb)`,
    );
    expect((await verify()).ok).toBe(true);

    // Swap the contents of entries 9 and 10 (ids stay in order).
    await tamper(`
      WITH a AS (SELECT * FROM audit_log WHERE id = 9), b AS (SELECT * FROM audit_log WHERE id = 10)
      UPDATE audit_log t SET occurred_at = s.occurred_at, actor_user_id = s.actor_user_id, actor_organization_id = s.actor_organization_id,
        action = s.action, target_type = s.target_type, target_id = s.target_id, request_id = s.request_id, ip = s.ip,
        summary = s.summary, prev_hash = s.prev_hash, hash = s.hash
      FROM (SELECT 9 AS id, b.* FROM b UNION ALL SELECT 10 AS id, a.* FROM a) s(target, _id) WHERE t.id = s.target`);
    expect(await verify()).toMatchObject({ ok: false, firstBroken: { id: '9', reason: 'PREVIOUS_HASH_MISMATCH' } });
    expect(await h.app.get(AuditService).verifyChain(3)).toMatchObject({ ok: false, firstBroken: { id: '9' } });
  });
});
