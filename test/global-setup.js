// Runs outside Jest's module system, so it uses the compiled output: the test
// command builds first. One PostgreSQL serves the whole run: the one
// DATABASE_URL names, or an embedded one started here. A template database is
// migrated once; each test file clones it (test/support/test-app.ts).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import 'reflect-metadata';

export default async function globalSetup() {
  const { EmbeddedPostgres } = await import('../dist/libs/database/src/index.js');
  const { prepareTemplate } = await import('../dist/libs/database/src/admin.js');
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = await mkdtemp(path.join(tmpdir(), 'ot-test-pg-'));
    const server = new EmbeddedPostgres({ dir, port: 0 });
    adminUrl = await server.start();
    globalThis.__embeddedPostgres = server;
    process.env.OT_TEST_EMBEDDED_DIR = dir;
  }
  process.env.OT_TEST_ADMIN_URL = adminUrl;
  process.env.OT_TEST_TEMPLATE = await prepareTemplate(adminUrl);
}
