import type { Page } from 'playwright-core';
import { call, signInApi, verifiedOrganization } from '../support/api-client';
import { axeViolations, openBrowser, type BrowserSession } from '../support/browser';
import { uniqueTag } from '../support/identities';
import { E2E_ADMIN } from '../support/product';

const baseUrl = () => process.env.E2E_BASE_URL!;

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.locator('#main').getByRole('button', { name: '登录' }).click();
}

/**
 * Reloads until `text` shows. Alerts are written by the outbox worker once the scenario is in
 * the index; Meilisearch works through one task queue for every index, so on a busy machine
 * (other suites indexing at the same time) this can take a while: up to two minutes.
 */
async function reloadUntilVisible(page: Page, text: string, withinMs = 120_000): Promise<void> {
  const locator = page.getByText(text).first();
  const end = Date.now() + withinMs;
  while (Date.now() < end) {
    try {
      await locator.waitFor({ timeout: 2_000 });
      return;
    } catch {
      await page.reload();
    }
  }
  await locator.waitFor({ timeout: 5_000 });
}

/** An agency drafts and submits a complete scenario; the e2e admin publishes it. Returns its id. */
async function publish(agencyToken: string, title: string, tags: string[]): Promise<string> {
  const created = await call<{ id: string }>('/api/v1/scenarios', {
    token: agencyToken,
    body: {
      title,
      summary: '利用路口视频检测与信号配时优化缓解高峰拥堵。',
      description: '主城区 24 个路口采用固定配时，早晚高峰排队溢出频发。',
      scope: '建设视频检测、配时优化模型与评估看板。',
      kpis: [{ name: '高峰延误下降', target: '≥15%' }],
      expectedOutcomes: '形成可推广的智能配时方案。',
      acceptanceCriteria: '第三方评估延误下降不低于 15%。',
      resources: { data: '路口流量数据' },
      sector: 'transport',
      region: '四川省/锦城市',
      site: '高新区 24 个路口',
      tags,
      budgetMin: 100,
      budgetMax: 300,
      fundingSource: '市级财政资金',
      cooperationMode: 'procurement',
      qualifications: [],
      consortiumAllowed: true,
      rubric: [{ name: '技术方案', weight: 100 }],
      deadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      sealed: true,
      contact: { name: '王工', phone: '028-88886666' },
    },
  });
  expect(created.status).toBe(201);
  expect((await call(`/api/v1/scenarios/${created.body.id}/submit`, { method: 'POST', token: agencyToken })).status).toBe(200);
  const admin = await signInApi(E2E_ADMIN.email, E2E_ADMIN.password);
  const published = await call(`/api/v1/scenarios/${created.body.id}/publish`, { token: admin, body: {} });
  expect(published.status).toBe(200);
  return created.body.id;
}

describe('matching, recommendations and alerts in Chromium', () => {
  let enterprise: BrowserSession;
  let agency: BrowserSession;
  beforeEach(async () => {
    [enterprise, agency] = await Promise.all([openBrowser(), openBrowser()]);
  });
  afterEach(async () => {
    await Promise.all([enterprise?.close(), agency?.close()]);
  });

  it('the agency sees who fits and why; the enterprise is alerted, sees the recommendation, and saves a search that alerts it too', async () => {
    const tag = uniqueTag();
    const special = `车流感知${tag}`;
    const agencyMember = await verifiedOrganization('agency');
    const company = await verifiedOrganization('enterprise', `端到端视觉交通 ${tag}`);
    const companyToken = await signInApi(company.email, company.password);
    const profile = await call('/api/v1/organizations/me/profile', {
      method: 'PUT',
      token: companyToken,
      body: {
        summary: '专注路口视频分析与信号配时优化。',
        capabilities: [
          { name: '路口视频结构化', description: '车辆检测与排队长度估计。', tags: ['计算机视觉', special] },
          { name: '信号配时优化', description: '强化学习区域协调控制。', tags: ['交通信号'] },
        ],
        tags: ['智能交通'],
        sectors: ['transport'],
        regions: ['四川省'],
        qualifications: ['高新技术企业'],
        cases: [{ title: '30 个路口交通信号自适应控制', client: '某市交警支队', year: 2025, outcome: '延误下降 16%' }],
        teamSize: 40,
        openForMatching: true,
      },
    });
    expect(profile.status).toBe(200);

    // The enterprise signs in before publication and saves a search from the search page.
    const e = enterprise.page;
    await signIn(e, company.email, company.password);
    await e.waitForURL('**/enterprise');
    await e.goto(`${baseUrl()}/scenarios?q=${encodeURIComponent(special)}`);
    await e.getByRole('button', { name: '保存搜索并提醒' }).click();
    const dialog = e.getByRole('dialog');
    await dialog.getByLabel('名称').fill(`关注 ${special}`);
    await dialog.getByRole('button', { name: '保存' }).click();
    await e.getByText('已保存，可在“保存的搜索”中管理').waitFor();
    await e.goto(`${baseUrl()}/saved-searches`);
    await e.getByRole('link', { name: `关注 ${special}` }).waitFor();
    expect(await e.getByRole('switch', { name: `“关注 ${special}”的新场景提醒` }).getAttribute('aria-checked')).toBe('true');
    expect(await axeViolations(e)).toEqual([]);

    const agencyToken = await signInApi(agencyMember.email, agencyMember.password);
    const title = `路口信号智能配时 ${tag}`;
    const scenarioId = await publish(agencyToken, title, ['机器视觉', '交通信号控制', special]);

    // The agency opens the matches of its scenario and reads the reasons.
    const a = agency.page;
    await signIn(a, agencyMember.email, agencyMember.password);
    await a.waitForURL('**/agency');
    await a.goto(`${baseUrl()}/scenarios/${scenarioId}`);
    await a.getByRole('tab', { name: '匹配企业' }).click();
    await a.waitForURL(`**/scenarios/${scenarioId}?tab=matches`);
    const first = a.getByTestId('match').first();
    await first.getByRole('link', { name: `端到端视觉交通 ${tag}` }).waitFor();
    await first.getByText(`具备所需能力：机器视觉（计算机视觉）、交通信号控制（交通信号）、${special}`).waitFor();
    await first.getByText('服务地区：四川省').waitFor();
    expect(await axeViolations(a)).toEqual([]);
    // The public profile is one click away.
    await first.getByRole('link', { name: `端到端视觉交通 ${tag}` }).click();
    await a.waitForURL(`**/enterprises/${company.organizationId}`);

    // The enterprise: the bell counts the alerts, the notification page shows them, the dashboard recommends the scenario.
    await e.goto(`${baseUrl()}/notifications`);
    await reloadUntilVisible(e, `新发布的场景“${title}”`);
    await e.getByText(`您保存的搜索“关注 ${special}”有新场景：“${title}”`).waitFor();
    // The choice is the server's: the radio follows once it is saved.
    await e.getByRole('radio', { name: '每日摘要（一天一封）' }).click();
    await e.getByText('邮件提醒设置已保存').waitFor();
    expect(await axeViolations(e)).toEqual([]);
    await e.getByRole('link', { name: new RegExp(`^新发布的场景“${title}”`) }).click();
    await e.waitForURL(`**/scenarios/${scenarioId}`);

    await e.goto(`${baseUrl()}/enterprise`);
    const recommendation = e.locator(`[data-testid="recommendation"][data-scenario="${scenarioId}"]`);
    await recommendation.waitFor();
    await recommendation.getByText(/具备所需能力：机器视觉（计算机视觉）/).waitFor();
    expect(await axeViolations(e)).toEqual([]);

    // The e-mail choice was kept.
    await e.goto(`${baseUrl()}/notifications`);
    expect(await e.getByRole('radio', { name: '每日摘要（一天一封）' }).isChecked()).toBe(true);
  });
});
