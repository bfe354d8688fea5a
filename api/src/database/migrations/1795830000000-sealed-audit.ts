import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The journal of sealed audit entries: what happens on a sealed scenario's solutions before
 * its bid opening, kept out of the audit log until the opening appends it there. Rows are
 * never changed but to record that release, never removed. Scenarios that closed before this
 * migration count as opened at their close.
 */
export class SealedAudit1795830000000 implements MigrationInterface {
  name = 'SealedAudit1795830000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "audit_sealed_entries" (
        "id" BIGSERIAL NOT NULL,
        "seal_key" character varying(100) NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "actor_user_id" uuid,
        "actor_organization_id" uuid,
        "action" character varying(100) NOT NULL,
        "target_type" character varying(50) NOT NULL,
        "target_id" character varying(100),
        "request_id" character varying(128),
        "ip" character varying(64),
        "summary" jsonb NOT NULL DEFAULT '{}',
        "prev_hash" character varying(64) NOT NULL,
        "hash" character varying(64) NOT NULL,
        "released_at" TIMESTAMP WITH TIME ZONE,
        "entry_id" bigint,
        CONSTRAINT "audit_sealed_entries_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "audit_sealed_entries_seal_key_idx" ON "audit_sealed_entries" ("seal_key", "id")`);
    await q.query(`
      CREATE FUNCTION "audit_sealed_entries_release_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.released_at IS NULL AND NEW.released_at IS NOT NULL AND OLD.entry_id IS NULL
           AND (NEW.id, NEW.seal_key, NEW.occurred_at, NEW.actor_user_id, NEW.actor_organization_id, NEW.action, NEW.target_type,
                NEW.target_id, NEW.request_id, NEW.ip, NEW.summary, NEW.prev_hash, NEW.hash)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.seal_key, OLD.occurred_at, OLD.actor_user_id, OLD.actor_organization_id, OLD.action, OLD.target_type,
                OLD.target_id, OLD.request_id, OLD.ip, OLD.summary, OLD.prev_hash, OLD.hash)
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_sealed_entries rows are only ever released: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(
      `CREATE TRIGGER "audit_sealed_entries_release_only" BEFORE UPDATE OR DELETE ON "audit_sealed_entries" FOR EACH ROW EXECUTE FUNCTION "audit_sealed_entries_release_only"()`,
    );
    await q.query(
      `CREATE TRIGGER "audit_sealed_entries_no_truncate" BEFORE TRUNCATE ON "audit_sealed_entries" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_forbid_change"()`,
    );
    await q.query(`REVOKE DELETE, TRUNCATE ON "audit_sealed_entries" FROM PUBLIC`);
    // Every scenario that went past its deadline before bid openings were recorded has been opened at its close.
    await q.query(`
      UPDATE "scenarios" SET "closed_at" = coalesce("deadline", "updated_at")
       WHERE "closed_at" IS NULL AND "status" IN ('closed', 'reviewing', 'shortlisted', 'awarded', 'announced', 'in_delivery', 'landed', 'failed', 'no_award')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "audit_sealed_entries"`);
    await q.query(`DROP FUNCTION "audit_sealed_entries_release_only"()`);
  }
}
