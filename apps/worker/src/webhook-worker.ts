import { Logger } from '@nestjs/common';
import type { Env } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { todayIn } from '@app/rules';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { retryDelayMs } from './backoff.js';
import { buildRequest, claimDue, fanOut, msUntilNextDue, purgeOld, recordAttempt, type ClaimedDelivery } from './deliveries.js';
import { recordOverdue } from './overdue.js';
import { postWebhook } from './sender.js';

/** How much longer than a send may take a claimed delivery stays leased to this worker. */
const LEASE_SLACK_MS = 30_000;
const PURGE_EVERY_MS = 60 * 60 * 1000;

/**
 * The webhook worker: fans outbox events out to subscriptions, sends due
 * deliveries (several at once, signed, retried with backoff), and looks for
 * letters that became overdue. Several workers may run on one database:
 * every claim skips rows another holds.
 */
export class WebhookWorker {
  private readonly logger = new Logger('WebhookWorker');
  private readonly dataSource: DataSource;
  private listener?: pg.Client;
  private stopping = false;
  /** Loops waiting for work or time; `idlers` wait for time only. */
  private readonly sleepers = new Set<() => void>();
  private readonly idlers = new Set<() => void>();
  private readonly inFlight = new Set<Promise<void>>();
  private loops: Promise<void>[] = [];
  private lastPurge = 0;

  constructor(
    private readonly env: Env,
    private readonly databaseUrl: string,
  ) {
    this.dataSource = new DataSource(dataSourceOptions(env, databaseUrl, [], { poolSize: 4, applicationName: 'oversight-tracker-worker' }));
  }

  async start(): Promise<void> {
    await this.dataSource.initialize();
    await this.waitForSchema();
    if (this.stopping) return;
    await this.listen();
    this.loops = [this.deliveryLoop(), this.overdueLoop()];
    this.logger.log(`started: polling every ${this.env.WEBHOOK_POLL_INTERVAL_MS} ms, overdue checks every ${this.env.OVERDUE_CHECK_INTERVAL_MS} ms`);
  }

  /** Stops taking work, lets the sends under way finish (each is bounded by WEBHOOK_TIMEOUT_MS), and disconnects. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    for (const done of [...this.idlers]) done();
    await Promise.allSettled(this.loops);
    await Promise.allSettled([...this.inFlight]);
    await this.listener?.end().catch(() => undefined);
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  /** The API applies the migrations; a worker started first waits for them rather than failing. */
  private async waitForSchema(): Promise<void> {
    let told = false;
    while (!this.stopping) {
      const [row] = await this.dataSource.query(`SELECT to_regclass('public.letter_overdue_notices') IS NOT NULL AS ready`);
      if (row.ready) return;
      if (!told) this.logger.warn('the database has no webhook tables yet: waiting for the API to apply the migrations');
      told = true;
      await this.sleep(this.env.WEBHOOK_POLL_INTERVAL_MS);
    }
  }

  /** New events wake the worker at once (PostgreSQL notifies at commit); polling only covers a lost connection. */
  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: 'oversight-tracker-worker-listen' });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn(`the notification connection failed (${error.message}); polling until it is back`);
      this.listener = undefined;
      client.end().catch(() => undefined);
      if (!this.stopping) setTimeout(() => void this.listen().catch(() => undefined), this.env.WEBHOOK_POLL_INTERVAL_MS);
    });
    try {
      await client.connect();
      await client.query('LISTEN webhook_events');
      this.listener = client;
    } catch (error) {
      this.logger.warn(`could not listen for new events (${(error as Error).message}); polling instead`);
      await client.end().catch(() => undefined);
    }
  }

  private async deliveryLoop(): Promise<void> {
    const capacity = this.env.WEBHOOK_CONCURRENCY;
    const lease = this.env.WEBHOOK_TIMEOUT_MS + LEASE_SLACK_MS;
    while (!this.stopping) {
      let wait = this.env.WEBHOOK_POLL_INTERVAL_MS;
      try {
        const fanned = await fanOut(this.dataSource);
        const claimed = await claimDue(this.dataSource, capacity - this.inFlight.size, lease);
        for (const delivery of claimed) this.track(this.deliver(delivery));
        if (fanned > 0) wait = 0;
        else if (this.inFlight.size < capacity) {
          // Sleep until the next retry falls due; when every slot is busy, a finished send wakes the loop instead.
          const next = await msUntilNextDue(this.dataSource);
          if (next !== null) wait = Math.min(wait, Math.max(next, 10));
        }
      } catch (error) {
        this.logger.error(`delivery round failed: ${(error as Error).message}`);
      }
      if (wait > 0 && !this.stopping) await this.sleep(wait);
    }
  }

  private track(sending: Promise<void>): void {
    this.inFlight.add(sending);
    void sending.finally(() => {
      this.inFlight.delete(sending);
      this.wake();
    });
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    const attemptedAt = new Date();
    const { headers, body } = buildRequest(delivery, this.env.TRACKER_TIME_ZONE, attemptedAt);
    const outcome = await postWebhook(delivery.url, headers, body, { timeoutMs: this.env.WEBHOOK_TIMEOUT_MS, allowPrivate: this.env.WEBHOOK_ALLOW_PRIVATE });
    const failed = outcome.error !== null;
    const retry = failed && delivery.attempt < this.env.WEBHOOK_MAX_ATTEMPTS;
    const nextRetryAt = retry ? new Date(Date.now() + retryDelayMs(delivery.attempt, this.env.WEBHOOK_RETRY_BASE_MS)) : null;
    const context = { deliveryId: delivery.id, subscriptionId: delivery.subscriptionId, webhookId: headers['webhook-id'], type: delivery.eventType, attempt: delivery.attempt };
    try {
      const disabled = await recordAttempt(this.dataSource, delivery, { attemptedAt, outcome, nextRetryAt }, this.env.WEBHOOK_DISABLE_AFTER_FAILURES);
      if (!failed) this.logger.log({ message: 'delivered', ...context, statusCode: outcome.statusCode, durationMs: outcome.durationMs });
      else this.logger.warn({ message: retry ? 'delivery failed; will retry' : 'delivery failed for good', ...context, error: outcome.error, nextRetryAt });
      if (disabled) this.logger.warn({ message: 'subscription disabled', subscriptionId: delivery.subscriptionId, reason: disabled });
    } catch (error) {
      // The lease runs out and the delivery is tried again: at least once, perhaps twice.
      this.logger.error({ message: 'could not record a delivery attempt', ...context, error: (error as Error).message });
    }
  }

  private async overdueLoop(): Promise<void> {
    while (!this.stopping) {
      try {
        const found = await recordOverdue(this.dataSource, todayIn(this.env.TRACKER_TIME_ZONE), this.env.LONG_OVERDUE_DAYS);
        if (found.noticed > 0) this.logger.log({ message: 'letters newly overdue', letters: found.noticed, events: found.events });
        if (found.events > 0) this.wake();
        if (Date.now() - this.lastPurge > PURGE_EVERY_MS) {
          this.lastPurge = Date.now();
          const purged = await purgeOld(this.dataSource, this.env.WEBHOOK_RETENTION_DAYS);
          if (purged > 0) this.logger.log({ message: 'removed old webhook events', events: purged });
        }
      } catch (error) {
        this.logger.error(`overdue check failed: ${(error as Error).message}`);
      }
      await this.sleep(this.env.OVERDUE_CHECK_INTERVAL_MS, false);
    }
  }

  /** Waits `ms`, or less when woken: by new work when `wakeable`, and always by a stop. */
  private sleep(ms: number, wakeable = true): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        this.idlers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      (wakeable ? this.sleepers : this.idlers).add(done);
    });
  }

  /** Ends the waits of the loops that new work concerns. */
  private wake(): void {
    for (const done of [...this.sleepers]) done();
  }
}
