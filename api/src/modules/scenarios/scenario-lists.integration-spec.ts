import { DataSource } from 'typeorm';
import { buildScenarioInput, Harness } from '../../../test/factories';

/** Scenario lists: offset pages and keyset cursors give the same items in the same order. */
describe('scenario lists: keyset pagination', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.close());

  it('walks an agency’s list by cursor exactly as by page, newest change first, and ends with a null cursor', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const created: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await h
        .http()
        .post('/api/v1/scenarios')
        .set(agency.session.auth)
        .send(buildScenarioInput({ title: `分页场景 ${i}` }))
        .expect(201);
      created.push(r.body.id);
    }
    // Two rows with the very same change time: the id decides, and neither is skipped or repeated.
    await h.app
      .get(DataSource)
      .query(`UPDATE scenarios SET updated_at = (SELECT updated_at FROM scenarios WHERE id = $1) WHERE id = $2`, [created[3], created[4]]);

    const byPage: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const r = await h.http().get(`/api/v1/organizations/me/scenarios?pageSize=3&page=${page}`).set(agency.session.auth).expect(200);
      expect(r.body.total).toBe(7);
      byPage.push(...r.body.items.map((s: { id: string }) => s.id));
    }
    const byCursor: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    do {
      const url: string = `/api/v1/organizations/me/scenarios?pageSize=3${after ? `&after=${after}` : ''}`;
      const r = await h.http().get(url).set(agency.session.auth).expect(200);
      expect(r.body.total).toBe(7);
      byCursor.push(...r.body.items.map((s: { id: string }) => s.id));
      sizes.push(r.body.items.length);
      after = r.body.nextCursor;
    } while (after);

    expect(sizes).toEqual([3, 3, 1]);
    expect(byCursor).toEqual(byPage);
    expect(new Set(byCursor)).toEqual(new Set(created));
    const { rows } = {
      rows: await h.app.get(DataSource).query(`SELECT id FROM scenarios WHERE id = ANY($1) ORDER BY updated_at DESC, id DESC`, [created]),
    };
    expect(byCursor).toEqual(rows.map((r: { id: string }) => r.id));
  });

  it('keeps the review queue oldest submission first across cursors', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const admin = await h.adminSession();
    for (let i = 0; i < 4; i++) {
      const r = await h.http().post('/api/v1/scenarios').set(agency.session.auth).send(buildScenarioInput()).expect(201);
      await h.http().post(`/api/v1/scenarios/${r.body.id}/submit`).set(agency.session.auth).expect(200);
    }
    // Other suites submit and publish meanwhile, so this checks the order the cursor promises.
    const first = await h.http().get('/api/v1/admin/scenarios?status=pending_review&pageSize=2').set(admin.auth).expect(200);
    const second = await h
      .http()
      .get(`/api/v1/admin/scenarios?status=pending_review&pageSize=2&after=${first.body.nextCursor}`)
      .set(admin.auth)
      .expect(200);
    const items: { id: string; submittedAt: string }[] = [...first.body.items, ...second.body.items];
    expect(items).toHaveLength(4);
    expect(new Set(items.map((s) => s.id)).size).toBe(4);
    const times = items.map((s) => Date.parse(s.submittedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('refuses a cursor it did not hand out with 400 INVALID_CURSOR', async () => {
    const agency = await h.registerVerified({ kind: 'agency' });
    const forged = Buffer.from(JSON.stringify(['not a time', 'x'])).toString('base64url');
    for (const after of [forged, 'bm90LWpzb24', 'a'.repeat(201), 'has spaces']) {
      const r = await h
        .http()
        .get(`/api/v1/organizations/me/scenarios?after=${encodeURIComponent(after)}`)
        .set(agency.session.auth);
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('VALIDATION_FAILED');
      expect(r.body.details.map((d: { field: string }) => d.field)).toEqual(['after']);
    }
    const one = await h.http().get(`/api/v1/organizations/me/scenarios?after=${forged}`).set(agency.session.auth);
    expect(one.body.details[0].code).toBe('INVALID_CURSOR');
  });
});
