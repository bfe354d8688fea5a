import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_PASSWORD, newCreditCode, uniqueTag } from '../support/identities';
import { E2E_ADMIN, WEB_DIST } from '../support/product';

const baseUrl = () => process.env.E2E_BASE_URL!;

async function call(path: string, init: { method?: string; body?: unknown; token?: string; cookie?: string } = {}) {
  const response = await fetch(`${baseUrl()}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers: {
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
      ...(init.cookie ? { Cookie: init.cookie } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: text ? JSON.parse(text) : null,
    cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '',
  };
}

describe('secrets stay secret', () => {
  it('passwords, access and refresh tokens and link secrets appear in no API response body they were not issued in, and never in the logs', async () => {
    const tag = uniqueTag();
    const email = `secret.${tag}@example.com`;
    const registered = await call('/api/v1/auth/register', {
      body: {
        email,
        password: E2E_PASSWORD,
        displayName: '保密测试',
        organization: { kind: 'enterprise', name: `保密单位 ${tag}`, creditCode: newCreditCode(), region: '北京市' },
      },
    });
    expect(registered.status).toBe(201);
    const login = await call('/api/v1/auth/login', { body: { email, password: E2E_PASSWORD } });
    expect(login.status).toBe(200);
    const accessToken = login.json.accessToken as string;
    const refreshToken = login.cookie.split('=')[1];
    const refreshed = await call('/api/v1/auth/refresh', { method: 'POST', cookie: login.cookie });
    const newAccess = refreshed.json.accessToken as string;

    const adminLogin = await call('/api/v1/auth/login', { body: E2E_ADMIN });
    const adminToken = adminLogin.json.accessToken as string;
    await call(`/api/v1/admin/organizations/${registered.json.organization.id}/verify`, { method: 'POST', token: adminToken });
    const invite = await call('/api/v1/organizations/me/invitations', {
      body: { email: `colleague.${tag}@example.com` },
      token: newAccess,
    });
    expect(invite.status).toBe(201);
    const inviteSecret = new URL(invite.json.link).hash.replace('#token=', '');
    const reviewer = await call('/api/v1/admin/reviewers', {
      body: { email: `expert.${tag}@example.com`, displayName: '专家', expertise: ['大模型'] },
      token: adminToken,
    });
    const reviewerSecret = new URL(reviewer.json.link).hash.replace('#token=', '');
    await call('/api/v1/auth/invitations/preview', { body: { token: inviteSecret } });
    await call('/api/v1/auth/password', { body: { token: reviewerSecret, password: E2E_PASSWORD } });

    // Responses that must not echo anything secret.
    const readBack = [
      await call('/api/v1/me', { token: newAccess }),
      await call('/api/v1/organizations/me/members', { token: newAccess }),
      await call('/api/v1/organizations/me/invitations', { token: newAccess }),
      await call('/api/v1/admin/reviewers', { token: adminToken }),
      await call('/api/v1/admin/audit?pageSize=100', { token: adminToken }),
      await call('/api/v1/admin/organizations?pageSize=100', { token: adminToken }),
    ];
    const secrets = [E2E_PASSWORD, E2E_ADMIN.password, accessToken, newAccess, refreshToken, inviteSecret, reviewerSecret];
    for (const response of readBack) {
      expect(response.status).toBe(200);
      for (const secret of secrets) expect(response.text).not.toContain(secret);
      expect(response.text).not.toMatch(/argon2|password_?hash|token_?hash/i);
    }

    // Give the logger a moment to flush, then search everything the API printed.
    await new Promise((r) => setTimeout(r, 300));
    const log = readFileSync(process.env.E2E_API_LOG!, 'utf8');
    expect(log).toContain('request completed');
    for (const secret of secrets) expect(log).not.toContain(secret);
  });

  it('the built web app holds no secret: not the Meilisearch key, no server settings, no connection strings or private keys', async () => {
    const files = readdirSync(WEB_DIST, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(js|css|html|json|map|txt)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name));
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    // What the browser is actually given, too.
    const served = await (await fetch(`${baseUrl()}/`)).text();
    const text = files.map((f) => readFileSync(f, 'utf8')).join('\n') + served;
    expect(text).not.toContain(process.env.E2E_MEILI_MASTER_KEY!);
    for (const pattern of [
      /MEILI_MASTER_KEY|JWT_SECRET|DATABASE_URL|SMTP_URL|ADMIN_PASSWORD|DEMO_PASSWORD/,
      /postgres(ql)?:\/\/[^\s"']+@/,
      /smtps?:\/\/[^\s"']+:[^\s"']+@/,
      /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
      /Authorization:\s*Bearer\s+[A-Za-z0-9-_]{20,}/,
    ])
      expect(text).not.toMatch(pattern);
  });
});
