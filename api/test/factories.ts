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
  overrides: { kind?: OrganizationKind; email?: string; password?: string; creditCode?: string; name?: string } = {},
): RegistrationInput {
  const tag = unique();
  return {
    email: overrides.email ?? `member.${tag}@example.com`,
    password: overrides.password ?? STRONG_PASSWORD,
    displayName: `测试成员 ${tag}`,
    organization: {
      kind: overrides.kind ?? 'enterprise',
      name: overrides.name ?? `测试单位 ${tag}`,
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

  /** Adds an expert to the pool (as the admin), sets their password through the one-time link, and signs them in. */
  async addReviewer(input: { expertise: string[]; affiliations?: string[]; displayName?: string }) {
    const admin = await this.adminSession();
    const email = `reviewer.${unique()}@example.org`;
    const created = await this.http()
      .post('/api/v1/admin/reviewers')
      .set(admin.auth)
      .send({ email, displayName: input.displayName ?? `评审专家 ${unique()}`, ...input })
      .expect(201);
    await this.http()
      .post('/api/v1/auth/password')
      .send({ token: new URL(created.body.link).hash.slice(7), password: STRONG_PASSWORD })
      .expect(200);
    return { id: created.body.reviewer.id as string, email, session: await this.signIn(email, STRONG_PASSWORD) };
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

/** A complete scenario (ready to submit) with a deadline `days` ahead. */
export function buildScenarioInput(overrides: Record<string, unknown> = {}, days = 30): Record<string, unknown> {
  const tag = unique();
  return {
    title: `路口信号配时优化试点 ${tag}`,
    summary: '利用视频检测与强化学习优化主干道信号配时，降低高峰延误。',
    description: '主城区 32 个路口仍采用固定配时方案，早晚高峰平均延误超过 90 秒，群众投诉集中。',
    scope: '建设路口视频检测、信号配时优化模型与效果评估平台，完成 3 个月试运行。',
    kpis: [
      { name: '高峰平均延误下降', target: '≥15%' },
      { name: '车辆检测准确率', target: '≥95%' },
    ],
    expectedOutcomes: '形成可推广的信号智能配时方案。',
    acceptanceCriteria: '第三方评估延误下降不低于 15%。',
    resources: { data: '近一年路口流量数据', testSite: '高新区 32 个路口' },
    sector: 'transport',
    region: '四川省/锦城市',
    site: '高新区天府大道沿线',
    tags: ['计算机视觉', '交通信号', '强化学习'],
    budgetMin: 200,
    budgetMax: 500,
    fundingSource: '市级财政资金',
    cooperationMode: 'procurement',
    qualifications: ['高新技术企业'],
    consortiumAllowed: true,
    rubric: [
      { name: '技术方案', weight: 50 },
      { name: '团队与业绩', weight: 30 },
      { name: '报价', weight: 20 },
    ],
    deadline: new Date(Date.now() + days * 86_400_000).toISOString(),
    sealed: true,
    contact: { name: '周明', phone: '028-12345678', email: 'contact@example.gov.cn' },
    ...overrides,
  };
}

/** Makes sure a batch that is not closed exists and returns its id. */
export async function ensureBatch(h: Harness, year = 2031, number = 1): Promise<string> {
  const admin = await h.adminSession();
  const list = await h.http().get('/api/v1/admin/batches').set(admin.auth).expect(200);
  const found = (list.body.items as { id: string; year: number; number: number }[]).find((b) => b.year === year && b.number === number);
  if (found) return found.id;
  const created = await h.http().post('/api/v1/admin/batches').set(admin.auth).send({ year, number });
  if (created.status === 201) return created.body.id as string;
  // Another suite created it meanwhile.
  const again = await h.http().get('/api/v1/admin/batches').set(admin.auth).expect(200);
  return (again.body.items as { id: string; year: number; number: number }[]).find((b) => b.year === year && b.number === number)!.id;
}

/** Drafts, submits and publishes a scenario for an agency; returns its id. */
export async function publishScenario(
  h: Harness,
  agency: Session,
  overrides: Record<string, unknown> = {},
  batchId?: string,
): Promise<string> {
  const created = await h.http().post('/api/v1/scenarios').set(agency.auth).send(buildScenarioInput(overrides)).expect(201);
  await h.http().post(`/api/v1/scenarios/${created.body.id}/submit`).set(agency.auth).expect(200);
  const admin = await h.adminSession();
  await h
    .http()
    .post(`/api/v1/scenarios/${created.body.id}/publish`)
    .set(admin.auth)
    .send({ batchId: batchId ?? (await ensureBatch(h)) })
    .expect(200);
  return created.body.id as string;
}

/** A complete solution whose texts carry `token`. */
export function solutionBody(token: string) {
  return {
    title: `方案 ${token}`,
    brief: `简介 ${token}`,
    approach: `技术路线 ${token}：视频感知与强化学习配时。`,
    timeline: [{ phase: '部署', weeks: 8 }],
    priceQuote: 320,
    eligibilityDeclared: true,
  };
}

/** A complete capability profile (transport vision and signal control), opted in. */
export function buildProfile(overrides: Record<string, unknown> = {}) {
  return {
    summary: '专注交通视频分析与信号优化的人工智能企业。',
    capabilities: [
      {
        name: '路口视频结构化',
        description: '车辆检测、排队长度估计与事件识别。',
        tags: ['计算机视觉', '交通信号'],
        trl: 8,
        indicators: '检测准确率 97%',
      },
      { name: '信号配时优化', description: '基于强化学习的区域协调控制。', tags: ['强化学习'] },
    ],
    tags: ['智能交通'],
    sectors: ['transport', 'city'],
    regions: ['四川省', '重庆市'],
    qualifications: ['高新技术企业'],
    cases: [{ title: '某区 40 个路口信号优化', client: '某市交通管理局', year: 2025, outcome: '高峰延误下降 18%' }],
    teamSize: 60,
    openForMatching: true,
    ...overrides,
  };
}
