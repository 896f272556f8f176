import { EventSubscriber, type EntitySubscriberInterface, type TransactionCommitEvent, type TransactionStartEvent } from 'typeorm';
import { currentActor } from '../auth/actor-context.js';
import { countsMayHaveChanged } from '../counting/aggregate-cache.js';

/**
 * Tells PostgreSQL who is writing, at the start of every transaction: the audit
 * triggers read it, so each audit row is written in the same transaction as
 * the change it records (a rolled-back write leaves none). Also marks a
 * request's idempotency record as applied in that same transaction.
 */
@EventSubscriber()
export class AuditContextSubscriber implements EntitySubscriberInterface {
  async afterTransactionStart(event: TransactionStartEvent): Promise<void> {
    const actor = currentActor();
    await event.queryRunner.query(
      `SELECT set_config('ot.key_id', $1, true), set_config('ot.key_name', $2, true), set_config('ot.request_id', $3, true)`,
      [actor?.keyId ?? '', actor?.keyName ?? 'system', actor?.requestId ?? ''],
    );
  }

  afterTransactionCommit(): void {
    countsMayHaveChanged();
  }

  async beforeTransactionCommit(event: TransactionCommitEvent): Promise<void> {
    const record = currentActor()?.idempotencyRecordId;
    if (record) await event.queryRunner.query(`UPDATE idempotency_keys SET applied = true WHERE id = $1`, [record]);
  }
}
