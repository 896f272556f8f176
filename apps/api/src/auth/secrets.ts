import { createHash, randomBytes } from 'node:crypto';

/** Secrets carry 192 random bits, so a fast hash is enough to keep them unreadable at rest. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

export const newSecret = () => `otk_${randomBytes(24).toString('base64url')}`;

export const secretPrefix = (secret: string) => secret.slice(0, 8);

/** The secret of an `Authorization: Bearer <secret>` header; undefined when absent, null when malformed. */
export function bearerSecret(header: string | string[] | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{8,200})\s*$/i.exec(header);
  return match ? match[1] : null;
}

/**
 * Hashes of secrets this process has seen to be active keys. The rate limiter
 * runs before a key is checked, so it counts a request by its key only when
 * the key is known good; anything else counts against the client's address,
 * so guessing keys cannot dodge the per-address limit.
 */
export const knownActiveKeys = new Set<string>();
