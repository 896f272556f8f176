import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { loadEnv, type Env } from '@app/config';
import { createApp } from '../../apps/api/src/app.factory.js';
import { ApiKeysService } from '../../apps/api/src/auth/api-keys.service.js';
import { createDatabase, dropDatabase, uniqueName } from './databases.js';

export type KeyRole = 'viewer' | 'editor' | 'admin';

/** A supertest agent whose every request carries `Authorization: Bearer <secret>`. */
function withKey(url: string, secret?: string): ReturnType<typeof request> {
  const agent = request(url);
  if (!secret) return agent;
  return new Proxy(agent, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || !['get', 'post', 'put', 'patch', 'delete', 'head', 'options'].includes(String(property))) return value;
      return (path: string) => value.call(target, path).set('authorization', `Bearer ${secret}`);
    },
  });
}

export interface TestApp {
  app: NestFastifyApplication;
  env: Env;
  /** Base URL of the listening server: the tests speak HTTP to it. */
  url: string;
  /** Requests to the app, with an editor's key unless another role (or `none`) is asked for. */
  http: (as?: KeyRole | 'none') => ReturnType<typeof request>;
  /** The secret of a key with each role, made for this app. */
  keys: Record<KeyRole, string>;
  /** A direct connection to this app's database, for checking what was (not) written. */
  db: pg.Pool;
  databaseUrl: string;
  tableCounts(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * Boots the real application on a database of its own, cloned from the
 * migrated template, listening on a free port.
 */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const adminUrl = process.env.OT_TEST_ADMIN_URL;
  const template = process.env.OT_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('test/global-setup.ts did not run');
  const name = uniqueName('ot_test');
  const databaseUrl = await createDatabase(adminUrl, name, template);
  const env = loadEnv({
    LOG_LEVEL: 'silent', MIGRATIONS_RUN: 'false', DB_POOL_SIZE: '5', RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_KEY_PER_MINUTE: '0',
    ...overrides, DATABASE_URL: databaseUrl,
  });
  const app = await createApp(env, databaseUrl);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // Dropping the database at the end ends idle connections from the server side: that is expected.
  db.on('error', () => undefined);
  const apiKeys = app.get(ApiKeysService);
  const keys = {
    viewer: (await apiKeys.create('test viewer', 'viewer')).secret,
    editor: (await apiKeys.create('test editor', 'editor')).secret,
    admin: (await apiKeys.create('test admin', 'admin')).secret,
  };
  return {
    app,
    env,
    url,
    keys,
    http: (as: KeyRole | 'none' = 'editor') => withKey(url, as === 'none' ? undefined : keys[as]),
    db,
    databaseUrl,
    async tableCounts() {
      const tables = await db.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
      );
      const counts: Record<string, number> = {};
      for (const { name } of tables.rows) {
        const result = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${name}"`);
        counts[name] = result.rows[0].n;
      }
      return counts;
    },
    async close() {
      await app.close();
      await db.end();
      await dropDatabase(adminUrl, name);
    },
  };
}
