import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_ENV, type Env } from '@app/config';
import { DataSource, type EntityManager } from 'typeorm';
import { CURSOR_CHECKS, decodeCursor, DEFAULT_PAGE_SIZE, toPage } from '../common/pagination.js';
import { notFound } from '../common/problem.js';
import { Problems } from '../common/problems.js';
import type { CreateWebhookDto, UpdateWebhookDto, WebhookFilterDto } from './dto/webhook.dto.js';
import type { ListDeliveriesQuery } from './dto/list-deliveries.query.js';
import { newWebhookSecret, webhookIdOf } from './signature.js';
import { targetFault } from './target.js';
import { WebhookSubscription } from './webhook-subscription.entity.js';
import type { CreatedWebhookView, DeliveryAttemptPage, DeliveryAttemptView, WebhookView } from './webhook.view.js';

const isTimestamp = (value: unknown) => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));

const view = (s: WebhookSubscription): WebhookView => ({
  id: s.id,
  url: s.url,
  events: s.events,
  filter: {
    ...(s.filterLetterId ? { letterId: s.filterLetterId } : {}),
    ...(s.filterRecipientOrganizationId ? { recipientOrganizationId: s.filterRecipientOrganizationId } : {}),
    ...(s.filterSignerId ? { signerId: s.filterSignerId } : {}),
    ...(s.filterTag ? { tag: s.filterTag } : {}),
  },
  active: s.active,
  consecutiveFailures: s.consecutiveFailures,
  disabledAt: s.disabledAt,
  disabledReason: s.disabledReason,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});

const filterColumns = (filter: WebhookFilterDto | null | undefined) => ({
  filterLetterId: filter?.letterId ?? null,
  filterRecipientOrganizationId: filter?.recipientOrganizationId ?? null,
  filterSignerId: filter?.signerId ?? null,
  filterTag: filter?.tag || null,
});

/** Subscriptions to the tracker's events, and the log of attempts to deliver them. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_ENV) private readonly env: Env,
  ) {}

  /** Creates a subscription; its signing secret is in this answer and never again. */
  async create(dto: CreateWebhookDto): Promise<CreatedWebhookView> {
    await this.checkTarget(dto.url);
    return this.dataSource.transaction(async (manager) => {
      await this.checkFilter(manager, dto.filter);
      const secret = newWebhookSecret();
      const saved = await manager.save(
        manager.create(WebhookSubscription, { url: dto.url, events: dto.events, secret, ...filterColumns(dto.filter), active: true, disabledAt: null, disabledReason: null }),
      );
      return { ...view(saved), secret };
    });
  }

  async list(): Promise<WebhookView[]> {
    const found = await this.dataSource.manager.find(WebhookSubscription, { order: { createdAt: 'ASC', id: 'ASC' } });
    return found.map(view);
  }

  async get(id: string): Promise<WebhookView> {
    return view(await this.find(this.dataSource.manager, id));
  }

  async update(id: string, dto: UpdateWebhookDto): Promise<WebhookView> {
    if (dto.url !== undefined) await this.checkTarget(dto.url);
    return this.dataSource.transaction(async (manager) => {
      const subscription = await this.find(manager, id, true);
      if (dto.filter !== undefined) {
        await this.checkFilter(manager, dto.filter);
        Object.assign(subscription, filterColumns(dto.filter));
      }
      if (dto.url !== undefined) subscription.url = dto.url;
      if (dto.events !== undefined) subscription.events = dto.events;
      if (dto.active === true && !subscription.active) {
        Object.assign(subscription, { active: true, consecutiveFailures: 0, disabledAt: null, disabledReason: null });
      } else if (dto.active === false && subscription.active) {
        Object.assign(subscription, { active: false, disabledAt: new Date(), disabledReason: 'paused by a client' });
      }
      return view(await manager.save(subscription));
    });
  }

  /** Removes the subscription with its pending deliveries and its attempt log. */
  async remove(id: string): Promise<void> {
    const result = await this.dataSource.manager.delete(WebhookSubscription, { id });
    if (!result.affected) throw notFound('Webhook subscription', id);
  }

  /** Attempts at delivering to this subscription, newest first, one keyset page at a time. */
  async attempts(id: string, query: ListDeliveriesQuery): Promise<DeliveryAttemptPage> {
    await this.find(this.dataSource.manager, id);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const params: unknown[] = [id];
    const conditions = ['a.subscription_id = $1'];
    const outcome = `CASE WHEN a.status_code BETWEEN 200 AND 299 THEN 'succeeded' WHEN a.next_retry_at IS NOT NULL THEN 'retrying' ELSE 'failed' END`;
    if (query.outcome) {
      params.push(query.outcome);
      conditions.push(`${outcome} = $${params.length}`);
    }
    if (query.cursor) {
      const [at, after] = decodeCursor(query.cursor, [isTimestamp, CURSOR_CHECKS.uuid]);
      params.push(at, after);
      conditions.push(`(a.attempted_at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const rows: (Omit<DeliveryAttemptView, 'webhookId'> & { cursorAt: string })[] = await this.dataSource.query(
      `SELECT a.id, a.delivery_id AS "deliveryId", a.event_id AS "eventId",
              a.event_type AS "eventType", a.attempt, a.attempted_at AS "attemptedAt", a.status_code AS "statusCode", a.error,
              a.duration_ms AS "durationMs", a.next_retry_at AS "nextRetryAt", ${outcome} AS outcome,
              to_char(a.attempted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
       FROM webhook_attempts a WHERE ${conditions.join(' AND ')}
       ORDER BY a.attempted_at DESC, a.id DESC LIMIT ${limit + 1}`,
      params,
    );
    const page = toPage(rows, limit, (r) => [r.cursorAt, r.id]);
    return {
      data: page.data.map(({ cursorAt: _cursorAt, ...attempt }) => ({ ...attempt, webhookId: webhookIdOf(attempt.eventId) })),
      nextCursor: page.nextCursor,
    };
  }

  private async find(manager: EntityManager, id: string, lock = false): Promise<WebhookSubscription> {
    const found = await manager.findOne(WebhookSubscription, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!found) throw notFound('Webhook subscription', id);
    return found;
  }

  /** Refuses, with a 422 naming `url`, a target on a loopback or private network unless the operator allows them. */
  private async checkTarget(url: string): Promise<void> {
    const fault = await targetFault(new URL(url), this.env.WEBHOOK_ALLOW_PRIVATE);
    if (!fault) return;
    const problems = new Problems();
    problems.add('url', `${fault}; webhooks may only target public addresses (WEBHOOK_ALLOW_PRIVATE is off)`);
    problems.throwUnprocessable();
  }

  private async checkFilter(manager: EntityManager, filter: WebhookFilterDto | null | undefined): Promise<void> {
    if (!filter) return;
    const problems = new Problems();
    const exists = async (table: string, id: string) => (await manager.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length > 0;
    if (filter.letterId && !(await exists('letters', filter.letterId))) problems.add('filter.letterId', `no letter has id ${filter.letterId}`);
    if (filter.recipientOrganizationId && !(await exists('organizations', filter.recipientOrganizationId))) {
      problems.add('filter.recipientOrganizationId', `no organization has id ${filter.recipientOrganizationId}`);
    }
    if (filter.signerId && !(await exists('people', filter.signerId))) problems.add('filter.signerId', `no person has id ${filter.signerId}`);
    problems.throwUnprocessable();
  }
}
