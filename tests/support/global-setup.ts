import { spawnServices, type SpawnedServices } from '@scenebridge/local/spawn';
import { startApi, type RunningApi } from './product';

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
    ADMIN_EMAIL: 'admin@e2e.scenebridge.local',
    ADMIN_PASSWORD: 'E2E-Admin-Password-1',
    SEED_DEMO_DATA: 'true',
  });
  globalThis.__E2E__ = { services, api };
  process.env.E2E_BASE_URL = api.baseUrl;
}
