/**
 * Operator commands: `node dist/cli.js <command>`.
 *   migrate            apply pending migrations
 *   seed-demo          load the demo data into an empty database
 *   audit:verify       verify the audit log's hash chain (exit code 1 when broken)
 *   openapi --out F    write the OpenAPI document (no database needed)
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { API_PREFIX } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { runMigrations } from './database/migrate';
import { buildOpenApiDocument } from './openapi';
import { createApp } from './bootstrap';
import { AuditService } from './modules/audit/audit.service';
import { DemoDataService } from './modules/demo/demo-data.service';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  const command = positionals[0];
  switch (command) {
    case 'migrate': {
      const dataSource = await new DataSource(dataSourceOptions(loadConfig())).initialize();
      const ran = await runMigrations(dataSource, console);
      console.log(ran.length ? `Applied ${ran.length} migration(s).` : 'The database is up to date.');
      await dataSource.destroy();
      return;
    }
    case 'seed-demo': {
      const app = await createApp(Object.assign(loadConfig(), { SEED_DEMO_DATA: false }));
      const loaded = await app.get(DemoDataService).seedIfEmpty();
      console.log(loaded ? 'Demo data loaded.' : 'The database already holds organisations; demo data not loaded.');
      await app.close();
      return;
    }
    case 'audit:verify': {
      const app = await createApp(
        Object.assign(loadConfig(), { SEED_DEMO_DATA: false, RUN_MIGRATIONS: false, LOG_LEVEL: 'warn' as const }),
      );
      const report = await app.get(AuditService).verifyChain();
      await app.close();
      if (report.ok) {
        console.log(`Audit log intact: ${report.checked} entries verified.`);
        return;
      }
      console.error(
        `Audit log BROKEN at entry ${report.firstBroken!.id} (${report.firstBroken!.reason}); ${report.checked} entries before it are intact.`,
      );
      return process.exit(1);
    }
    case 'openapi': {
      // Preview mode builds the module graph without connecting to anything.
      const config = loadConfig({
        DATABASE_URL: 'postgres://openapi@localhost/none',
        MEILI_URL: 'http://localhost:1',
        JWT_SECRET: 'openapi-generation-needs-no-real-secret',
      });
      const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false });
      app.setGlobalPrefix(API_PREFIX);
      const json = JSON.stringify(buildOpenApiDocument(app), null, 2) + '\n';
      if (values.out) writeFileSync(values.out, json);
      else process.stdout.write(json);
      return;
    }
    default:
      console.error('Usage: node dist/cli.js <migrate | seed-demo | audit:verify | openapi [--out file]>');
      process.exit(2);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
