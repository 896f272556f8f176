import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the webhook worker when events commit: PostgreSQL sends a NOTIFY
 * only when the writing transaction commits (and folds repeats within one),
 * so the worker hears of new events at once and polls only as a fallback.
 */
export class AddWebhookNotify1795318321200 implements MigrationInterface {
  name = 'AddWebhookNotify1795318321200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION webhook_events_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('webhook_events', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER webhook_events_notify AFTER INSERT ON webhook_events
      FOR EACH STATEMENT EXECUTE FUNCTION webhook_events_notify()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER webhook_events_notify ON webhook_events`);
    await queryRunner.query(`DROP FUNCTION webhook_events_notify()`);
  }
}
