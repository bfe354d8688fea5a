import { DEFAULT_SECTORS } from '@scenebridge/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sectors (seeded), batches, scenarios and their versions, attachments, the search outbox. */
export class Scenarios1795785150486 implements MigrationInterface {
  name = 'Scenarios1795785150486';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "sectors" (
        "code" character varying(40) NOT NULL,
        "name_zh" character varying(50) NOT NULL,
        "name_en" character varying(80) NOT NULL,
        "sort_order" integer NOT NULL DEFAULT '0',
        "active" boolean NOT NULL DEFAULT true,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "sectors_pkey" PRIMARY KEY ("code")
      )`);
    for (const [index, sector] of DEFAULT_SECTORS.entries()) {
      await q.query(`INSERT INTO "sectors" ("code", "name_zh", "name_en", "sort_order") VALUES ($1, $2, $3, $4)`, [
        sector.code,
        sector.nameZh,
        sector.nameEn,
        (index + 1) * 10,
      ]);
    }
    await q.query(`
      CREATE TABLE "batches" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "year" integer NOT NULL,
        "number" integer NOT NULL,
        "name" character varying(100) NOT NULL,
        "status" character varying(20) NOT NULL DEFAULT 'planned',
        "published_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "batches_year_number_key" UNIQUE ("year", "number"),
        CONSTRAINT "batches_status_check" CHECK ("status" IN ('planned', 'published', 'closed')),
        CONSTRAINT "batches_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`
      CREATE TABLE "attachments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "owner_type" character varying(30) NOT NULL,
        "owner_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "filename" character varying(200) NOT NULL,
        "storage_key" character varying(100) NOT NULL,
        "content_type" character varying(100) NOT NULL,
        "size" integer NOT NULL,
        "sha256" character varying(64) NOT NULL,
        "uploaded_by_user_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "attachments_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "attachments_owner_idx" ON "attachments" ("owner_type", "owner_id")`);
    await q.query(`
      CREATE TABLE "scenarios" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" character varying(20),
        "organization_id" uuid NOT NULL,
        "created_by_user_id" uuid,
        "batch_id" uuid,
        "serial" integer,
        "status" character varying(20) NOT NULL DEFAULT 'draft',
        "title" character varying(200) NOT NULL,
        "summary" character varying(500) NOT NULL DEFAULT '',
        "description" text NOT NULL DEFAULT '',
        "scope" text NOT NULL DEFAULT '',
        "kpis" jsonb NOT NULL DEFAULT '[]',
        "expected_outcomes" text NOT NULL DEFAULT '',
        "acceptance_criteria" text NOT NULL DEFAULT '',
        "resources" jsonb NOT NULL DEFAULT '{}',
        "sector_code" character varying(40),
        "region" character varying(100) NOT NULL DEFAULT '',
        "site" character varying(200) NOT NULL DEFAULT '',
        "tags" text array NOT NULL DEFAULT '{}',
        "budget_min" numeric(12,2),
        "budget_max" numeric(12,2),
        "budget_negotiable" boolean NOT NULL DEFAULT false,
        "funding_source" character varying(200) NOT NULL DEFAULT '',
        "cooperation_mode" character varying(20),
        "qualifications" text array NOT NULL DEFAULT '{}',
        "consortium_allowed" boolean NOT NULL DEFAULT false,
        "max_applications_per_entity" integer NOT NULL DEFAULT '1',
        "rubric" jsonb NOT NULL DEFAULT '[]',
        "deadline" TIMESTAMP WITH TIME ZONE,
        "sealed" boolean NOT NULL DEFAULT true,
        "contact" jsonb,
        "version" integer NOT NULL DEFAULT '0',
        "return_reason" text,
        "cancel_reason" text,
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "published_at" TIMESTAMP WITH TIME ZONE,
        "closed_at" TIMESTAMP WITH TIME ZONE,
        "cancelled_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "scenarios_batch_serial_key" UNIQUE ("batch_id", "serial"),
        CONSTRAINT "scenarios_code_key" UNIQUE ("code"),
        CONSTRAINT "scenarios_budget_check" CHECK ("budget_min" IS NULL OR "budget_max" IS NULL OR "budget_min" <= "budget_max"),
        CONSTRAINT "scenarios_cooperation_mode_check" CHECK ("cooperation_mode" IS NULL OR "cooperation_mode" IN ('procurement', 'joint_rnd', 'challenge', 'first_use')),
        CONSTRAINT "scenarios_status_check" CHECK ("status" IN ('draft', 'pending_review', 'returned', 'open', 'closed', 'reviewing', 'shortlisted', 'awarded', 'announced', 'in_delivery', 'landed', 'cancelled', 'no_award')),
        CONSTRAINT "scenarios_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "scenarios_status_deadline_idx" ON "scenarios" ("status", "deadline")`);
    await q.query(`CREATE INDEX "scenarios_organization_id_status_idx" ON "scenarios" ("organization_id", "status")`);
    await q.query(`
      CREATE TABLE "scenario_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "scenario_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "snapshot" jsonb NOT NULL,
        "changed_fields" text array NOT NULL DEFAULT '{}',
        "note" text NOT NULL DEFAULT '',
        "deadline_extended" boolean NOT NULL DEFAULT false,
        "created_by_user_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "scenario_versions_scenario_id_version_key" UNIQUE ("scenario_id", "version"),
        CONSTRAINT "scenario_versions_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`
      CREATE TABLE "search_outbox" (
        "id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
        "topic" character varying(30) NOT NULL,
        "entity_id" uuid NOT NULL,
        "attempts" integer NOT NULL DEFAULT '0',
        "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "search_outbox_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "search_outbox_next_attempt_at_idx" ON "search_outbox" ("next_attempt_at")`);
    await q.query(`ALTER TABLE "organizations" ALTER COLUMN "credit_code" DROP NOT NULL`);
    await q.query(
      `ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batches"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_sector_code_fkey" FOREIGN KEY ("sector_code") REFERENCES "sectors"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "scenario_versions" ADD CONSTRAINT "scenario_versions_scenario_id_fkey" FOREIGN KEY ("scenario_id") REFERENCES "scenarios"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "scenario_versions"`);
    await q.query(`DROP TABLE "scenarios"`);
    await q.query(`DROP TABLE "search_outbox"`);
    await q.query(`DROP TABLE "attachments"`);
    await q.query(`DROP TABLE "batches"`);
    await q.query(`DROP TABLE "sectors"`);
    // Fails if an import created agencies without a credit code; those must be completed first.
    await q.query(`ALTER TABLE "organizations" ALTER COLUMN "credit_code" SET NOT NULL`);
  }
}
