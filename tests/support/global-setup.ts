import { spawnServices, type SpawnedServices } from '@scenebridge/local/spawn';
import { E2E_ADMIN, startApi, type RunningApi } from './product';

declare global {
  var __E2E__: { services: SpawnedServices; api: RunningApi } | undefined;
}

/** One running product for the browser and API suites (launcher suites start their own). */
export default async function globalSetup(): Promise<void> {
  const services = await spawnServices({ postgres: true, meili: true });
  const api = await startApi({
    DATABASE_URL: services.postgres!.url,
    MEILI_URL: services.meili!.url,
    MEILI_MASTER_KEY: services.meili!.masterKey,
    ADMIN_EMAIL: E2E_ADMIN.email,
    ADMIN_PASSWORD: E2E_ADMIN.password,
    SEED_DEMO_DATA: 'true',
    // Request logs on, so the secrets suite can check what they contain.
    LOG_LEVEL: 'info',
    SIGN_IN_SLOWDOWN_MS: '1',
    // Every suite's browser and API client comes from 127.0.0.1: one "client" for the limits.
    STRICT_RATE_LIMIT_PER_MINUTE: '10000',
    RATE_LIMIT_PER_MINUTE: '100000',
  });
  globalThis.__E2E__ = { services, api };
  process.env.E2E_BASE_URL = api.baseUrl;
  process.env.E2E_API_LOG = api.logFile;
  process.env.E2E_DATABASE_URL = services.postgres!.url;
  process.env.E2E_MEILI_URL = services.meili!.url;
  process.env.E2E_MEILI_MASTER_KEY = services.meili!.masterKey;
}
