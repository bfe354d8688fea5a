import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations (agencies and enterprises) and the people who sign in. */
export class OrganizationsAndUsers1795782204736 implements MigrationInterface {
  name = 'OrganizationsAndUsers1795782204736';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "organizations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "kind" character varying(20) NOT NULL,
        "name" character varying(200) NOT NULL,
        "credit_code" character varying(18) NOT NULL,
        "region" character varying(100) NOT NULL,
        "status" character varying(20) NOT NULL DEFAULT 'pending',
        "rejection_reason" text,
        "verified_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "organizations_credit_code_key" UNIQUE ("credit_code"),
        CONSTRAINT "organizations_status_check" CHECK ("status" IN ('pending', 'verified', 'rejected')),
        CONSTRAINT "organizations_kind_check" CHECK ("kind" IN ('agency', 'enterprise')),
        CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "email" character varying(254) NOT NULL,
        "password_hash" text,
        "display_name" character varying(100) NOT NULL,
        "platform_role" character varying(20),
        "organization_id" uuid,
        "member_role" character varying(20),
        "active" boolean NOT NULL DEFAULT true,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "users_email_key" UNIQUE ("email"),
        CONSTRAINT "users_email_lower_check" CHECK ("email" = lower("email")),
        CONSTRAINT "users_membership_check" CHECK (("organization_id" IS NULL) = ("member_role" IS NULL)),
        CONSTRAINT "users_member_role_check" CHECK ("member_role" IS NULL OR "member_role" IN ('owner', 'member')),
        CONSTRAINT "users_platform_role_check" CHECK ("platform_role" IS NULL OR "platform_role" IN ('admin', 'reviewer')),
        CONSTRAINT "users_pkey" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "users_organization_id_idx" ON "users" ("organization_id")`);
    await q.query(
      `ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "users_organization_id_fkey"`);
    await q.query(`DROP INDEX "users_organization_id_idx"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "organizations"`);
  }
}
