import { createHmac, randomBytes } from 'node:crypto';

/** A signing secret as the Standard Webhooks specification writes it: `whsec_` and base64 of random bytes. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the secret's decoded bytes. */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** The `webhook-id` of an event's deliveries: kept across retries, so receivers can drop repeats. */
export const webhookIdOf = (eventId: string) => `msg_${eventId.replace(/-/g, '')}`;
