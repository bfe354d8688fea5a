import type { NestExpressApplication } from '@nestjs/platform-express';
import { CREDIT_CODE_ALPHABET, creditCodeCheckChar, type OrganizationKind } from '@scenebridge/shared';
import { randomInt } from 'node:crypto';
import request from 'supertest';
import type { Clock } from '../src/common/clock';
import { startTestApp, unique } from './test-app';

export const STRONG_PASSWORD = 'Lanqiao-Bridge#2026';

/** A valid, practically unique unified social credit code. */
export function buildCreditCode(): string {
  const digits = () => Array.from({ length: 6 }, () => randomInt(10)).join('');
  const tail = Array.from({ length: 9 }, () => CREDIT_CODE_ALPHABET[randomInt(CREDIT_CODE_ALPHABET.length)]).join('');
  const body = `91${digits()}${tail}`;
  return body + creditCodeCheckChar(body);
}

export interface RegistrationInput {
  email: string;
  password: string;
  displayName: string;
  organization: { kind: OrganizationKind; name: string; creditCode: string; region: string };
}

export function buildRegistration(
  overrides: { kind?: OrganizationKind; email?: string; password?: string; creditCode?: string } = {},
): RegistrationInput {
  const tag = unique();
  return {
    email: overrides.email ?? `member.${tag}@example.com`,
    password: overrides.password ?? STRONG_PASSWORD,
    displayName: `测试成员 ${tag}`,
    organization: {
      kind: overrides.kind ?? 'enterprise',
      name: `测试单位 ${tag}`,
      creditCode: overrides.creditCode ?? buildCreditCode(),
      region: '四川省/成都市',
    },
  };
}

export interface Session {
  accessToken: string;
  /** The Set-Cookie value of the refresh cookie (name=value). */
  cookie: string;
  auth: { Authorization: string };
}

/** A running application with a platform admin, and helpers that act through HTTP. */
export class Harness {
  private constructor(
    readonly app: NestExpressApplication,
    readonly admin: { email: string; password: string },
  ) {}

  static async start(overrides: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<Harness> {
    const admin = { email: `admin.${unique()}@scenebridge.test`, password: 'Admin-Password-2026!' };
    const app = await startTestApp({ ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, ...overrides }, options);
    return new Harness(app, admin);
  }

  http() {
    return request(this.app.getHttpServer());
  }

  close(): Promise<void> {
    return this.app.close();
  }

  async signIn(email: string, password: string): Promise<Session> {
    const response = await this.http().post('/api/v1/auth/login').send({ email, password }).expect(200);
    return sessionFrom(response);
  }

  adminSession(): Promise<Session> {
    return this.signIn(this.admin.email, this.admin.password);
  }

  /** Registers an organisation and signs its first member in. */
  async register(overrides: Parameters<typeof buildRegistration>[0] = {}) {
    const input = buildRegistration(overrides);
    const response = await this.http().post('/api/v1/auth/register').send(input).expect(201);
    const session = await this.signIn(input.email, input.password);
    return { input, organizationId: response.body.organization.id as string, userId: response.body.user.id as string, session };
  }

  /** Registers an organisation, has the admin verify it, and signs its member in. */
  async registerVerified(overrides: Parameters<typeof buildRegistration>[0] = {}) {
    const registered = await this.register(overrides);
    const admin = await this.adminSession();
    await this.http().post(`/api/v1/admin/organizations/${registered.organizationId}/verify`).set(admin.auth).expect(200);
    return registered;
  }
}

export function sessionFrom(response: request.Response): Session {
  const accessToken = response.body.accessToken as string;
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = setCookie.find((c) => c.startsWith('sb_refresh='))?.split(';')[0] ?? '';
  return { accessToken, cookie, auth: { Authorization: `Bearer ${accessToken}` } };
}
