import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openBrowser, type BrowserSession } from '../support/browser';
import { verifiedOrganization } from '../support/api-client';

const baseUrl = () => process.env.E2E_BASE_URL!;

/**
 * Another website, on another origin (127.0.0.1 instead of localhost), tries to make a
 * visitor's browser act on SceneBridge: sign in to the attacker's account (login CSRF) through
 * an HTML form, a text/plain form that smuggles JSON, and a no-cors fetch; and sign the
 * visitor out. The browser sends these requests; the API must refuse every one.
 */
describe('cross-site requests in Chromium', () => {
  let browser: BrowserSession;
  let foreign: Server;
  let foreignOrigin: string;
  let attacker: { email: string; password: string };

  beforeAll(async () => {
    attacker = await verifiedOrganization('enterprise');
    const login = `${baseUrl()}/api/v1/auth/login`;
    const pages: Record<string, string> = {
      '/form': `<form method="POST" action="${login}">
          <input name="email" value="${attacker.email}"><input name="password" value="${attacker.password}"></form>
          <script>document.forms[0].submit()</script>`,
      '/plain': `<form method="POST" enctype="text/plain" action="${login}">
          <input name='{"email":"${attacker.email}","password":"${attacker.password}","x":"' value='"}'></form>
          <script>document.forms[0].submit()</script>`,
      '/fetch': `<p id="done"></p><script>
          fetch(${JSON.stringify(login)}, { method: 'POST', mode: 'no-cors', credentials: 'include',
            headers: { 'Content-Type': 'text/plain' },
            body: JSON.stringify({ email: ${JSON.stringify(attacker.email)}, password: ${JSON.stringify(attacker.password)} }) })
            .finally(() => { document.getElementById('done').textContent = 'sent'; });
          </script>`,
      '/logout': `<p id="done"></p><script>
          fetch(${JSON.stringify(`${baseUrl()}/api/v1/auth/logout`)}, { method: 'POST', mode: 'no-cors', credentials: 'include' })
            .finally(() => { document.getElementById('done').textContent = 'sent'; });
          </script>`,
    };
    foreign = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>elsewhere</title>${pages[req.url ?? ''] ?? ''}`);
    });
    await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
    foreignOrigin = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => foreign?.close(resolve));
  });
  beforeEach(async () => {
    browser = await openBrowser();
  });
  afterEach(async () => {
    await browser?.close();
  });

  /** Whether the browser holds a sign-in to SceneBridge: its refresh cookie, and the portal opening signed in. */
  async function signedIn(): Promise<{ cookie: boolean; portal: boolean }> {
    const cookie = (await browser.context.cookies()).some((c) => c.name === 'sb_refresh');
    await browser.page.goto(`${baseUrl()}/`);
    // Once the portal has restored (or not) the sign-in, the header shows the account menu or the sign-in link.
    await browser.page.locator('[data-testid="account-menu"], a[href="/login"]').first().waitFor();
    return { cookie, portal: (await browser.page.getByTestId('account-menu').count()) > 0 };
  }

  it.each(['/form', '/plain'])('refuses a sign-in form posted from another website (%s), sets no cookie', async (path) => {
    const answered = browser.page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
    await browser.page.goto(`${foreignOrigin}${path}`);
    const response = await answered;
    expect(response.status()).toBe(403);
    expect(response.request().headers().origin).toBe(foreignOrigin);
    expect(await response.headerValue('set-cookie')).toBeNull();
    expect(JSON.parse(await response.text())).toMatchObject({ code: 'CROSS_SITE_REQUEST' });
    expect(await signedIn()).toEqual({ cookie: false, portal: false });
  });

  it('refuses a sign-in sent by a script of another website (no-cors fetch), sets no cookie', async () => {
    // The browser hides the answer from the script (and from us); what counts is that no sign-in happened.
    const sent = browser.page.waitForEvent('requestfinished', (r) => r.url().endsWith('/api/v1/auth/login')).catch(() => null);
    const failed = browser.page.waitForEvent('requestfailed', (r) => r.url().endsWith('/api/v1/auth/login')).catch(() => null);
    await browser.page.goto(`${foreignOrigin}/fetch`);
    await browser.page.locator('#done').getByText('sent').waitFor();
    expect(await Promise.race([sent, failed])).not.toBeNull();
    expect(await signedIn()).toEqual({ cookie: false, portal: false });
  });

  it('keeps a visitor signed in when another website posts a sign-out', async () => {
    const page = browser.page;
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('电子邮箱').fill(attacker.email);
    await page.getByLabel('密码').fill(attacker.password);
    await page.locator('#main').getByRole('button', { name: '登录' }).click();
    await page.waitForURL('**/enterprise');
    expect(await signedIn()).toEqual({ cookie: true, portal: true });

    await page.goto(`${foreignOrigin}/logout`);
    await page.locator('#done').getByText('sent').waitFor();
    expect(await signedIn()).toEqual({ cookie: true, portal: true });
  });
});
