import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity and access: sessions (refresh tokens), sign-in throttling, password-setup links,
 * invitations, in-app notifications, reviewer expertise, and the append-only audit log.
 */
export class IdentityAndAudit1795783440434 implements MigrationInterface {
  name = 'IdentityAndAudit1795783440434';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "audit_log" (
        "id" bigint NOT NULL,
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
        CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "audit_log_actor_user_id_idx" ON "audit_log" ("actor_user_id")`);
    await q.query(`CREATE INDEX "audit_log_target_idx" ON "audit_log" ("target_type", "target_id")`);
    await q.query(`CREATE INDEX "audit_log_action_idx" ON "audit_log" ("action")`);
    // Append-only: no role, the table owner included, may change or remove a row.
    await q.query(`
      CREATE FUNCTION "audit_log_forbid_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(
      `CREATE TRIGGER "audit_log_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_forbid_change"()`,
    );
    await q.query(
      `CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_forbid_change"()`,
    );
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log" FROM PUBLIC`);

    await q.query(`
      CREATE TABLE "password_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "token_hash" character varying(64) NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "password_tokens_token_hash_key" UNIQUE ("token_hash"),
        CONSTRAINT "password_tokens_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "password_tokens_user_id_idx" ON "password_tokens" ("user_id")`);
    await q.query(`
      CREATE TABLE "sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "family_id" uuid NOT NULL,
        "token_hash" character varying(64) NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "rotated_at" TIMESTAMP WITH TIME ZONE,
        "ip" character varying(64),
        "user_agent" character varying(300),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "sessions_token_hash_key" UNIQUE ("token_hash"),
        CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "sessions_user_id_idx" ON "sessions" ("user_id")`);
    await q.query(`CREATE INDEX "sessions_family_id_idx" ON "sessions" ("family_id")`);
    await q.query(`
      CREATE TABLE "sign_in_throttles" (
        "key" character varying(300) NOT NULL,
        "failures" integer NOT NULL DEFAULT '0',
        "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "locked_until" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "sign_in_throttles_pkey" PRIMARY KEY ("key")
      )`);
    await q.query(`
      CREATE TABLE "notifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "type" character varying(60) NOT NULL,
        "params" jsonb NOT NULL DEFAULT '{}',
        "read_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "notifications_user_id_created_at_idx" ON "notifications" ("user_id", "created_at")`);
    await q.query(`
      CREATE TABLE "invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "email" character varying(254) NOT NULL,
        "token_hash" character varying(64) NOT NULL,
        "invited_by_user_id" uuid NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "accepted_at" TIMESTAMP WITH TIME ZONE,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "invitations_token_hash_key" UNIQUE ("token_hash"),
        CONSTRAINT "invitations_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "invitations_organization_id_idx" ON "invitations" ("organization_id")`);
    await q.query(`ALTER TABLE "users" ADD "expertise" text array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "users" ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE`);
    for (const [table, constraint, column, target] of [
      ['password_tokens', 'password_tokens_user_id_fkey', 'user_id', 'users'],
      ['sessions', 'sessions_user_id_fkey', 'user_id', 'users'],
      ['notifications', 'notifications_user_id_fkey', 'user_id', 'users'],
      ['invitations', 'invitations_organization_id_fkey', 'organization_id', 'organizations'],
      ['invitations', 'invitations_invited_by_user_id_fkey', 'invited_by_user_id', 'users'],
    ]) {
      await q.query(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" FOREIGN KEY ("${column}") REFERENCES "${target}"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" DROP COLUMN "last_sign_in_at"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "expertise"`);
    await q.query(`DROP TABLE "invitations"`);
    await q.query(`DROP TABLE "notifications"`);
    await q.query(`DROP TABLE "sign_in_throttles"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP TABLE "password_tokens"`);
    await q.query(`DROP TABLE "audit_log"`);
    await q.query(`DROP FUNCTION "audit_log_forbid_change"()`);
  }
}
