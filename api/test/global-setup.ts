import 'reflect-metadata';
import { spawnServices, type SpawnedServices } from '@scenebridge/local/spawn';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { runMigrations } from '../src/database/migrate';

declare global {
  var __SERVICES__: SpawnedServices | undefined;
}

export default async function globalSetup(): Promise<void> {
  const services = await spawnServices({ postgres: { database: 'scenebridge_test' }, meili: true });
  globalThis.__SERVICES__ = services;
  process.env.TEST_DATABASE_URL = services.postgres!.url;
  process.env.TEST_MEILI_URL = services.meili!.url;
  process.env.TEST_MEILI_MASTER_KEY = services.meili!.masterKey;

  const dataSource = await new DataSource(
    dataSourceOptions({ DATABASE_URL: services.postgres!.url, DATABASE_POOL_SIZE: 2, DATABASE_SSL: false }),
  ).initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();
}
