import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Match alerts, saved searches with their alerts, e-mail preferences and e-mail delivery state. */
export class MatchingAndAlerts1795800000000 implements MigrationInterface {
  name = 'MatchingAndAlerts1795800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "match_alerts" (
        "scenario_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "score" real NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "match_alerts_pkey" PRIMARY KEY ("scenario_id", "organization_id"),
        CONSTRAINT "match_alerts_scenario_id_fkey" FOREIGN KEY ("scenario_id") REFERENCES "scenarios"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "match_alerts_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "match_alerts_organization_id_idx" ON "match_alerts" ("organization_id")`);
    await q.query(`
      CREATE TABLE "saved_searches" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "name" character varying(60) NOT NULL,
        "query" jsonb NOT NULL,
        "alerts" boolean NOT NULL DEFAULT true,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "saved_searches_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "saved_searches_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE UNIQUE INDEX "saved_searches_user_id_name_key" ON "saved_searches" ("user_id", "name")`);
    await q.query(`
      CREATE TABLE "saved_search_alerts" (
        "saved_search_id" uuid NOT NULL,
        "scenario_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "saved_search_alerts_pkey" PRIMARY KEY ("saved_search_id", "scenario_id"),
        CONSTRAINT "saved_search_alerts_saved_search_id_fkey" FOREIGN KEY ("saved_search_id") REFERENCES "saved_searches"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "saved_search_alerts_scenario_id_fkey" FOREIGN KEY ("scenario_id") REFERENCES "scenarios"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`CREATE INDEX "saved_search_alerts_scenario_id_idx" ON "saved_search_alerts" ("scenario_id")`);
    await q.query(`
      CREATE TABLE "notification_preferences" (
        "user_id" uuid NOT NULL,
        "email_mode" character varying(10) NOT NULL DEFAULT 'immediate',
        "digest_sent_on" date,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "notification_preferences_email_mode_check" CHECK ("email_mode" IN ('immediate', 'daily', 'off')),
        CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id"),
        CONSTRAINT "notification_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await q.query(`ALTER TABLE "notifications" ADD "emailed_at" TIMESTAMP WITH TIME ZONE`);
    // Notifications from before e-mail existed are not sent now.
    await q.query(`UPDATE "notifications" SET "emailed_at" = "created_at"`);
    await q.query(`CREATE INDEX "notifications_unemailed_idx" ON "notifications" ("created_at") WHERE "emailed_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "notifications_unemailed_idx"`);
    await q.query(`ALTER TABLE "notifications" DROP COLUMN "emailed_at"`);
    await q.query(`DROP TABLE "notification_preferences"`);
    await q.query(`DROP TABLE "saved_search_alerts"`);
    await q.query(`DROP TABLE "saved_searches"`);
    await q.query(`DROP TABLE "match_alerts"`);
  }
}
