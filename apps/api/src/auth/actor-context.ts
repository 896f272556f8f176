import { AsyncLocalStorage } from 'node:async_hooks';
import type { Role } from './api-key.entity.js';

/** Who is acting: set per request (from its API key) or by the CLI, read by the audit trail. */
export interface Actor {
  keyId: string | null;
  keyName: string;
  role: Role | null;
  requestId: string | null;
  /** Set inside a request carrying an Idempotency-Key: the record to mark when its write commits. */
  idempotencyRecordId?: string;
}

export const actorContext = new AsyncLocalStorage<Actor>();

export const currentActor = (): Actor | undefined => actorContext.getStore();
