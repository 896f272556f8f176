import type { WebhookEventType } from './webhook-subscription.entity.js';

/** Which letters' events a subscription receives; every condition given must hold. */
export class WebhookFilterView {
  letterId?: string;
  /** Letters addressed to this organization, or to a person of it. */
  recipientOrganizationId?: string;
  signerId?: string;
  tag?: string;
}

export class WebhookView {
  id: string;
  url: string;
  events: WebhookEventType[];
  /** Empty: every letter. */
  filter: WebhookFilterView;
  /** False once disabled after failures (see `disabledReason`) or paused; `PATCH` with `active: true` resumes it. */
  active: boolean;
  /** Deliveries in a row that failed for good; the subscription is disabled when it reaches WEBHOOK_DISABLE_AFTER_FAILURES. */
  consecutiveFailures: number;
  disabledAt: Date | null;
  disabledReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export class CreatedWebhookView extends WebhookView {
  /** `whsec_` and base64 of random bytes: verify each delivery's `webhook-signature` with it. Shown only in this answer. */
  secret: string;
}

export class WebhookList {
  data: WebhookView[];
}

/** One try at delivering one event. */
export class DeliveryAttemptView {
  id: string;
  deliveryId: string;
  /** The `webhook-id` header sent: the same on every attempt at one event. */
  webhookId: string;
  eventId: string;
  eventType: string;
  /** 1 for the first try. */
  attempt: number;
  attemptedAt: Date;
  /** The receiver's HTTP status; null when no answer came (refused, unreachable, timed out). */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** When the next try is due; null after a success or the last try. */
  nextRetryAt: Date | null;
  /** `succeeded`, `retrying` (failed, another try is due) or `failed` (the last try failed). */
  outcome: 'succeeded' | 'retrying' | 'failed';
}

export class DeliveryAttemptPage {
  data: DeliveryAttemptView[];
  nextCursor: string | null;
}
