import type { Page } from 'playwright-core';
import { call, signInApi, verifiedOrganization } from '../support/api-client';
import { axeViolations, openBrowser, type BrowserSession } from '../support/browser';
import { uniqueTag } from '../support/identities';
import { E2E_ADMIN } from '../support/product';

const baseUrl = () => process.env.E2E_BASE_URL!;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.locator('#main').getByRole('button', { name: '登录' }).click();
}

describe('capability profile and sealed solution in Chromium', () => {
  let enterprise: BrowserSession;
  let agency: BrowserSession;
  beforeEach(async () => {
    [enterprise, agency] = await Promise.all([openBrowser(), openBrowser()]);
  });
  afterEach(async () => {
    await Promise.all([enterprise?.close(), agency?.close()]);
  });

  it('an enterprise fills its profile, saves a scenario, submits and edits a solution with a file; the agency opens it only after the deadline', async () => {
    const tag = uniqueTag();
    const agencyMember = await verifiedOrganization('agency');
    const company = await verifiedOrganization('enterprise');
    // A scenario closing in 140 seconds, so the test can cross its deadline on the real clock (with room
    // for a slow, busy machine before it).
    const deadline = Date.now() + 140_000;
    const admin = await signInApi(E2E_ADMIN.email, E2E_ADMIN.password);
    const imported = await call('/api/v1/admin/import/scenarios', {
      token: admin,
      body: {
        items: [
          {
            title: `河道漂浮物智能识别 Kp${tag}`,
            publisher: agencyMember.organizationName,
            sector: 'city',
            region: '四川省/锦城市',
            description: '利用视频识别河道漂浮物并自动派单。',
            tags: ['计算机视觉'],
            deadline: new Date(deadline).toISOString(),
            batch: '2026年第一批',
          },
        ],
      },
    });
    expect(imported.status).toBe(201);

    const page = enterprise.page;
    await signIn(page, company.email, company.password);
    await page.waitForURL('**/enterprise');

    // The capability profile.
    await page.goto(`${baseUrl()}/enterprise/profile`);
    await page.getByLabel('企业简介').fill('专注城市视频分析的人工智能企业。');
    await page.getByLabel('能力名称').fill('河道视频巡检');
    await page.getByLabel('公开并参与匹配').check();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('能力画像已保存').waitFor();

    // Find the scenario, save it, answer it.
    await page.goto(`${baseUrl()}/scenarios?q=Kp${tag}`);
    const link = page.getByRole('link', { name: `河道漂浮物智能识别 Kp${tag}` });
    for (let i = 0; i < 20 && !(await link.isVisible()); i++) {
      await page.waitForTimeout(500);
      await page.reload();
    }
    await link.click();
    await page.getByRole('button', { name: '收藏' }).click();
    await page.getByText('已收藏').first().waitFor();
    await page.getByRole('button', { name: '提交方案' }).click();
    await page.waitForURL('**/enterprise/solutions/*');
    const solutionId = page.url().split('/').pop()!;

    await page.getByLabel('方案名称').fill(`漂浮物识别方案 ${tag}`);
    await page.getByLabel('方案简介').fill('视频识别 + 自动派单。');
    await page.getByLabel('技术路线').fill(`技术路线 Sealed${tag}：目标检测与跟踪。`);
    await page.getByRole('button', { name: '添加阶段' }).click();
    await page.getByLabel('阶段').fill('部署与试运行');
    await page.getByLabel('报价（万元）').fill('88');
    await page.getByText('我们声明满足该场景的申报要求').click();
    await page.locator('input[type=file]').setInputFiles({ name: '技术方案.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('link', { name: '技术方案.pdf' }).waitFor();
    await page.getByRole('status').filter({ hasText: '草稿已自动保存' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '下一步：确认' }).click();
    await page.getByRole('button', { name: '确认提交' }).click();
    await page.waitForURL('**/enterprise');
    await page
      .getByRole('row')
      .filter({ hasText: `漂浮物识别方案 ${tag}` })
      .getByText('已提交')
      .waitFor();
    // …and the saved scenario, with its status and deadline.
    await page
      .getByRole('row')
      .filter({ hasText: `河道漂浮物智能识别 Kp${tag}` })
      .filter({ hasText: '征集中' })
      .waitFor();

    // Edit the submitted solution: a second version is kept.
    await page.goto(`${baseUrl()}/enterprise/solutions/${solutionId}`);
    await page.getByLabel('报价（万元）').fill('80');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('第 2 版').waitFor();

    // The agency sees only the count before the deadline, and cannot open the solution.
    const a = agency.page;
    await signIn(a, agencyMember.email, agencyMember.password);
    await a.waitForURL('**/agency');
    const scenarioId = (await call<{ items: { id: string }[] }>(`/api/v1/scenarios?q=Kp${tag}`)).body.items[0].id;
    await a.goto(`${baseUrl()}/agency/scenarios/${scenarioId}/solutions`);
    await a.getByText('已收到 1 份方案').waitFor();
    await a.getByText(/方案密封至/).waitFor();
    await a.goto(`${baseUrl()}/solutions/${solutionId}`);
    await a.getByText('内容不存在或您无权查看。').waitFor();
    expect(await a.locator('body').textContent()).not.toContain(`Sealed${tag}`);

    // After the deadline it opens.
    await new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now() + 1_500)));
    await a.goto(`${baseUrl()}/agency/scenarios/${scenarioId}/solutions`);
    await a.getByRole('link', { name: `漂浮物识别方案 ${tag}` }).click();
    await a.getByText(`技术路线 Sealed${tag}：目标检测与跟踪。`).waitFor();
    await a.getByRole('link', { name: '技术方案.pdf' }).waitFor();

    expect(enterprise.errors.filter((e) => !e.includes('401'))).toEqual([]);
    expect(agency.errors.filter((e) => !/40[134]/.test(e))).toEqual([]);
  }, 240_000);
});
