import { todayIn } from '@app/rules';
import type { DataSource } from 'typeorm';
import { signWebhook, webhookIdOf } from '../../api/src/webhooks/signature.js';
import type { SendOutcome } from './sender.js';

/** TypeORM's query() answers an UPDATE or DELETE ... RETURNING as [rows, row count], other statements as the rows. */
export function returnedRows<T>(result: unknown): T[] {
  const pair = Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
  return (pair ? result[0] : result) as T[];
}

/** A delivery claimed for one attempt, with what is needed to send it. */
export interface ClaimedDelivery {
  id: string;
  attempt: number;
  subscriptionId: string;
  url: string;
  secret: string;
  eventId: string;
  eventType: string;
  data: Record<string, unknown>;
  occurredAt: Date;
}

/**
 * Turns new outbox events into one delivery per matching subscription, in
 * one statement. A subscription matches when it is active, wants the type,
 * existed when the event happened, and every condition of its filter holds
 * for the event's letter. Locked rows are skipped, so workers share the work.
 */
export async function fanOut(dataSource: DataSource, batch = 200): Promise<number> {
  const [row] = await dataSource.query(
    `WITH batch AS (
       SELECT id FROM webhook_events WHERE fanned_out_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED
     ),
     made AS (
       INSERT INTO webhook_deliveries (event_id, subscription_id, next_attempt_at)
       SELECT e.id, s.id, now()
       FROM batch b JOIN webhook_events e ON e.id = b.id
       JOIN webhook_subscriptions s ON s.active AND e.type = ANY(s.events) AND s.created_at <= e.occurred_at
       WHERE (s.filter_letter_id IS NULL OR s.filter_letter_id = e.letter_id)
         AND (s.filter_tag IS NULL OR EXISTS (SELECT 1 FROM letters l WHERE l.id = e.letter_id AND l.tags @> ARRAY[s.filter_tag]))
         AND (s.filter_signer_id IS NULL OR EXISTS (
               SELECT 1 FROM letter_signers ls WHERE ls.letter_id = e.letter_id AND ls.person_id = s.filter_signer_id))
         AND (s.filter_recipient_organization_id IS NULL OR EXISTS (
               SELECT 1 FROM letter_recipients r LEFT JOIN people p ON p.id = r.person_id
               WHERE r.letter_id = e.letter_id
                 AND (r.organization_id = s.filter_recipient_organization_id OR p.organization_id = s.filter_recipient_organization_id)))
       ORDER BY e.seq
       ON CONFLICT (event_id, subscription_id) DO NOTHING
       RETURNING 1
     ),
     marked AS (
       UPDATE webhook_events e SET fanned_out_at = now() FROM batch b WHERE e.id = b.id RETURNING 1
     )
     SELECT (SELECT count(*) FROM marked)::int AS events, (SELECT count(*) FROM made)::int AS deliveries`,
    [batch],
  );
  return row.events;
}

/**
 * Claims up to `limit` due deliveries of active subscriptions for one
 * attempt each. The claim is a lease, not a held lock: the next attempt is
 * pushed `leaseMs` ahead, so a worker that dies mid-send leaves the delivery
 * to be tried again (at least once, never lost).
 */
export async function claimDue(dataSource: DataSource, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  if (limit <= 0) return [];
  const result: unknown = await dataSource.query(
    `WITH due AS (
       SELECT d.id FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
       WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND s.active
       ORDER BY d.next_attempt_at LIMIT $1
       FOR UPDATE OF d SKIP LOCKED
     )
     UPDATE webhook_deliveries d SET attempts = d.attempts + 1, next_attempt_at = now() + $2 * interval '1 millisecond'
     FROM due, webhook_events e, webhook_subscriptions s
     WHERE d.id = due.id AND e.id = d.event_id AND s.id = d.subscription_id
     RETURNING d.id, d.attempts AS attempt, s.id AS "subscriptionId", s.url, s.secret, e.id AS "eventId", e.type AS "eventType",
               e.data, e.occurred_at AS "occurredAt"`,
    [limit, leaseMs],
  );
  return returnedRows<ClaimedDelivery>(result);
}

/** When the next pending delivery of an active subscription falls due, in ms from now (null: none pending). */
export async function msUntilNextDue(dataSource: DataSource): Promise<number | null> {
  const [row] = await dataSource.query(
    `SELECT greatest(0, extract(epoch FROM min(d.next_attempt_at) - now()) * 1000)::float8 AS ms
     FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id AND s.active
     WHERE d.status = 'pending'`,
  );
  return row.ms === null ? null : Number(row.ms);
}

/** The request one attempt sends: the body is the same on every attempt, the timestamp and signature are the attempt's. */
export function buildRequest(delivery: ClaimedDelivery, timeZone: string, now = new Date()): { headers: Record<string, string>; body: string } {
  const data = { ...delivery.data };
  // The day a status change took effect, in the tracker's zone: the API records the change, the worker names its day.
  if (delivery.eventType === 'question.status_changed' && data.asOf === undefined) data.asOf = todayIn(timeZone, delivery.occurredAt);
  const body = JSON.stringify({ type: delivery.eventType, timestamp: delivery.occurredAt.toISOString(), data });
  const id = webhookIdOf(delivery.eventId);
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    body,
    headers: {
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook(delivery.secret, id, timestamp, body),
      'user-agent': 'oversight-tracker-webhooks/1',
    },
  };
}

export interface AttemptResult {
  attemptedAt: Date;
  outcome: SendOutcome;
  /** When to try again; null when this was the last attempt or it succeeded. */
  nextRetryAt: Date | null;
}

/**
 * Records one attempt and moves its delivery on: succeeded, rescheduled, or
 * failed for good. A delivery failed for good counts against its subscription,
 * which is disabled, with the reason, after `disableAfter` in a row.
 * Returns the reason when this attempt disabled the subscription.
 */
export async function recordAttempt(
  dataSource: DataSource,
  delivery: ClaimedDelivery,
  result: AttemptResult,
  disableAfter: number,
): Promise<string | null> {
  const { outcome } = result;
  const succeeded = outcome.error === null;
  return dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO webhook_attempts (delivery_id, subscription_id, event_id, event_type, attempt, attempted_at, status_code, error, duration_ms, next_retry_at)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 WHERE EXISTS (SELECT 1 FROM webhook_deliveries WHERE id = $1)`,
      [delivery.id, delivery.subscriptionId, delivery.eventId, delivery.eventType, delivery.attempt, result.attemptedAt,
        outcome.statusCode, outcome.error, outcome.durationMs, succeeded ? null : result.nextRetryAt],
    );
    // Only the holder of the current lease moves the delivery on: a stale attempt (lease expired, tried again elsewhere) is just logged.
    const status = succeeded ? 'succeeded' : result.nextRetryAt ? 'pending' : 'failed';
    const moved = returnedRows<{ id: string }>(await manager.query(
      `UPDATE webhook_deliveries SET status = $3, next_attempt_at = $4,
         completed_at = CASE WHEN $3 = 'pending' THEN NULL ELSE now() END
       WHERE id = $1 AND attempts = $2 AND status = 'pending' RETURNING id`,
      [delivery.id, delivery.attempt, status, status === 'pending' ? result.nextRetryAt : null],
    ));
    if (moved.length === 0 || status === 'pending') return null;
    if (succeeded) {
      await manager.query(`UPDATE webhook_subscriptions SET consecutive_failures = 0 WHERE id = $1 AND consecutive_failures <> 0`, [delivery.subscriptionId]);
      return null;
    }
    const reason = `disabled after ${disableAfter} consecutive failed deliveries; the last, of event ${webhookIdOf(delivery.eventId)}, failed after ${delivery.attempt} attempt(s): ${outcome.error}`;
    const [subscription] = returnedRows<{ active: boolean; disabled_reason: string | null }>(await manager.query(
      `UPDATE webhook_subscriptions SET consecutive_failures = consecutive_failures + 1,
         active = CASE WHEN consecutive_failures + 1 >= $2 THEN false ELSE active END,
         disabled_at = CASE WHEN consecutive_failures + 1 >= $2 AND active THEN now() ELSE disabled_at END,
         disabled_reason = CASE WHEN consecutive_failures + 1 >= $2 AND active THEN $3 ELSE disabled_reason END,
         updated_at = now()
       WHERE id = $1 RETURNING active, disabled_reason`,
      [delivery.subscriptionId, disableAfter, reason],
    ));
    return subscription && !subscription.active && subscription.disabled_reason === reason ? reason : null;
  });
}

/** Removes events, with their deliveries and attempts, finished more than `days` ago. */
export async function purgeOld(dataSource: DataSource, days: number, batch = 1000): Promise<number> {
  let removed = 0;
  for (;;) {
    const rows = returnedRows<unknown>(await dataSource.query(
      `DELETE FROM webhook_events WHERE id IN (
         SELECT e.id FROM webhook_events e
         WHERE e.fanned_out_at IS NOT NULL AND e.occurred_at < now() - $1 * interval '1 day'
           AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id AND d.status = 'pending')
         LIMIT $2)
       RETURNING 1`,
      [days, batch],
    ));
    removed += rows.length;
    if (rows.length < batch) return removed;
  }
}
