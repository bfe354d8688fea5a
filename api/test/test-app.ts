import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../src/bootstrap';
import type { Clock } from '../src/common/clock';
import { loadConfig, type AppConfig } from '../src/config/app-config';

/** Configuration pointing at the services globalSetup started, with a fresh index prefix. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const env = process.env;
  if (!env.TEST_DATABASE_URL) throw new Error('Integration tests need the globalSetup of jest.integration.config.js');
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: env.TEST_DATABASE_URL,
    DATABASE_POOL_SIZE: '4',
    MEILI_URL: env.TEST_MEILI_URL,
    MEILI_MASTER_KEY: env.TEST_MEILI_MASTER_KEY,
    MEILI_INDEX_PREFIX: `t${randomBytes(4).toString('hex')}_`,
    RUN_MIGRATIONS: 'false',
    JWT_SECRET: randomBytes(32).toString('hex'),
    SIGN_IN_SLOWDOWN_MS: '1',
    // Background work is switched on by the suites that test it (on a database of their own).
    OUTBOX_WORKER: 'false',
    SCHEDULER: 'false',
    UPLOAD_DIR: path.join(tmpdir(), 'scenebridge-test-uploads'),
    // Every test request comes from 127.0.0.1; suites that test the IP lock or the rate limits set their own.
    SIGN_IN_MAX_FAILURES_PER_IP: '10000',
    RATE_LIMIT_PER_MINUTE: '100000',
    STRICT_RATE_LIMIT_PER_MINUTE: '100000',
    LOG_LEVEL: 'silent',
    ...overrides,
  });
}

/** The production application (same createApp/bootstrap as main.ts), initialised, not listening. */
export async function startTestApp(
  overrides: Record<string, string> = {},
  options: { clock?: Clock } = {},
): Promise<NestExpressApplication> {
  const app = await createApp(testConfig(overrides), options);
  await app.init();
  return app;
}

/** A unique suffix for test data, so tests stay independent and parallel-safe. */
export function unique(prefix = ''): string {
  return `${prefix}${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}
