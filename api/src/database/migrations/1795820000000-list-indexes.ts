import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes that keep scenario lists equally fast on the first and on a deep page (keyset pagination). */
export class ListIndexes1795820000000 implements MigrationInterface {
  name = 'ListIndexes1795820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "scenarios_status_updated_idx" ON "scenarios" ("status", "updated_at", "id")`);
    await q.query(`CREATE INDEX "scenarios_organization_updated_idx" ON "scenarios" ("organization_id", "updated_at", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "scenarios_organization_updated_idx"`);
    await q.query(`DROP INDEX "scenarios_status_updated_idx"`);
  }
}
