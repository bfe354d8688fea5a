import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES_BEFORE = [
  'draft',
  'pending_review',
  'returned',
  'open',
  'closed',
  'reviewing',
  'shortlisted',
  'awarded',
  'announced',
  'in_delivery',
  'landed',
  'cancelled',
  'no_award',
];
const STATUSES_AFTER = [...STATUSES_BEFORE.slice(0, 11), 'failed', 'cancelled', 'no_award'];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/** Review panels and reviews, decisions (announcement, objections), delivery milestones, reviewer affiliations. */
export class ReviewsAndResults1795810000000 implements MigrationInterface {
  name = 'ReviewsAndResults1795810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" ADD "affiliations" text array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "scenarios" ADD "decided_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "scenarios" ADD "decision_note" text`);
    await q.query(`ALTER TABLE "scenarios" ADD "landed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "scenarios" ADD "failure_reason" text`);
    await q.query(`ALTER TABLE "scenarios" DROP CONSTRAINT "scenarios_status_check"`);
    await q.query(`ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_status_check" CHECK ("status" IN (${list(STATUSES_AFTER)}))`);
    await q.query(`ALTER TABLE "solutions" ADD "shortlist_round" integer`);
    await q.query(`ALTER TABLE "solutions" ADD "feedback_released_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`
      CREATE TABLE "panel_members" (
        "scenario_id" uuid NOT NULL,
        "reviewer_id" uuid NOT NULL,
        "assigned_by_user_id" uuid,
        "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "panel_members_pkey" PRIMARY KEY ("scenario_id", "reviewer_id"),
        CONSTRAINT "panel_members_scenario_id_fkey" FOREIGN KEY ("scenario_id") REFERENCES "scenarios"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "panel_members_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "panel_members_reviewer_id_idx" ON "panel_members" ("reviewer_id")`);
    await q.query(`
      CREATE TABLE "reviews" (
        "solution_id" uuid NOT NULL,
        "reviewer_id" uuid NOT NULL,
        "scenario_id" uuid NOT NULL,
        "conflict" boolean NOT NULL,
        "conflict_reason" text NOT NULL DEFAULT '',
        "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "scores" jsonb,
        "total" numeric(6,2),
        "comment" text NOT NULL DEFAULT '',
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "comment_released" boolean NOT NULL DEFAULT false,
        CONSTRAINT "reviews_pkey" PRIMARY KEY ("solution_id", "reviewer_id"),
        CONSTRAINT "reviews_solution_id_fkey" FOREIGN KEY ("solution_id") REFERENCES "solutions"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "reviews_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "reviews_reviewer_id_idx" ON "reviews" ("reviewer_id")`);
    await q.query(`
      CREATE TABLE "announcements" (
        "scenario_id" uuid NOT NULL,
        "text" text NOT NULL,
        "objection_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "announced_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "announced_by_user_id" uuid,
        "final_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "announcements_pkey" PRIMARY KEY ("scenario_id"),
        CONSTRAINT "announcements_scenario_id_fkey" FOREIGN KEY ("scenario_id") REFERENCES "scenarios"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`
      CREATE TABLE "objections" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "scenario_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "filed_by_user_id" uuid,
        "text" text NOT NULL,
        "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "response" text,
        "responded_at" TIMESTAMP WITH TIME ZONE,
        "responded_by_user_id" uuid,
        CONSTRAINT "objections_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "objections_scenario_id_fkey" FOREIGN KEY ("scenario_id") REFERENCES "scenarios"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "objections_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "objections_scenario_id_idx" ON "objections" ("scenario_id")`);
    await q.query(`
      CREATE TABLE "milestones" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "scenario_id" uuid NOT NULL,
        "title" character varying(200) NOT NULL,
        "due_date" date NOT NULL,
        "done_on" date,
        "note" text NOT NULL DEFAULT '',
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "milestones_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "milestones_scenario_id_fkey" FOREIGN KEY ("scenario_id") REFERENCES "scenarios"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "milestones_scenario_id_idx" ON "milestones" ("scenario_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "milestones"`);
    await q.query(`DROP TABLE "objections"`);
    await q.query(`DROP TABLE "announcements"`);
    await q.query(`DROP TABLE "reviews"`);
    await q.query(`DROP TABLE "panel_members"`);
    await q.query(`ALTER TABLE "solutions" DROP COLUMN "feedback_released_at"`);
    await q.query(`ALTER TABLE "solutions" DROP COLUMN "shortlist_round"`);
    await q.query(`ALTER TABLE "scenarios" DROP CONSTRAINT "scenarios_status_check"`);
    await q.query(`UPDATE "scenarios" SET "status" = 'in_delivery' WHERE "status" = 'failed'`);
    await q.query(`ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_status_check" CHECK ("status" IN (${list(STATUSES_BEFORE)}))`);
    await q.query(`ALTER TABLE "scenarios" DROP COLUMN "failure_reason"`);
    await q.query(`ALTER TABLE "scenarios" DROP COLUMN "landed_at"`);
    await q.query(`ALTER TABLE "scenarios" DROP COLUMN "decision_note"`);
    await q.query(`ALTER TABLE "scenarios" DROP COLUMN "decided_at"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "affiliations"`);
  }
}
