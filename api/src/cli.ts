/**
 * Operator commands: `node dist/cli.js <command>`.
 *   migrate            apply pending migrations
 *   seed-demo          load the demo data into an empty database
 *   audit:verify       verify the audit log's hash chain (exit code 1 when broken)
 *   reindex            rebuild the search index from PostgreSQL and swap it in atomically
 *   reconcile [--repair]   compare the scenarios index with PostgreSQL (exit code 1 on a difference)
 *   import --kind scenarios|capabilities --file F   import a .json/.csv/.xlsx list (all rows or none)
 *   openapi --out F    write the OpenAPI document (no database needed)
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { API_PREFIX } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { runMigrations } from './database/migrate';
import { buildOpenApiDocument } from './openapi';
import { createApp } from './bootstrap';
import type { RequestContext } from './common/access/principal';
import { DomainError } from './common/errors/domain-error';
import { AuditService } from './modules/audit/audit.service';
import { CapabilityImportService } from './modules/imports/capability-import.service';
import { ScenarioImportService } from './modules/imports/scenario-import.service';
import { formatOf } from './modules/imports/table-parser';
import { ReconcileService } from './modules/search/reconcile.service';
import { ReindexService } from './modules/search/reindex.service';
import { SearchSyncService } from './modules/search/search-sync.service';

/** Operator commands run no background jobs: the API (or a worker) does that work. */
const NO_JOBS = { OUTBOX_WORKER: false, SCHEDULER: false };
import { DemoDataService } from './modules/demo/demo-data.service';

const CLI_CONTEXT: RequestContext = { principal: null, requestId: 'cli', ip: null, userAgent: null };

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, kind: { type: 'string' }, file: { type: 'string' }, repair: { type: 'boolean' } },
  });
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
      const app = await createApp(Object.assign(loadConfig(), { SEED_DEMO_DATA: false, ...NO_JOBS }));
      const loaded = await app.get(DemoDataService).seedIfEmpty();
      console.log(loaded ? 'Demo data loaded.' : 'The database already holds organisations; demo data not loaded.');
      await app.close();
      return;
    }
    case 'audit:verify': {
      const app = await createApp(
        Object.assign(loadConfig(), { SEED_DEMO_DATA: false, RUN_MIGRATIONS: false, ...NO_JOBS, LOG_LEVEL: 'warn' as const }),
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
    case 'reindex': {
      const app = await createApp(
        Object.assign(loadConfig(), { SEED_DEMO_DATA: false, OUTBOX_WORKER: false, SCHEDULER: false, LOG_LEVEL: 'warn' as const }),
      );
      const started = Date.now();
      const reindex = app.get(ReindexService);
      const result = await reindex.rebuildScenarios(({ indexed, total }) => {
        process.stdout.write(`\rReindexing scenarios: ${indexed}/${total} (${total ? Math.floor((indexed / total) * 100) : 100}%)`);
      });
      process.stdout.write('\n');
      const capabilities = await reindex.rebuildCapabilities(({ indexed, total }) => {
        process.stdout.write(`\rReindexing capability profiles: ${indexed}/${total}`);
      });
      // Changes made during the rebuild were queued again; apply them before finishing.
      await app.get(SearchSyncService).drainAll();
      console.log(
        `\nDone: ${result.indexed} scenarios and ${capabilities.indexed} profiles in ${((Date.now() - started) / 1000).toFixed(1)} s; the new indexes are live.`,
      );
      await app.close();
      return;
    }
    case 'reconcile': {
      const app = await createApp(
        Object.assign(loadConfig(), { SEED_DEMO_DATA: false, OUTBOX_WORKER: false, SCHEDULER: false, LOG_LEVEL: 'warn' as const }),
      );
      const reconcile = app.get(ReconcileService);
      const report = await reconcile.scenarios();
      console.log(
        `Scenarios: ${report.expected} public in PostgreSQL, ${report.indexed} in the index; missing ${report.missing.length}, stale ${report.stale.length}, extra ${report.extra.length}.`,
      );
      const differences = report.missing.length + report.stale.length + report.extra.length;
      if (differences && values.repair) {
        await reconcile.repair(report);
        await app.get(SearchSyncService).drainAll();
        console.log(`Repaired ${differences} documents through the outbox.`);
      }
      await app.close();
      return process.exit(differences && !values.repair ? 1 : 0);
    }
    case 'import': {
      if ((values.kind !== 'scenarios' && values.kind !== 'capabilities') || !values.file) {
        console.error('Usage: node dist/cli.js import --kind scenarios|capabilities --file <path.json|.csv|.xlsx>');
        return process.exit(2);
      }
      const app = await createApp(Object.assign(loadConfig(), { SEED_DEMO_DATA: false, ...NO_JOBS, LOG_LEVEL: 'warn' as const }));
      try {
        const data = readFileSync(values.file);
        const importer = values.kind === 'scenarios' ? app.get(ScenarioImportService) : app.get(CapabilityImportService);
        const result = await importer.importFile(CLI_CONTEXT, data, formatOf(values.file, data));
        await app
          .get(SearchSyncService)
          .drainAll()
          .catch(() => console.warn('Search is not reachable; the index catches up when it is.'));
        console.log(
          `Imported ${result.imported} scenarios (${result.organizationsCreated} new agencies, ${result.batchesCreated} new batches).`,
        );
      } catch (error) {
        if (error instanceof DomainError) {
          console.error(`Import refused (${error.code}): ${error.message}`);
          for (const d of (error.details ?? []) as { row?: number; field?: string; message?: string }[])
            console.error(`  row ${d.row}: ${d.field} — ${d.message}`);
          await app.close();
          return process.exit(1);
        }
        throw error;
      }
      await app.close();
      return;
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
      console.error(
        'Usage: node dist/cli.js <migrate | seed-demo | audit:verify | reindex | reconcile [--repair] | import --kind scenarios|capabilities --file F | openapi [--out file]>',
      );
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
