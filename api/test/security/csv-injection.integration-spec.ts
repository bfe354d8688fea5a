import { eventually } from '../eventually';
import { Harness, publishScenario, solutionBody } from '../factories';
import { createScratchDatabase } from '../scratch-database';
import { unique } from '../test-app';

/**
 * Texts that people type — an organisation's name, a scenario's title, a solution's title —
 * end up in CSV files that others open in Excel or WPS. A value that starts a formula must
 * arrive there as text, in every export.
 */
describe('security: formula injection through CSV exports', () => {
  let h: Harness;
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  const tag = unique();
  const agencyName = `=HYPERLINK("http://evil.example/${tag}","点击查看")`;
  const scenarioTitle = `+cmd|' /C calc'!A0 ${tag}`;
  const solutionTitle = `@SUM(1+1)*cmd ${tag}`;
  const solutionBrief = `-2+3 ${tag}`;
  let scenarioId: string;
  let agency: Awaited<ReturnType<Harness['registerVerified']>>;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    h = await Harness.start({ DATABASE_URL: scratch.url, RUN_MIGRATIONS: 'true', OUTBOX_WORKER: 'true', OUTBOX_POLL_MS: '50' });
    agency = await h.registerVerified({ kind: 'agency', name: agencyName });
    const enterprise = await h.registerVerified({ kind: 'enterprise' });
    scenarioId = await publishScenario(h, agency.session, { title: scenarioTitle, sealed: false });
    const solution = await h
      .http()
      .post(`/api/v1/scenarios/${scenarioId}/solutions`)
      .set(enterprise.session.auth)
      .send({ ...solutionBody(tag), title: solutionTitle, brief: solutionBrief })
      .expect(201);
    await h.http().post(`/api/v1/solutions/${solution.body.id}/submit`).set(enterprise.session.auth).expect(200);
  });
  afterAll(async () => {
    await h.close();
    await scratch.drop();
  });

  /** Every cell of a CSV text, quotes removed. */
  function cells(csv: string): string[] {
    return csv
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [])
      .map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'))
      .filter(Boolean);
  }
  const formulaCells = (csv: string) => cells(csv).filter((c) => /^[=+\-@\t\r]/.test(c));

  it('the search export writes a hostile title and agency name as text', async () => {
    const csv = await eventually(async () => {
      const r = await h.http().get(`/api/v1/scenarios/export?format=csv&q=${tag}`).expect(200);
      expect(r.text).toContain(tag);
      return r.text;
    });
    expect(cells(csv)).toEqual(expect.arrayContaining([`'${scenarioTitle}`, `'${agencyName}`]));
    expect(formulaCells(csv)).toEqual([]);
  });

  it('the received-solutions export writes hostile solution texts as text', async () => {
    const r = await h.http().get(`/api/v1/scenarios/${scenarioId}/solutions/export?format=csv`).set(agency.session.auth).expect(200);
    expect(cells(r.text)).toEqual(expect.arrayContaining([`'${solutionTitle}`, `'${solutionBrief}`]));
    expect(formulaCells(r.text)).toEqual([]);
  });

  it('the statistics export writes a hostile agency name as text', async () => {
    const r = await h.http().get('/api/v1/stats/export?format=csv').expect(200);
    expect(r.text).toContain(tag);
    expect(cells(r.text)).toEqual(expect.arrayContaining([`'${agencyName}：发布`]));
    expect(formulaCells(r.text)).toEqual([]);
  });
});
