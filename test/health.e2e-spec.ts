import { startTestApp, type TestApp } from './support/test-app.js';
import { expectProblem } from './support/problem.js';

describe('health and HTTP basics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: '4096' });
  });
  afterAll(async () => t.close());

  it('reports live and ready when the database answers', async () => {
    const live = await t.http().get('/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });
    const ready = await t.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ok', checks: { database: 'up' } });
  });

  it('answers an unknown route with a 404 problem naming the route', async () => {
    const body = expectProblem(await t.http().get('/no-such-thing'), 404);
    expect(body.detail).toContain('/no-such-thing');
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const response = await t.http().post('/extractions').set('content-type', 'application/json').send('{"text": ');
    const body = expectProblem(response, 400);
    expect(body.detail).toMatch(/JSON/);
  });

  it('answers a body over the limit with a 413 problem', async () => {
    const response = await t.http().post('/extractions').send({ text: 'x'.repeat(10_000) });
    expectProblem(response, 413);
  });

  it('echoes a request id, or makes one', async () => {
    const given = await t.http().get('/health/live').set('x-request-id', 'trace-abc-123');
    expect(given.headers['x-request-id']).toBe('trace-abc-123');
    const made = await t.http().get('/health/live');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the OpenAPI document and the interactive docs', async () => {
    const doc = await t.http().get('/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
    const docs = await t.http().get('/docs');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger');
  });
});
