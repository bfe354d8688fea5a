import { E2E_ADMIN } from './product';
import { E2E_PASSWORD, newCreditCode, uniqueTag } from './identities';

const baseUrl = () => process.env.E2E_BASE_URL!;

/** JSON over HTTP against the end-to-end product, for setting the scene quickly. */
export async function call<T = Record<string, unknown>>(
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl()}${path}`, {
    method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'),
    headers: {
      ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

export async function signInApi(email: string, password: string): Promise<string> {
  const r = await call<{ accessToken: string }>('/api/v1/auth/login', { body: { email, password } });
  if (r.status !== 200) throw new Error(`sign-in failed: ${r.status}`);
  return r.body.accessToken;
}

/** Registers an organisation, has the e2e admin verify it, and returns its member's credentials. */
export async function verifiedOrganization(kind: 'agency' | 'enterprise', name?: string) {
  const tag = uniqueTag();
  const email = `${kind}.${tag}@example.com`;
  const organizationName = name ?? `端到端${kind === 'agency' ? '发布单位' : '企业'} ${tag}`;
  const registered = await call<{ organization: { id: string } }>('/api/v1/auth/register', {
    body: {
      email,
      password: E2E_PASSWORD,
      displayName: '端到端用户',
      organization: { kind, name: organizationName, creditCode: newCreditCode(), region: '四川省/锦城市' },
    },
  });
  if (registered.status !== 201) throw new Error(`register failed: ${registered.status} ${JSON.stringify(registered.body)}`);
  const admin = await signInApi(E2E_ADMIN.email, E2E_ADMIN.password);
  await call(`/api/v1/admin/organizations/${registered.body.organization.id}/verify`, { method: 'POST', token: admin });
  return { email, password: E2E_PASSWORD, organizationId: registered.body.organization.id, organizationName };
}
