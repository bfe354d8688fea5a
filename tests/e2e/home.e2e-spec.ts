import { DEFAULT_SECTORS } from '@scenebridge/shared';
import { axeViolations, openBrowser, type BrowserSession } from '../support/browser';

describe('home page in Chromium', () => {
  let session: BrowserSession;
  const baseUrl = () => process.env.E2E_BASE_URL!;

  beforeEach(async () => {
    session = await openBrowser();
  });
  afterEach(async () => {
    await session?.close();
  });

  it('renders in Chinese by default, switches to English, keeps the choice after a reload, with no console errors', async () => {
    const { page } = session;
    await page.goto(baseUrl());
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toBe('让场景找到能力，让能力找到场景');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

    const sectors = page.locator('[data-sector]');
    expect(await sectors.count()).toBe(DEFAULT_SECTORS.length);
    expect(await sectors.allTextContents()).toEqual(DEFAULT_SECTORS.map((s) => s.nameZh));
    await page.getByRole('status').filter({ hasText: '运行正常' }).waitFor();

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Scenarios meet capabilities, both ways' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await sectors.allTextContents()).toEqual(DEFAULT_SECTORS.map((s) => s.nameEn));
    expect(await page.getByRole('navigation').textContent()).toContain('Scenarios');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Scenarios meet capabilities, both ways' }).waitFor();

    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '让场景找到能力，让能力找到场景' }).waitFor();

    expect(session.errors).toEqual([]);
  });

  it('sends a home-page search to the scenario list with the query', async () => {
    const { page } = session;
    await page.goto(baseUrl());
    const box = page.getByRole('searchbox', { name: '搜索场景机会' });
    await box.fill('交通信号');
    await box.press('Enter');
    await page.waitForURL(/\/scenarios\?q=/);
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('q')!)).toBe('交通信号');
    await page
      .getByRole('status')
      .filter({ hasText: /共 \d+ 个场景/ })
      .waitFor();
    expect(await page.getByLabel('搜索场景机会').inputValue()).toBe('交通信号');
    expect(await page.locator('ol h2 a').count()).toBeGreaterThan(0);
    expect(session.errors).toEqual([]);
  });

  it('has no accessibility violations on the home page (axe)', async () => {
    const { page } = session;
    await page.goto(baseUrl());
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a translated not-found page for an unknown address', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/no/such/page`);
    await page.getByRole('heading', { name: '页面不存在' }).waitFor();
    expect(session.errors).toEqual([]);
  });
});
