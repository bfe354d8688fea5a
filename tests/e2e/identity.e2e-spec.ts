import type { Page } from 'playwright-core';
import { axeViolations, openBrowser, type BrowserSession } from '../support/browser';
import { E2E_PASSWORD, newCreditCode, uniqueTag } from '../support/identities';
import { E2E_ADMIN } from '../support/product';

const baseUrl = () => process.env.E2E_BASE_URL!;

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/login`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.locator('#main').getByRole('button', { name: '登录' }).click();
}

async function registerThroughForm(page: Page, kind: '发布单位（政府部门 / 国有企业）' | '解决方案企业') {
  const tag = uniqueTag();
  const org = `浏览器测试单位 ${tag}`;
  const email = `browser.${tag}@example.com`;
  await page.goto(`${baseUrl()}/register`);
  await page.getByText(kind, { exact: true }).click();
  await page.getByLabel('单位名称').fill(org);
  const code = page.getByLabel('统一社会信用代码');
  // Live validation: a wrong check character is pointed out while typing.
  const valid = newCreditCode();
  const wrong = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
  await code.fill(wrong);
  await page.getByText('校验位不正确，请核对').waitFor();
  await code.fill(valid.toLowerCase());
  await page.getByLabel('校验通过').waitFor();
  await page.getByLabel('省份').fill('四川');
  await page.keyboard.press('Enter');
  await page.getByLabel('城市 / 区县（可选）').fill('成都市');
  await page.getByLabel('姓名').fill('浏览器用户');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: '注册', exact: true }).last().click();
  return { org, email, creditCode: valid };
}

describe('identity in Chromium', () => {
  let member: BrowserSession;
  let admin: BrowserSession;

  beforeEach(async () => {
    [member, admin] = await Promise.all([openBrowser(), openBrowser()]);
  });
  afterEach(async () => {
    await Promise.all([member?.close(), admin?.close()]);
  });

  it('register → admin verifies → the member sees "verified" and a notification', async () => {
    const { org, email } = await registerThroughForm(member.page, '解决方案企业');
    await member.page.waitForURL('**/enterprise');
    await member.page.getByRole('heading', { name: '企业工作台' }).waitFor();
    await member.page.getByTestId('account-menu').getByText('待认证').waitFor();

    await signIn(admin.page, E2E_ADMIN.email, E2E_ADMIN.password);
    await admin.page.waitForURL('**/admin');
    // The admin's home shows the background jobs of the API process (all four, none failing).
    await admin.page.getByTestId('job-status').getByText('后台任务 · 4 项运行正常').waitFor();
    await admin.page.goto(`${baseUrl()}/admin/organizations`);
    const row = admin.page.getByRole('row').filter({ hasText: org });
    await row.getByRole('button', { name: '认证通过' }).click();
    await admin.page.getByText('已认证', { exact: true }).first().waitFor();

    await member.page.reload();
    await member.page.getByTestId('account-menu').getByText('已认证').waitFor();
    await member.page.getByRole('link', { name: '通知 (1)' }).click();
    await member.page.getByText(`您的单位“${org}”已通过平台认证`).waitFor();

    // Sign out: the header offers sign-in again, and the workspace asks for it.
    await member.page.getByTestId('account-menu').click();
    await member.page.getByText('退出登录').click();
    await member.page.locator('header').getByRole('link', { name: '登录' }).waitFor();
    await member.page.goto(`${baseUrl()}/enterprise`);
    await member.page.getByText('请先登录').waitFor();
    // And signing in again shows the verified organisation.
    await signIn(member.page, email, E2E_PASSWORD);
    await member.page.waitForURL('**/enterprise');
    await member.page.getByTestId('account-menu').getByText('已认证').waitFor();

    expect(member.errors).toEqual([]);
    expect(admin.errors).toEqual([]);
  });

  it('a rejected organisation sees the reason in its settings', async () => {
    const { org } = await registerThroughForm(member.page, '发布单位（政府部门 / 国有企业）');
    await member.page.waitForURL('**/agency');

    await signIn(admin.page, E2E_ADMIN.email, E2E_ADMIN.password);
    await admin.page.waitForURL('**/admin');
    await admin.page.goto(`${baseUrl()}/admin/organizations`);
    await admin.page.getByRole('row').filter({ hasText: org }).getByRole('button', { name: '不予认证' }).click();
    const reason = '单位名称与统一社会信用代码登记信息不符，请核对。';
    await admin.page.getByLabel('原因（单位成员可见）').fill(reason);
    await admin.page.getByRole('dialog').getByRole('button', { name: '不予认证' }).click();
    await admin.page.getByText('已退回').waitFor();

    await member.page.goto(`${baseUrl()}/org`);
    await member.page.getByText(`未通过认证，原因：${reason}`).waitFor();
    await member.page.getByRole('button', { name: '修改后重新提交认证' }).waitFor();
    expect(await axeViolations(member.page)).toEqual([]);
    expect(member.errors).toEqual([]);
  });

  it('says why a sign-in failed, in the chosen language, and the sign-in and register pages pass axe', async () => {
    const { page } = member;
    await signIn(page, `nobody.${uniqueTag()}@example.com`, 'Wrong-Password-42');
    await page.getByRole('alert').getByText('邮箱或密码不正确。').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${baseUrl()}/register`);
    await page.getByRole('heading', { name: '注册单位' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // A failed sign-in is a 401 the page handled; it is the only console error allowed.
    expect(member.errors.filter((e) => !e.includes('401'))).toEqual([]);
  });
});
