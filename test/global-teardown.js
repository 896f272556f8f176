import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const { dropDatabase } = await import('../dist/libs/database/src/admin.js');
  const adminUrl = process.env.OT_TEST_ADMIN_URL;
  const template = process.env.OT_TEST_TEMPLATE;
  if (adminUrl && template) await dropDatabase(adminUrl, template);
  const server = globalThis.__embeddedPostgres;
  if (server) {
    await server.stop();
    if (process.env.OT_TEST_EMBEDDED_DIR) await rm(process.env.OT_TEST_EMBEDDED_DIR, { recursive: true, force: true });
  }
}
