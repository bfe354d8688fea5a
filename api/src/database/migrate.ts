import type { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

// Arbitrary but fixed: every replica takes the same lock, so only one migrates at a time.
const MIGRATION_LOCK_ID = 7_310_2026;

/** Runs pending migrations, serialised across processes by a PostgreSQL advisory lock. */
export async function runMigrations(dataSource: DataSource, logger?: Pick<Logger, 'log'>): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of ran) logger?.log(`Applied migration ${migration.name}`);
    return ran.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await runner.release();
  }
}
