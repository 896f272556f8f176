import type { Role } from './api-key.entity.js';

/** An API key as listed: never its secret. */
export class ApiKeyView {
  id: string;
  name: string;
  role: Role;
  /** The secret's first characters, to tell keys apart. */
  secretPrefix: string;
  createdAt: Date;
  revokedAt: Date | null;
}

export class CreatedApiKeyView extends ApiKeyView {
  /** Shown this once; only its hash is kept. */
  secret: string;
}

export class ApiKeyList {
  data: ApiKeyView[];
}
