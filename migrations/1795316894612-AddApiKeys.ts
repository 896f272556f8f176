import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddApiKeys1795316894612 implements MigrationInterface {
  name = 'AddApiKeys1795316894612';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "role" text NOT NULL, "secret_hash" text NOT NULL, "secret_prefix" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "api_keys_role_check" CHECK (role IN ('viewer', 'editor', 'admin')), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "api_keys_secret_hash_key" ON "api_keys"  ("secret_hash") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."api_keys_secret_hash_key"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
  }
}
