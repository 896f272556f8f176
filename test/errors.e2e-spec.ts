import { startTestApp, type TestApp } from './support/test-app.js';
import { expectProblem } from './support/problem.js';

describe('errors are problem details', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('lists each invalid field of a request body', async () => {
    const response = await t.http().post('/organizations').send({ name: '', kind: 'ministry', color: 'blue' });
    const body = expectProblem(response, 400);
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', message: expect.stringContaining('name') },
        { field: 'kind', message: expect.stringContaining('agency') },
        { field: 'color', message: 'color is not a known field' },
      ]),
    );
  });


  it('answers a malformed id in the path with a 400 naming it', async () => {
    const body = expectProblem(await t.http().get('/organizations/not-a-uuid'), 400);
    expect(body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });

  it('answers an unexpected failure with a 500 that reveals no internals and quotes the request id', async () => {
    await t.db.query('ALTER TABLE organizations RENAME TO organizations_moved');
    try {
      const response = await t.http().get('/organizations').set('x-request-id', 'req-500-check');
      const body = expectProblem(response, 500);
      expect(body.detail).toContain('req-500-check');
      expect(JSON.stringify(body)).not.toMatch(/organizations_moved|SELECT|relation|stack|\.ts:/i);
      expect(response.headers['x-request-id']).toBe('req-500-check');
    } finally {
      await t.db.query('ALTER TABLE organizations_moved RENAME TO organizations');
    }
    expect((await t.http().get('/organizations')).status).toBe(200);
  });
});

describe('bodies that are not JSON objects', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it.each(['[1, 2]', '"a string"', 'null', '42'])('refuses %s with a 400 and writes nothing', async (raw) => {
    const before = await t.tableCounts();
    const response = await t.http().post('/organizations').set('content-type', 'application/json').send(raw);
    const body = expectProblem(response, 400);
    expect(body.detail).toBe('The request body must be a JSON object');
    expect(await t.tableCounts()).toEqual(before);
  });

  it.each([
    ['text/plain', 'name=x'],
    ['application/x-www-form-urlencoded', 'name=x&kind=agency'],
  ])('refuses a %s body with a 415', async (type, raw) => {
    expectProblem(await t.http().post('/organizations').set('content-type', type).send(raw), 415);
  });
});
