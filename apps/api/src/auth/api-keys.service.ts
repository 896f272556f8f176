import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_ENV, type Env } from '@app/config';
import { DataSource } from 'typeorm';
import { notFound } from '../common/problem.js';
import { ApiKey, type Role } from './api-key.entity.js';
import type { ApiKeyView, CreatedApiKeyView } from './api-key.view.js';
import { hashSecret, knownActiveKeys, newSecret, secretPrefix } from './secrets.js';

export interface VerifiedKey {
  id: string;
  name: string;
  role: Role;
}

const CACHE_MS = 5000;

const view = (key: ApiKey): ApiKeyView => ({
  id: key.id, name: key.name, role: key.role, secretPrefix: key.secretPrefix, createdAt: key.createdAt, revokedAt: key.revokedAt,
});

@Injectable()
export class ApiKeysService implements OnApplicationBootstrap {
  private readonly logger = new Logger('ApiKeys');
  /** Recently verified secrets, so a burst of requests costs one lookup; revocation here clears it. */
  private readonly cache = new Map<string, { key: VerifiedKey | null; until: number }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_ENV) private readonly env: Env,
  ) {}

  /** BOOTSTRAP_ADMIN_KEY becomes an admin key when no active admin key exists yet. */
  async onApplicationBootstrap(): Promise<void> {
    await this.createBootstrapKey();
    const active: { secret_hash: string }[] = await this.dataSource.query(`SELECT secret_hash FROM api_keys WHERE revoked_at IS NULL`);
    for (const row of active) knownActiveKeys.add(row.secret_hash);
  }

  private async createBootstrapKey(): Promise<void> {
    const secret = this.env.BOOTSTRAP_ADMIN_KEY;
    if (!secret) return;
    const [active] = await this.dataSource.query(`SELECT 1 FROM api_keys WHERE role = 'admin' AND revoked_at IS NULL LIMIT 1`);
    if (active) return;
    await this.dataSource.query(
      `INSERT INTO api_keys (name, role, secret_hash, secret_prefix) VALUES ('bootstrap admin', 'admin', $1, $2)
       ON CONFLICT (secret_hash) DO NOTHING`,
      [hashSecret(secret), secretPrefix(secret)],
    );
    this.logger.log('created the bootstrap admin key from BOOTSTRAP_ADMIN_KEY');
  }

  /** Creates a key; the secret is in the answer and nowhere else, ever. */
  async create(name: string, role: Role): Promise<CreatedApiKeyView> {
    const secret = newSecret();
    const key = await this.dataSource.manager.save(
      this.dataSource.manager.create(ApiKey, { name, role, secretHash: hashSecret(secret), secretPrefix: secretPrefix(secret), revokedAt: null }),
    );
    knownActiveKeys.add(hashSecret(secret));
    return { ...view(key), secret };
  }

  async list(): Promise<ApiKeyView[]> {
    const keys = await this.dataSource.manager.find(ApiKey, { order: { createdAt: 'ASC', id: 'ASC' } });
    return keys.map(view);
  }

  async revoke(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const key = await manager.findOne(ApiKey, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!key) throw notFound('API key', id);
      if (!key.revokedAt) await manager.update(ApiKey, { id }, { revokedAt: new Date() });
      const [row] = await manager.query(`SELECT secret_hash FROM api_keys WHERE id = $1`, [id]);
      knownActiveKeys.delete(row.secret_hash);
    });
    this.cache.clear();
  }

  /** The active key with this secret, or null (unknown or revoked). */
  async verify(secret: string): Promise<VerifiedKey | null> {
    const hash = hashSecret(secret);
    const cached = this.cache.get(hash);
    if (cached && cached.until > Date.now()) return cached.key;
    const [row] = await this.dataSource.query(`SELECT id, name, role FROM api_keys WHERE secret_hash = $1 AND revoked_at IS NULL`, [hash]);
    const key: VerifiedKey | null = row ? { id: row.id, name: row.name, role: row.role } : null;
    if (key) knownActiveKeys.add(hash);
    else knownActiveKeys.delete(hash);
    if (this.cache.size > 10000) this.cache.clear();
    this.cache.set(hash, { key, until: Date.now() + CACHE_MS });
    return key;
  }
}
