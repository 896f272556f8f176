import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { loadEnv, type Env } from '@app/config';
import { dataSourceOptions } from './data-source-options.js';

/** The same server as `url`, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onServer<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export const uniqueName = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await onServer(adminUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`));
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await onServer(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

/** A small data source for schema work (migrations need no entities). */
export function schemaDataSource(url: string, env: Env = loadEnv({})): DataSource {
  return new DataSource(dataSourceOptions(env, url, [], { poolSize: 2, applicationName: 'oversight-tracker-migrations' }));
}

/** Applies every pending migration; answers the names applied. */
export async function migrateUp(url: string, env?: Env): Promise<string[]> {
  const dataSource = await schemaDataSource(url, env).initialize();
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Reverts the newest `steps` applied migrations (all of them with `Infinity`); answers how many were reverted. */
export async function migrateDown(url: string, steps = 1, env?: Env): Promise<number> {
  const dataSource = await schemaDataSource(url, env).initialize();
  try {
    let reverted = 0;
    while (reverted < steps) {
      const applied = await dataSource.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'migrations'`);
      if (applied[0].n === 0) break;
      const rows = await dataSource.query(`SELECT count(*)::int AS n FROM migrations`);
      if (rows[0].n === 0) break;
      await dataSource.undoLastMigration({ transaction: 'each' });
      reverted += 1;
    }
    return reverted;
  } finally {
    await dataSource.destroy();
  }
}

/** A fresh database cloned from by each test file: migrated once per run. */
export async function prepareTemplate(adminUrl: string): Promise<string> {
  const name = uniqueName('ot_template');
  await migrateUp(await createDatabase(adminUrl, name));
  return name;
}
