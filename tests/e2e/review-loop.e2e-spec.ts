import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import { call, signInApi, verifiedOrganization } from '../support/api-client';
import { axeViolations, openBrowser, type BrowserSession } from '../support/browser';
import { E2E_PASSWORD, uniqueTag } from '../support/identities';
import { E2E_ADMIN, startApi, type RunningApi } from '../support/product';

const baseUrl = () => process.env.E2E_BASE_URL!;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.locator('#main').getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Another signed-in person in the same Chromium (a context of their own: cookies, storage). */
async function person(browser: Browser, email: string, password: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  await signIn(page, email, password);
  return page;
}

const DAY = 86_400_000;

/**
 * This suite runs its own API process (own database and index prefix) whose clock is the real
 * time plus an offset read from a file, so it can move the server past a deadline and an
 * objection period without disturbing the suites that share the main product.
 */
let own: RunningApi;
let clockFile: string;
let offset = 0;
let database: { name: string; adminUrl: string };
let sharedBaseUrl: string | undefined;

async function onServer(text: string): Promise<void> {
  const client = new Client({ connectionString: database.adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Moves the server's clock on. */
function advance(days: number): void {
  offset += days * DAY;
  writeFileSync(clockFile, String(offset));
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 40_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function newReviewer(admin: string, displayName: string, expertise: string[], affiliations: string[]) {
  const email = `reviewer.${uniqueTag()}@example.org`;
  const created = await call<{ link: string; reviewer: { id: string } }>('/api/v1/admin/reviewers', {
    token: admin,
    body: { email, displayName, expertise, affiliations },
  });
  expect(created.status).toBe(201);
  const token = new URL(created.body.link).hash.slice(7);
  expect((await call('/api/v1/auth/password', { body: { token, password: E2E_PASSWORD } })).status).toBe(200);
  return { email, id: created.body.reviewer.id };
}

describe('the review loop in Chromium: panel, scoring, decision, 公示, objection, feedback, delivery, statistics', () => {
  let session: BrowserSession;
  const errors: string[] = [];
  beforeAll(async () => {
    const base = new URL(process.env.E2E_DATABASE_URL!);
    database = { name: `review_loop_${uniqueTag().replace(/[^a-z0-9]/g, '')}`, adminUrl: base.toString() };
    await onServer(`CREATE DATABASE ${database.name}`);
    const url = new URL(base);
    url.pathname = `/${database.name}`;
    clockFile = path.join(mkdtempSync(path.join(tmpdir(), 'scenebridge-clock-')), 'offset-ms');
    own = await startApi({
      DATABASE_URL: url.toString(),
      MEILI_URL: process.env.E2E_MEILI_URL!,
      MEILI_MASTER_KEY: process.env.E2E_MEILI_MASTER_KEY!,
      MEILI_INDEX_PREFIX: `${database.name}_`,
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      SIGN_IN_SLOWDOWN_MS: '1',
      TEST_CLOCK_FILE: clockFile,
    });
    // The API helpers talk to this suite's product.
    sharedBaseUrl = process.env.E2E_BASE_URL;
    process.env.E2E_BASE_URL = own.baseUrl;
  });
  afterAll(async () => {
    await session?.close();
    process.env.E2E_BASE_URL = sharedBaseUrl;
    await own?.stop();
    if (database) await onServer(`DROP DATABASE IF EXISTS ${database.name} WITH (FORCE)`);
  });

  it('runs from an expired scenario to a landed pilot', async () => {
    const tag = uniqueTag();
    const agency = await verifiedOrganization('agency');
    const winner = await verifiedOrganization('enterprise', `端到端视觉 ${tag}`);
    const other = await verifiedOrganization('enterprise', `端到端交通 ${tag}`);
    const admin = await signInApi(E2E_ADMIN.email, E2E_ADMIN.password);
    const r1 = await newReviewer(admin, `甲专家 ${tag}`, ['计算机视觉', '交通信号控制'], []);
    const r2 = await newReviewer(admin, `乙专家 ${tag}`, ['强化学习', '智能交通'], [other.organizationName]);

    // A published scenario with a solution from each enterprise.
    const agencyToken = await signInApi(agency.email, agency.password);
    const title = `路口信号配时优化 ${tag}`;
    const created = await call<{ id: string }>('/api/v1/scenarios', {
      token: agencyToken,
      body: {
        title,
        summary: '利用视频检测与强化学习优化主干道信号配时。',
        description: '主城区 32 个路口仍采用固定配时方案，高峰延误严重。',
        scope: '路口视频检测、配时优化模型与效果评估平台。',
        kpis: [{ name: '高峰平均延误下降', target: '≥15%' }],
        expectedOutcomes: '形成可推广的信号智能配时方案。',
        acceptanceCriteria: '第三方评估延误下降不低于 15%。',
        resources: { data: '近一年路口流量数据' },
        sector: 'transport',
        region: '四川省/锦城市',
        site: '高新区',
        tags: ['计算机视觉', '交通信号', '强化学习'],
        budgetMin: 200,
        budgetMax: 500,
        fundingSource: '市级财政资金',
        cooperationMode: 'procurement',
        qualifications: [],
        consortiumAllowed: false,
        rubric: [
          { name: '技术方案', weight: 50 },
          { name: '团队与业绩', weight: 30 },
          { name: '报价', weight: 20 },
        ],
        deadline: new Date(Date.now() + 10 * DAY).toISOString(),
        sealed: true,
        contact: { name: '周明', phone: '028-12345678' },
      },
    });
    expect(created.status).toBe(201);
    const scenarioId = created.body.id;
    expect((await call(`/api/v1/scenarios/${scenarioId}/submit`, { method: 'POST', token: agencyToken })).status).toBe(200);
    const batch = await call<{ id: string }>('/api/v1/admin/batches', { token: admin, body: { year: 2031, number: 1 } });
    expect(batch.status).toBe(201);
    expect((await call(`/api/v1/scenarios/${scenarioId}/publish`, { token: admin, body: { batchId: batch.body.id } })).status).toBe(200);
    const solutionOf: Record<string, string> = {};
    for (const firm of [winner, other]) {
      const token = await signInApi(firm.email, firm.password);
      const solution = await call<{ id: string }>(`/api/v1/scenarios/${scenarioId}/solutions`, {
        token,
        body: {
          title: `${firm.organizationName} 的方案`,
          brief: '视频感知与强化学习配时。',
          approach: '路口视频结构化，区域协调控制。',
          timeline: [{ phase: '部署', weeks: 8 }],
          priceQuote: 320,
          eligibilityDeclared: true,
        },
      });
      expect(solution.status).toBe(201);
      expect((await call(`/api/v1/solutions/${solution.body.id}/submit`, { method: 'POST', token })).status).toBe(200);
      solutionOf[firm.organizationId] = solution.body.id;
    }
    // Ten days later the deadline has passed; the server's scheduler closes the scenario.
    advance(10.01);
    await until(async () => {
      const s = await call<{ status: string }>(`/api/v1/scenarios/${scenarioId}`);
      return s.body.status === 'closed' ? true : undefined;
    }, 'the scenario to close');

    session = await openBrowser();
    session.page.on('pageerror', (error) => errors.push(String(error)));
    const a = session.page;

    // 1. The agency forms the panel from the suggested experts; the conflict is flagged.
    await signIn(a, agency.email, agency.password);
    await a.goto(`${baseUrl()}/agency/scenarios`);
    await a
      .getByRole('row', { name: new RegExp(title) })
      .getByRole('link', { name: '评审与结果' })
      .click();
    await a.waitForURL(`**/agency/scenarios/${scenarioId}/review`);
    const r2Row = a.getByRole('row', { name: new RegExp(`乙专家 ${tag}`) });
    await r2Row.getByTestId('conflict-flag').getByText(`与 ${other.organizationName} 有关联`).waitFor();
    await a.getByRole('checkbox', { name: `选择 甲专家 ${tag}` }).check();
    await a.getByRole('checkbox', { name: `选择 乙专家 ${tag}` }).check();
    await a.getByRole('button', { name: '加入专家组（2）' }).click();
    await a.getByText('已指派 2 位专家').waitFor();
    await a.getByText('评审进行中').waitFor();

    // 2. Reviewer 1 declares no conflict, reads, and scores both solutions.
    const reviewer1 = await person(session.browser, r1.email, E2E_PASSWORD, errors);
    await reviewer1.goto(`${baseUrl()}/reviewer`);
    await reviewer1.getByRole('link', { name: title }).click();
    await reviewer1.waitForURL(`**/reviewer/scenarios/${scenarioId}`);
    const totals: Record<string, [number, number, number]> = {
      [solutionOf[winner.organizationId]]: [45, 27, 18],
      [solutionOf[other.organizationId]]: [30, 18, 12],
    };
    for (const [solutionId, scores] of Object.entries(totals)) {
      const card = reviewer1.getByTestId(`review-${solutionId}`);
      await card.getByRole('button', { name: '声明无利益冲突并查看' }).click();
      await card.getByLabel('技术方案（满分 50）').waitFor();
      await card.getByLabel('团队与业绩（满分 30）').fill(String(scores[1]));
      await card.getByLabel('报价（满分 20）').fill(String(scores[2]));
      await card.getByLabel('技术方案（满分 50）').fill(String(scores[0]));
      await card.getByLabel('评审意见').fill(`甲专家意见 ${solutionId.slice(0, 6)}`);
      await card
        .getByTestId('score-total')
        .getByText(`合计：${scores[0] + scores[1] + scores[2]} / 100`)
        .waitFor();
      await card.getByRole('button', { name: '提交评分' }).click();
      await card.getByText(`已评分 ${scores[0] + scores[1] + scores[2]} 分`).waitFor();
    }

    // 3. Reviewer 2 must recuse from the applicant it is affiliated with, then scores the other.
    const reviewer2 = await person(session.browser, r2.email, E2E_PASSWORD, errors);
    await reviewer2.goto(`${baseUrl()}/reviewer/scenarios/${scenarioId}`);
    const conflicted = reviewer2.getByTestId(`review-${solutionOf[other.organizationId]}`);
    await conflicted.getByText(`系统发现您与 ${other.organizationName} 存在关联，须回避该方案。`).waitFor();
    expect(await conflicted.getByRole('button', { name: '声明无利益冲突并查看' }).isDisabled()).toBe(true);
    await conflicted.getByRole('button', { name: '回避' }).click();
    await reviewer2.getByRole('dialog').getByLabel('回避原因').fill('曾任该企业技术顾问');
    await reviewer2.getByRole('dialog').getByRole('button', { name: '回避' }).click();
    await conflicted.getByText('回避原因：曾任该企业技术顾问').waitFor();
    const mine = reviewer2.getByTestId(`review-${solutionOf[winner.organizationId]}`);
    await mine.getByRole('button', { name: '声明无利益冲突并查看' }).click();
    await mine.getByLabel('技术方案（满分 50）').fill('40');
    await mine.getByLabel('团队与业绩（满分 30）').fill('24');
    await mine.getByLabel('报价（满分 20）').fill('16');
    await mine.getByRole('button', { name: '提交评分' }).click();
    await mine.getByText('已评分 80 分').waitFor();
    await mine.getByRole('button', { name: '查看其他专家的评分' }).click();
    await mine.getByRole('cell', { name: `甲专家意见 ${solutionOf[winner.organizationId].slice(0, 6)}` }).waitFor();
    expect(await axeViolations(reviewer2)).toEqual([]);

    // 4. The agency sees the ranking, awards the winner and announces the result.
    await a.getByRole('tab', { name: '排名与决定' }).click();
    const first = a.getByRole('row', { name: new RegExp(winner.organizationName) });
    await first.getByRole('cell', { name: '85', exact: true }).waitFor();
    // Both go on to a shortlist round, then the winner is awarded among the shortlisted.
    await a.getByRole('checkbox', { name: `选择 ${winner.organizationName} 的方案` }).check();
    await a.getByRole('checkbox', { name: `选择 ${other.organizationName} 的方案` }).check();
    await a.getByRole('button', { name: '入围（2）' }).click();
    await a.getByText('已确定入围名单').waitFor();
    await first.getByText('已入围 · 第 1 轮').waitFor();
    await a.getByRole('checkbox', { name: `选择 ${winner.organizationName} 的方案` }).check();
    await a.getByRole('button', { name: '选定（1）' }).click();
    await a.getByRole('dialog').getByLabel('选定理由（将公开）').fill('综合得分第一');
    await a.getByRole('dialog').getByRole('button', { name: '确认选定' }).click();
    await a.getByText('已选定方案').waitFor();
    await a.getByRole('tab', { name: '公示与异议' }).click();
    // A week of objections, by the server's (moved) clock.
    const end = new Date(Date.now() + offset + 7 * DAY);
    const pad = (n: number) => String(n).padStart(2, '0');
    const endText = `${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())} 18:00`;
    await a.getByLabel('异议期截止').fill(endText);
    await a.getByLabel('异议期截止').press('Tab');
    await a.getByRole('button', { name: '发布公示' }).click();
    await a.getByText('结果已公示').waitFor();
    await a.getByTestId('announcement-text').getByText(title, { exact: false }).waitFor();

    // 5. The other enterprise finds the result in public and objects.
    const objector = await person(session.browser, other.email, other.password, errors);
    await objector.goto(`${baseUrl()}/results`);
    await objector.getByRole('link', { name: title }).click();
    await objector.getByRole('cell', { name: winner.organizationName, exact: true }).waitFor();
    await objector.getByLabel('异议内容与理由').fill('对报价评分有异议。');
    await objector.getByRole('button', { name: '提交异议' }).click();
    await objector.getByText('异议已提交，发布单位答复后您会收到通知').waitFor();
    expect(await axeViolations(objector)).toEqual([]);

    // 6. A week later the objection period is over; the agency answers and the result becomes final.
    advance(8);
    await a.reload();
    await a.getByText('对报价评分有异议。').waitFor();
    await a.getByRole('button', { name: '答复' }).click();
    await a.getByLabel('答复内容').fill('经复核，评分符合评审细则。');
    await a.getByRole('button', { name: '发送答复' }).click();
    await a.getByText('结果已生效').waitFor();

    // 7. Feedback to the enterprise that was not selected, with the chosen comment.
    await a.getByRole('tab', { name: '评审反馈' }).click();
    const feedbackCard = a.getByTestId(`feedback-${solutionOf[other.organizationId]}`);
    await feedbackCard.getByRole('checkbox', { name: /甲专家意见/ }).check();
    await feedbackCard.getByRole('button', { name: '发布反馈' }).click();
    await feedbackCard.getByText(/已于 .* 发布/).waitFor();
    await objector.goto(`${baseUrl()}/enterprise/solutions/${solutionOf[other.organizationId]}`);
    const outcome = objector.getByTestId('solution-outcome');
    await outcome.getByText('您的方案未被选定。').waitFor();
    await outcome.getByText('第 2 名 / 共 2 份').waitFor();
    await outcome.getByText(`甲专家意见 ${solutionOf[other.organizationId].slice(0, 6)}`).waitFor();

    // 8. Delivery: a milestone with evidence, then the agency confirms the pilot landed.
    await a.getByRole('tab', { name: '落地跟踪' }).click();
    await a.getByLabel('里程碑').fill('完成 32 个路口设备联调');
    await a.getByLabel('计划日期').fill('2027-06-30');
    await a.getByLabel('计划日期').press('Enter');
    await a.getByRole('button', { name: '添加', exact: true }).click();
    await a.getByText('已添加里程碑').waitFor();
    await a.locator('input[type=file]').setInputFiles({ name: '联调报告.pdf', mimeType: 'application/pdf', buffer: PDF });
    await a.getByRole('link', { name: /联调报告\.pdf/ }).waitFor();
    await a.getByRole('button', { name: '确认落地' }).click();
    await a
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await a.getByText(/已于 .* 确认落地/).waitFor();

    // 9. The public result page shows the landed pilot; statistics count it.
    const visitor = await session.browser.newContext({ locale: 'en-US' });
    const v = await visitor.newPage();
    v.on('pageerror', (error) => errors.push(String(error)));
    await v.goto(`${baseUrl()}/results/${scenarioId}`);
    await v.getByText('结果已生效').waitFor();
    await v.getByRole('cell', { name: '完成 32 个路口设备联调' }).waitFor();
    await v.getByText('1 份材料（仅发布单位与实施单位可见）').waitFor();
    const stats = await call<{ funnel: { landed: number } }>('/api/v1/stats');
    expect(stats.body.funnel.landed).toBeGreaterThanOrEqual(1);
    await v.goto(`${baseUrl()}/statistics`);
    await v.getByText('已落地').first().waitFor();
    await v.locator('[role=img][aria-label*="已落地"]').first().waitFor();
    expect(await axeViolations(v)).toEqual([]);
    const csv = await v.request.get(`${baseUrl()}/api/v1/stats/export?format=csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(agency.organizationName);

    expect(errors).toEqual([]);
  });
});
