import type { Env } from '@app/config';
import type { DataSourceOptions, MixedList } from 'typeorm';
import pg from 'pg';
import { MIGRATIONS } from '../../../migrations/index.js';

// Dates stay `YYYY-MM-DD` strings: parsed into a Date they would shift with the process's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/**
 * The one set of connection options used by the API, the worker, the CLI and
 * the tests. Migrations are listed explicitly so the same list serves compiled
 * and test runs; `synchronize` is off everywhere.
 */
export function dataSourceOptions(
  env: Env,
  url: string,
  entities: MixedList<Function | string>,
  overrides: { poolSize?: number; applicationName?: string; subscribers?: Function[] } = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    subscribers: overrides.subscribers ?? [],
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13 and later: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: overrides.poolSize ?? env.DB_POOL_SIZE,
      statement_timeout: env.DB_STATEMENT_TIMEOUT_MS,
      application_name: overrides.applicationName ?? 'oversight-tracker',
      connectionTimeoutMillis: 5000,
      // The counting queries are many small index lookups: JIT compilation costs more than it saves,
      // and grouping by organization needs more than the default 4 MB to stay in memory.
      options: '-c jit=off -c work_mem=32MB',
    },
  };
}
