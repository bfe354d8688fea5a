import type { Page } from 'playwright-core';
import { verifiedOrganization } from '../support/api-client';
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

/** Chooses an option of a searchable select by typing it. */
async function pickOption(page: Page, label: string, option: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(option);
  await page.locator('.ant-select-item-option').filter({ hasText: option }).first().waitFor();
  await input.press('Enter');
}

async function addTag(page: Page, label: string, values: string[]): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  for (const value of values) {
    await input.fill(value);
    await input.press('Enter');
  }
}

describe('scenario loop in Chromium', () => {
  let agency: BrowserSession;
  let admin: BrowserSession;
  let visitor: BrowserSession;

  beforeEach(async () => {
    [agency, admin, visitor] = await Promise.all([openBrowser(), openBrowser(), openBrowser()]);
  });
  afterEach(async () => {
    await Promise.all([agency?.close(), admin?.close(), visitor?.close()]);
  });

  it('an agency drafts and submits a scenario, an admin publishes it, a visitor finds it with the sector facet and opens it', async () => {
    const member = await verifiedOrganization('agency');
    const tag = uniqueTag();
    const title = `滨河路智慧停车诱导试点 Zq${tag}`;

    // The agency fills in the whole form and submits.
    const page = agency.page;
    await signIn(page, member.email, member.password);
    await page.waitForURL('**/agency');
    await page.goto(`${baseUrl()}/agency/scenarios/new`);
    await page.getByLabel('场景名称').fill(title);
    await page.getByLabel('一句话摘要').fill('利用视频识别与泊位传感器发布实时空余车位，缓解商圈停车难。');
    await page.getByLabel('问题与现状').fill('滨河商圈高峰时段车辆绕行找位比例超过 30%，周边道路拥堵明显。');
    await page.getByLabel('建设内容').fill('建设泊位感知、诱导屏联动与停车数据平台，试运行 3 个月。');
    await pickOption(page, '所属领域', '智能交通');
    await page.getByLabel('地区').fill('四川省/锦城市');
    await addTag(page, '能力需求', ['计算机视觉', '停车诱导']);
    await page.getByLabel('指标').first().fill('空余泊位识别准确率');
    await page.getByLabel('目标值').first().fill('≥95%');
    await page.getByLabel('预期成效').fill('商圈找位时间缩短 40%。');
    await page.getByLabel('验收标准').fill('第三方测评准确率不低于 95%。');
    await page.getByLabel('预算下限（万元）').fill('80');
    await page.getByLabel('预算上限（万元）').fill('150');
    await page.getByLabel('采购').check();
    await page.getByLabel('截止时间').click();
    // Two months ahead (a deadline lies between 3 days and a year away).
    const deadline = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('截止时间').fill(`${deadline} 18:00`);
    await page.getByLabel('截止时间').press('Enter');
    await page.locator('#contact_name').fill('王工');
    await page.locator('#contact_phone').fill('028-88886666');
    await page.getByRole('status').filter({ hasText: '权重合计：100' }).waitFor();
    await page.getByRole('button', { name: '保存并提交审核' }).click();
    // If the server finds the draft incomplete, say what it lacks instead of timing out.
    await Promise.race([
      page.waitForURL('**/agency/scenarios'),
      page
        .getByTestId('issues')
        .waitFor()
        .then(async () => {
          throw new Error(`submission refused: ${await page.getByTestId('issues').textContent()}`);
        }),
    ]);
    await page.getByRole('row').filter({ hasText: title }).getByText('待审核').waitFor();

    // The admin publishes it into the open batch.
    await signIn(admin.page, E2E_ADMIN.email, E2E_ADMIN.password);
    await admin.page.waitForURL('**/admin');
    await admin.page.goto(`${baseUrl()}/admin/scenarios`);
    await admin.page.getByRole('row').filter({ hasText: title }).getByRole('button', { name: '发布' }).click();
    await admin.page.getByRole('dialog').getByRole('button', { name: '发布' }).click();
    await admin.page.getByText('已发布').first().waitFor();

    // A visitor searches, narrows by sector, and opens it.
    const v = visitor.page;
    await v.goto(`${baseUrl()}/scenarios?q=Zq${tag}`);
    const result = v.getByRole('link', { name: title });
    for (let attempt = 0; attempt < 20 && !(await result.isVisible()); attempt++) {
      await v.waitForTimeout(500);
      await v.reload();
    }
    await v.locator('[data-facet="sector"][data-value="transport"]').click();
    await v.waitForURL(/sector=transport/);
    expect(new URL(v.url()).searchParams.get('sector')).toBe('transport');
    await result.click();
    await v.getByRole('heading', { level: 1, name: title }).waitFor();
    await v.getByText('联系方式仅向已认证的企业成员开放。').waitFor();
    expect(await axeViolations(v)).toEqual([]);

    for (const session of [agency, admin, visitor]) expect(session.errors.filter((e) => !e.includes('401'))).toEqual([]);
  });

  it('the public search page is accessible and facet filters live in the URL', async () => {
    const v = visitor.page;
    await v.goto(`${baseUrl()}/scenarios?q=${encodeURIComponent('病虫害')}`);
    await v
      .getByRole('status')
      .filter({ hasText: /共 \d+ 个场景/ })
      .waitFor();
    await v.locator('[data-facet="sector"][data-value="agriculture"]').click();
    await v.waitForURL(/sector=agriculture/);
    const links = await v.locator('ol h2 a').allTextContents();
    expect(links.length).toBeGreaterThan(0);
    expect(await axeViolations(v)).toEqual([]);
    expect(visitor.errors).toEqual([]);
  });
});
