import pg from 'pg';
import { createDatabase, dropDatabase, migrateDown, migrateUp, uniqueName } from './support/databases.js';
import { MIGRATIONS } from '../migrations/index.js';

const EXPECTED_TABLES = [
  'api_keys', 'audit_log', 'extensions', 'idempotency_keys', 'letter_overdue_notices', 'letter_recipients', 'letter_signers', 'letter_states', 'letters', 'migrations',
  'organizations', 'people', 'questions', 'response_items', 'responses', 'settings',
  'webhook_attempts', 'webhook_deliveries', 'webhook_events', 'webhook_subscriptions',
];

async function schemaOf(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const functions = await client.query<{ name: string }>(
      `SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY 1`,
    );
    const applied = tables.rows.some((t) => t.name === 'migrations')
      ? (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM migrations`)).rows[0].n
      : 0;
    return { tables: tables.rows.map((r) => r.name), functions: functions.rows.map((r) => r.name), applied };
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  const adminUrl = process.env.OT_TEST_ADMIN_URL!;
  const name = uniqueName('ot_migrations');
  let url: string;
  beforeAll(async () => {
    url = await createDatabase(adminUrl, name);
  });
  afterAll(async () => dropDatabase(adminUrl, name));

  it('apply on an empty database, revert fully, and apply again', async () => {
    const first = await migrateUp(url);
    expect(first).toHaveLength(MIGRATIONS.length);
    const up = await schemaOf(url);
    expect(up.tables).toEqual(EXPECTED_TABLES);
    expect(up.functions).toEqual(expect.arrayContaining(['letters_search_vector', 'questions_touch_letter_search']));
    expect(up.applied).toBe(MIGRATIONS.length);

    expect(await migrateUp(url)).toEqual([]);

    expect(await migrateDown(url, Infinity)).toBe(MIGRATIONS.length);
    const down = await schemaOf(url);
    expect(down.tables).toEqual(['migrations']);
    expect(down.functions).toEqual([]);
    expect(down.applied).toBe(0);

    expect(await migrateUp(url)).toHaveLength(MIGRATIONS.length);
    expect(await schemaOf(url)).toEqual(up);
  });
});
