import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddWebhooks1795318321160 implements MigrationInterface {
  name = 'AddWebhooks1795318321160';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "letter_overdue_notices" ("letter_id" uuid NOT NULL, "due_on" date NOT NULL, "event_id" uuid, "noticed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bde1c4732af82fb7caf9afe762e" PRIMARY KEY ("letter_id", "due_on"))`);
    await queryRunner.query(`CREATE TABLE "webhook_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "seq" BIGSERIAL NOT NULL, "type" text NOT NULL, "letter_id" uuid, "data" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "fanned_out_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4cba37e6a0acb5e1fc49c34ebfd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "webhook_events_occurred_at_idx" ON "webhook_events"  ("occurred_at") `);
    await queryRunner.query(`CREATE INDEX "webhook_events_pending_idx" ON "webhook_events"  ("seq") WHERE fanned_out_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "webhook_subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" text NOT NULL, "secret" text NOT NULL, "events" text array NOT NULL, "filter_letter_id" uuid, "filter_recipient_organization_id" uuid, "filter_signer_id" uuid, "filter_tag" text, "active" boolean NOT NULL DEFAULT true, "consecutive_failures" integer NOT NULL DEFAULT '0', "disabled_at" TIMESTAMP WITH TIME ZONE, "disabled_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "webhook_subscriptions_events_check" CHECK (cardinality(events) > 0), CONSTRAINT "PK_bf631ae77d39849d599817fb6f4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "subscription_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "webhook_deliveries_event_subscription_key" UNIQUE ("event_id", "subscription_id"), CONSTRAINT "webhook_deliveries_status_check" CHECK (status IN ('pending', 'succeeded', 'failed')), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "webhook_deliveries_subscription_idx" ON "webhook_deliveries"  ("subscription_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries"  ("next_attempt_at") WHERE status = 'pending'`);
    await queryRunner.query(`CREATE TABLE "webhook_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "subscription_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" text NOT NULL, "attempt" integer NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status_code" integer, "error" text, "duration_ms" integer NOT NULL, "next_retry_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_2de7e7887ad97de459adab62638" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "webhook_attempts_delivery_idx" ON "webhook_attempts"  ("delivery_id") `);
    await queryRunner.query(`CREATE INDEX "webhook_attempts_subscription_idx" ON "webhook_attempts"  ("subscription_id", "attempted_at", "id") `);
    await queryRunner.query(`ALTER TABLE "letter_overdue_notices" ADD CONSTRAINT "letter_overdue_notices_letter_id_fkey" FOREIGN KEY ("letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "webhook_subscriptions_filter_letter_id_fkey" FOREIGN KEY ("filter_letter_id") REFERENCES "letters"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "webhook_subscriptions_filter_organization_id_fkey" FOREIGN KEY ("filter_recipient_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "webhook_subscriptions_filter_signer_id_fkey" FOREIGN KEY ("filter_signer_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "webhook_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_attempts" DROP CONSTRAINT "webhook_attempts_subscription_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "webhook_attempts" DROP CONSTRAINT "webhook_attempts_delivery_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_subscription_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_event_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" DROP CONSTRAINT "webhook_subscriptions_filter_signer_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" DROP CONSTRAINT "webhook_subscriptions_filter_organization_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "webhook_subscriptions" DROP CONSTRAINT "webhook_subscriptions_filter_letter_id_fkey"`);
    await queryRunner.query(`ALTER TABLE "letter_overdue_notices" DROP CONSTRAINT "letter_overdue_notices_letter_id_fkey"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_attempts_subscription_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_attempts_delivery_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_deliveries_subscription_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_deliveries"`);
    await queryRunner.query(`DROP TABLE "webhook_subscriptions"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_events_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."webhook_events_occurred_at_idx"`);
    await queryRunner.query(`DROP TABLE "webhook_events"`);
    await queryRunner.query(`DROP TABLE "letter_overdue_notices"`);
  }
}
