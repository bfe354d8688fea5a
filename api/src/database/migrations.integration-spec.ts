import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createScratchDatabase } from '../../test/scratch-database';
import { dataSourceOptions } from './data-source';
import { runMigrations } from './migrate';
import { MIGRATIONS } from './migrations';

function connect(url: string): Promise<DataSource> {
  return new DataSource(dataSourceOptions({ DATABASE_URL: url, DATABASE_POOL_SIZE: 2, DATABASE_SSL: false })).initialize();
}

describe('migrations', () => {
  it('leave nothing for TypeORM to generate: entities and migrations agree', async () => {
    const dataSource = await connect(process.env.TEST_DATABASE_URL!);
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('apply on an empty database, undo completely, and apply again', async () => {
    const scratch = await createScratchDatabase();
    const dataSource = await connect(scratch.url);
    try {
      expect(await runMigrations(dataSource)).toHaveLength(MIGRATIONS.length);
      expect(await runMigrations(dataSource)).toEqual([]);

      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const tables = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
      );
      expect(tables).toEqual([]);

      expect(await runMigrations(dataSource)).toHaveLength(MIGRATIONS.length);
    } finally {
      await dataSource.destroy();
      await scratch.drop();
    }
  });

  it('run once when several processes migrate at the same time', async () => {
    const scratch = await createScratchDatabase();
    const [a, b] = await Promise.all([connect(scratch.url), connect(scratch.url)]);
    try {
      const [ranA, ranB] = await Promise.all([runMigrations(a), runMigrations(b)]);
      expect([...ranA, ...ranB]).toHaveLength(MIGRATIONS.length);
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
      await scratch.drop();
    }
  });
});
