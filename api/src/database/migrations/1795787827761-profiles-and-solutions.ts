import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Enterprise capability profiles, saved scenarios, solutions and their submitted versions. */
export class ProfilesAndSolutions1795787827761 implements MigrationInterface {
  name = 'ProfilesAndSolutions1795787827761';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "capability_profiles" (
        "organization_id" uuid NOT NULL,
        "summary" text NOT NULL DEFAULT '',
        "capabilities" jsonb NOT NULL DEFAULT '[]',
        "tags" text array NOT NULL DEFAULT '{}',
        "sectors" text array NOT NULL DEFAULT '{}',
        "regions" text array NOT NULL DEFAULT '{}',
        "qualifications" text array NOT NULL DEFAULT '{}',
        "cases" jsonb NOT NULL DEFAULT '[]',
        "team_size" integer,
        "open_for_matching" boolean NOT NULL DEFAULT false,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "capability_profiles_pkey" PRIMARY KEY ("organization_id")
      )`);
    await q.query(`
      CREATE TABLE "saved_scenarios" (
        "user_id" uuid NOT NULL,
        "scenario_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "saved_scenarios_pkey" PRIMARY KEY ("user_id", "scenario_id")
      )`);
    await q.query(`CREATE INDEX "saved_scenarios_scenario_id_idx" ON "saved_scenarios" ("scenario_id")`);
    await q.query(`
      CREATE TABLE "solutions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "scenario_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "created_by_user_id" uuid,
        "status" character varying(20) NOT NULL DEFAULT 'draft',
        "title" character varying(200) NOT NULL DEFAULT '',
        "brief" character varying(1000) NOT NULL DEFAULT '',
        "approach" text NOT NULL DEFAULT '',
        "innovations" text NOT NULL DEFAULT '',
        "risks" text NOT NULL DEFAULT '',
        "timeline" jsonb NOT NULL DEFAULT '[]',
        "price_quote" numeric(12,2),
        "team" text NOT NULL DEFAULT '',
        "consortium_members" text array NOT NULL DEFAULT '{}',
        "eligibility_declared" boolean NOT NULL DEFAULT false,
        "eligibility_note" text NOT NULL DEFAULT '',
        "version" integer NOT NULL DEFAULT '0',
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "withdrawn_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "solutions_status_check" CHECK ("status" IN ('draft', 'submitted', 'withdrawn', 'shortlisted', 'awarded', 'not_selected')),
        CONSTRAINT "solutions_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "solutions_organization_id_idx" ON "solutions" ("organization_id")`);
    // One active solution per enterprise per scenario; also what makes two concurrent submits create one.
    await q.query(
      `CREATE UNIQUE INDEX "solutions_active_per_organization_key" ON "solutions" ("scenario_id", "organization_id") WHERE "status" <> 'withdrawn'`,
    );
    await q.query(`
      CREATE TABLE "solution_versions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "solution_id" uuid NOT NULL,
        "version" integer NOT NULL,
        "snapshot" jsonb NOT NULL,
        "created_by_user_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "solution_versions_solution_id_version_key" UNIQUE ("solution_id", "version"),
        CONSTRAINT "solution_versions_pkey" PRIMARY KEY ("id")
      )`);
    for (const [table, constraint, column, target, onDelete] of [
      ['capability_profiles', 'capability_profiles_organization_id_fkey', 'organization_id', 'organizations', 'CASCADE'],
      ['saved_scenarios', 'saved_scenarios_user_id_fkey', 'user_id', 'users', 'CASCADE'],
      ['saved_scenarios', 'saved_scenarios_scenario_id_fkey', 'scenario_id', 'scenarios', 'CASCADE'],
      ['solutions', 'solutions_scenario_id_fkey', 'scenario_id', 'scenarios', 'RESTRICT'],
      ['solutions', 'solutions_organization_id_fkey', 'organization_id', 'organizations', 'RESTRICT'],
      ['solution_versions', 'solution_versions_solution_id_fkey', 'solution_id', 'solutions', 'CASCADE'],
    ]) {
      await q.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE ${onDelete} ON UPDATE NO ACTION`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "solution_versions"`);
    await q.query(`DROP TABLE "solutions"`);
    await q.query(`DROP TABLE "saved_scenarios"`);
    await q.query(`DROP TABLE "capability_profiles"`);
  }
}
