import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sealed audit entries: the hidden part of an entry about a sealed scenario's solutions, kept
 * apart until the bid opening releases it. Rows are never changed but for that release, never
 * removed. Scenarios that closed before this migration count as opened at their close.
 */
export class SealedAudit1795830000000 implements MigrationInterface {
  name = 'SealedAudit1795830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "audit_sealed_details" (
        "entry_id" bigint NOT NULL,
        "seal_key" character varying(100) NOT NULL,
        "actor_user_id" uuid,
        "actor_organization_id" uuid,
        "target_id" character varying(100),
        "ip" character varying(64),
        "request_id" character varying(128),
        "summary" jsonb NOT NULL,
        "salt" character varying(64) NOT NULL,
        "released_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "audit_sealed_details_pkey" PRIMARY KEY ("entry_id")
      )`);
    await q.query(`CREATE INDEX "audit_sealed_details_seal_key_idx" ON "audit_sealed_details" ("seal_key")`);
    await q.query(`
      CREATE FUNCTION "audit_sealed_details_release_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.released_at IS NULL AND NEW.released_at IS NOT NULL
           AND (NEW.entry_id, NEW.seal_key, NEW.actor_user_id, NEW.actor_organization_id, NEW.target_id, NEW.ip, NEW.request_id, NEW.summary, NEW.salt)
               IS NOT DISTINCT FROM
               (OLD.entry_id, OLD.seal_key, OLD.actor_user_id, OLD.actor_organization_id, OLD.target_id, OLD.ip, OLD.request_id, OLD.summary, OLD.salt)
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_sealed_details rows are only ever released: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(
      `CREATE TRIGGER "audit_sealed_details_release_only" BEFORE UPDATE OR DELETE ON "audit_sealed_details" FOR EACH ROW EXECUTE FUNCTION "audit_sealed_details_release_only"()`,
    );
    await q.query(
      `CREATE TRIGGER "audit_sealed_details_no_truncate" BEFORE TRUNCATE ON "audit_sealed_details" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_forbid_change"()`,
    );
    await q.query(`REVOKE DELETE, TRUNCATE ON "audit_sealed_details" FROM PUBLIC`);
    // Every scenario that went past its deadline before bid openings were recorded has been opened at its close.
    await q.query(`
      UPDATE "scenarios" SET "closed_at" = coalesce("deadline", "updated_at")
       WHERE "closed_at" IS NULL AND "status" IN ('closed', 'reviewing', 'shortlisted', 'awarded', 'announced', 'in_delivery', 'landed', 'failed', 'no_award')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_sealed_details"`);
    await q.query(`DROP FUNCTION "audit_sealed_details_release_only"()`);
  }
}
