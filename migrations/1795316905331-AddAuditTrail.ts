import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Audited tables and the entity name each is recorded under. */
const AUDITED: [table: string, entity: string][] = [
  ['organizations', 'organization'],
  ['people', 'person'],
  ['letters', 'letter'],
  ['letter_signers', 'letter_signer'],
  ['letter_recipients', 'letter_recipient'],
  ['questions', 'question'],
  ['responses', 'response'],
  ['response_items', 'response_item'],
  ['extensions', 'extension'],
  ['api_keys', 'api_key'],
];

/**
 * The audit trail: a trigger on every table of the record writes who (the API
 * key the service names with set_config at the start of each transaction),
 * when, what, and the row before and after, inside the writing transaction.
 * Also the idempotency records of POST requests.
 */
export class AddAuditTrail1795316905331 implements MigrationInterface {
  name = 'AddAuditTrail1795316905331';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_log" (
        "id" bigserial PRIMARY KEY,
        "at" timestamptz NOT NULL DEFAULT now(),
        "key_id" uuid,
        "key_name" text NOT NULL,
        "request_id" text,
        "entity" text NOT NULL,
        "entity_id" text NOT NULL,
        "action" text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        "before" jsonb,
        "after" jsonb)`);
    await queryRunner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log" ("entity", "entity_id", "id")`);
    await queryRunner.query(`CREATE INDEX "audit_log_key_idx" ON "audit_log" ("key_id", "id")`);
    await queryRunner.query(`CREATE INDEX "audit_log_at_idx" ON "audit_log" ("at")`);
    await queryRunner.query(`
      CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        -- Secrets and values the service derives (the search vector, a question's current status) are not part of the record.
        derived text[] := ARRAY['search_vector', 'secret_hash', 'current_status'];
        old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - derived END;
        new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - derived END;
      BEGIN
        -- A change that only refreshes bookkeeping (derived values, timestamps) is not a change to the record.
        IF TG_OP = 'UPDATE' AND old_row - 'updated_at' - 'version' = new_row - 'updated_at' - 'version' THEN
          RETURN NULL;
        END IF;
        INSERT INTO audit_log (key_id, key_name, request_id, entity, entity_id, action, before, after)
        VALUES (
          nullif(current_setting('ot.key_id', true), '')::uuid,
          coalesce(nullif(current_setting('ot.key_name', true), ''), 'system'),
          nullif(current_setting('ot.request_id', true), ''),
          TG_ARGV[0],
          coalesce(new_row ->> 'id', old_row ->> 'id', new_row ->> 'letter_id', old_row ->> 'letter_id'),
          CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END,
          old_row,
          new_row);
        RETURN NULL;
      END $$`);
    for (const [table, entity] of AUDITED) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row('${entity}')`,
      );
    }
    await queryRunner.query(`
      CREATE TABLE "idempotency_keys" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "owner" text NOT NULL,
        "key" text NOT NULL,
        "method" text NOT NULL,
        "path" text NOT NULL,
        "body_hash" text NOT NULL,
        "applied" boolean NOT NULL DEFAULT false,
        "status_code" integer,
        "response_headers" jsonb,
        "response_body" text,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "completed_at" timestamptz,
        CONSTRAINT "idempotency_keys_owner_key" UNIQUE ("owner", "key"))`);
    await queryRunner.query(`CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys" ("created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "idempotency_keys"`);
    for (const [table] of AUDITED) await queryRunner.query(`DROP TRIGGER "${table}_audit" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION audit_row()`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
  }
}
