import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { loadEnv } from '@app/config';
import { openDatabaseServer, type DatabaseServer } from '@app/database';
import { createApp } from '../apps/api/src/app.factory.js';
import { freePort, isAlive, postmasterPid } from './support/processes.js';

/** The default mode: no DATABASE_URL, so the service runs its own PostgreSQL. */
describe('embedded PostgreSQL', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ot-embedded-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('boots with no DATABASE_URL, answers 503 while its database is down, and keeps data across restarts', async () => {
    const admin = 'embedded-test-admin-key-0123456789';
    const env = loadEnv({ EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'silent', BOOTSTRAP_ADMIN_KEY: admin });
    let database: DatabaseServer = await openDatabaseServer(env);
    expect(database.embedded).toBe(true);
    const app = await createApp(env, database.url);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const http = () => request(app.getHttpServer());
    try {
      expect((await http().get('/health/ready')).status).toBe(200);
      const created = await http().post('/organizations').set('authorization', `Bearer ${admin}`).send({ name: 'Government Accountability Office', kind: 'agency', acronym: 'GAO' });
      expect(created.status).toBe(201);

      const pid = postmasterPid(dir)!;
      await database.stop();
      expect(isAlive(pid)).toBe(false);
      const down = await http().get('/health/ready');
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: 'unavailable', checks: { database: 'down' } });

      database = await openDatabaseServer(env);
      let ready = 0;
      for (let attempt = 0; attempt < 20 && ready !== 200; attempt++) {
        ready = (await http().get('/health/ready')).status;
        if (ready !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(ready).toBe(200);
      const found = await http().get('/organizations').query({ name: 'Accountability' });
      expect(found.body.data.map((o: { id: string }) => o.id)).toEqual([created.body.id]);
    } finally {
      await app.close();
      await database.stop();
    }
    expect(postmasterPid(dir) === undefined || !isAlive(postmasterPid(dir)!)).toBe(true);
  });
});
