import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { Response } from 'supertest';
import { expectStatus, factories, unique, type Json } from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createKey, createWebhook, directory, EXTRACTION_ROUTE, freshLetter, send, WRITE_ROUTES } from './support/write-routes.js';

/**
 * The OWASP API Security Top 10 (2023), item by item. Where an item does not
 * apply to this service (yet), its `describe` still pins the property that
 * keeps it that way. How each applies:
 *
 * API1 BOLA: one shared record per deployment, so no per-user ownership; objects are reached only through their own parent (a question via its letter, an item via its response's letter), archived letters are out of reach, and idempotent replays are scoped to the API key.
 * API2 Broken authentication: API keys (random, hashed at rest, revocable, Bearer header only); missing, unknown, revoked or malformed keys get 401, and key guessing must count against the caller's address limit.
 * API3 Broken object property level authorization: bodies are whitelisted (unknown and server-managed fields such as id, version, archivedAt, createdAt are a 400) and answers never carry secrets, hashes or internal columns.
 * API4 Unrestricted resource consumption: per-address and per-key rate limits (429 + Retry-After), body limit (413), page size <= 100, bounded lists and strings in bodies, and a statement timeout that turns a stuck query into a 503.
 * API5 Broken function level authorization: roles viewer < editor < admin enforced by one global guard; key management and the audit trail are admin-only, webhooks editor-only, and no method override or path spelling gets around it.
 * API6 Unrestricted access to sensitive business flows: the flows that matter (logging responses, withdrawing, archiving, minting keys) need editor or admin, are audited, cannot be replayed twice (Idempotency-Key), cannot be back- or future-dated, and archiving erases nothing.
 * API7 SSRF: sourceUrl is stored and never fetched; webhooks are the only outbound requests and refuse loopback, private, link-local and reserved targets (however spelled) unless WEBHOOK_ALLOW_PRIVATE=true, and non-http(s) schemes always.
 * API8 Security misconfiguration: helmet headers everywhere, no x-powered-by, CORS only for configured origins and never with credentials, and every error a problem document without stack traces or SQL.
 * API9 Improper inventory management: the OpenAPI document must list exactly the routes served (compared with a hand-made list from the controllers), mark which need a key, and no undocumented, debug or old-version paths are served.
 * API10 Unsafe consumption of APIs: the service calls no outside API; the one outside content it consumes is letter text (extraction endpoint, extractQuestions), which must survive hostile text quickly and never store what PostgreSQL cannot hold.
 */

const MISSING = '00000000-0000-4000-8000-00000000abcd';

/** Strings an error body must never contain: stack frames, source paths, SQL, driver names. */
const LEAKS = /\bat [\w.<>]+ \(|\.ts:\d|\.js:\d|node_modules|QueryFailedError|TypeORM|\bSELECT\b|\bINSERT INTO\b|\bUPDATE \w+ SET\b|duplicate key value|violates|relation "|pg_|stack/i;

function expectNoLeak(response: Response) {
  expect(response.text).not.toMatch(LEAKS);
}

describe('API1:2023 broken object level authorization', () => {
  // The record is shared: every editor may change every letter (one newsroom
  // or office per deployment), so there is no per-user ownership to enforce.
  // What must hold: an object is reachable only through its own parent, and a
  // client's cached idempotent answers are its own.
  let t: TestApp;
  let a: Json;
  let b: Json;
  beforeAll(async () => {
    t = await startTestApp();
    a = await freshLetter(t);
    b = await freshLetter(t);
  });
  afterAll(async () => t.close());

  it("a question cannot be edited or deleted through another letter's path", async () => {
    const before = await t.tableCounts();
    const question = a.questions[0].id;
    expectProblem(await t.http().patch(`/letters/${b.id}/questions/${question}`).send({ text: 'hijacked' }), 404);
    expectProblem(await t.http().patch(`/letters/${b.id}/questions/${question}`).send({ withdrawnOn: '2025-06-01' }), 404);
    expectProblem(await t.http().delete(`/letters/${b.id}/questions/${question}`), 404);
    expect(await t.tableCounts()).toEqual(before);
    const stored = await t.db.query('SELECT text, withdrawn_on, letter_id FROM questions WHERE id = $1', [question]);
    expect(stored.rows[0]).toMatchObject({ text: a.questions[0].text, withdrawn_on: null, letter_id: a.id });
  });

  it("a response to one letter cannot mark another letter's questions", async () => {
    const before = await t.tableCounts();
    const response = await t.http().post(`/letters/${b.id}/responses`).send({
      receivedOn: '2025-06-02', items: [{ questionId: a.questions[0].id, disposition: 'answered' }],
    });
    const body = expectProblem(response, 422);
    expect(body.errors).toEqual([expect.objectContaining({ field: 'items[0].questionId' })]);
    expect(await t.tableCounts()).toEqual(before);
  });

  it("a letter's questions cannot be reordered with another letter's ids, nor made sub-parts of them", async () => {
    const before = await t.tableCounts();
    expectProblem(await t.http().put(`/letters/${b.id}/questions/order`).send({ questionIds: [a.questions[1].id, a.questions[0].id] }), 422);
    expectProblem(await t.http().post(`/letters/${b.id}/questions`).send({ text: 'sub', parentId: a.questions[0].id }), 422);
    expectProblem(await t.http().patch(`/letters/${b.id}/questions/${b.questions[1].id}`).send({ parentId: a.questions[0].id }), 422);
    expect(await t.tableCounts()).toEqual(before);
  });

  it('an archived letter is out of reach of every nested write', async () => {
    const letter = await freshLetter(t);
    expectStatus(await t.http().delete(`/letters/${letter.id}`), 204);
    const before = await t.tableCounts();
    expectProblem(await t.http().post(`/letters/${letter.id}/questions`).send({ text: 'late' }), 404);
    expectProblem(await t.http().patch(`/letters/${letter.id}/questions/${letter.questions[0].id}`).send({ text: 'late' }), 404);
    expectProblem(await t.http().post(`/letters/${letter.id}/responses`).send({ receivedOn: '2025-06-02' }), 404);
    expectProblem(await t.http().post(`/letters/${letter.id}/extensions`).send({ newDueOn: '2025-07-01', grantedOn: '2025-06-01' }), 404);
    expectProblem(await t.http().patch(`/letters/${letter.id}`).send({ title: 'late' }), 404);
    expect(await t.tableCounts()).toEqual(before);
  });

  it("one key's Idempotency-Key never replays another key's answer", async () => {
    const body = { name: `Shared ${unique()}`, kind: 'agency' };
    const first = expectStatus(await t.http('editor').post('/organizations').set('idempotency-key', 'bola-1').send(body), 201);
    const other = await t.http('admin').post('/organizations').set('idempotency-key', 'bola-1').send(body);
    expectStatus(other, 201);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect(other.body.id).not.toBe(first.id);
  });

  it('ids are random UUIDs, not guessable sequences', async () => {
    const f = factories(t);
    const ids = [(await f.organization()).id, (await f.organization()).id];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});

describe('API2:2023 broken authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('a write without a key, with an unknown key or a revoked key is a 401 that changes nothing', async () => {
    const key = await createKey(t, 'editor');
    expectStatus(await t.http('admin').delete(`/api-keys/${key.id}`), 204);
    const request = await WRITE_ROUTES[0].prepare(t);
    const before = await t.tableCounts();
    for (const authorization of [undefined, `Bearer otk_${randomBytes(24).toString('base64url')}`, `Bearer ${key.secret}`]) {
      const response = await send(t, request, authorization ? { authorization } : 'none');
      expectProblem(response, 401);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer\b/);
    }
    expect(await t.tableCounts()).toEqual(before);
  });

  it('an unknown key and a revoked key get the same answer (no oracle for which keys exist)', async () => {
    const key = await createKey(t, 'editor');
    expectStatus(await t.http('admin').delete(`/api-keys/${key.id}`), 204);
    const unknown = expectProblem(await t.http('none').get('/letters').set('authorization', `Bearer otk_${randomBytes(24).toString('base64url')}`), 401);
    const revoked = expectProblem(await t.http('none').get('/letters').set('authorization', `Bearer ${key.secret}`), 401);
    expect(revoked.detail).toBe(unknown.detail);
  });

  it('keys are long random secrets', async () => {
    const secrets = await Promise.all([1, 2, 3].map(async () => (await createKey(t, 'viewer')).secret as string));
    for (const secret of secrets) {
      // at least 128 bits of base64url after any prefix
      expect(secret.replace(/^[a-z]+_/, '')).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    }
    expect(new Set(secrets).size).toBe(3);
  });

  it('a key is accepted only in the Authorization header, never in the query string or a cookie', async () => {
    const request = await WRITE_ROUTES[0].prepare(t);
    const before = await t.tableCounts();
    for (const name of ['api_key', 'access_token', 'key', 'token']) {
      const response = await t.http('none').post(`/organizations?${name}=${t.keys.editor}`).send(request.body);
      expect({ name, refused: [400, 401].includes(response.status) }).toEqual({ name, refused: true });
    }
    expectProblem(await t.http('none').post('/organizations').set('cookie', `api_key=${t.keys.editor}; token=${t.keys.editor}`).send(request.body), 401);
    expectProblem(await t.http('none').post('/organizations').set('x-api-key', t.keys.editor).send(request.body), 401);
    expect(await t.tableCounts()).toEqual(before);
  });

  describe('guessing keys is throttled per address', () => {
    let limited: TestApp;
    beforeAll(async () => {
      limited = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5', RATE_LIMIT_KEY_PER_MINUTE: '1000' });
    });
    afterAll(async () => limited.close());

    it('an address cannot make unlimited guesses by sending a different made-up key each time', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const guess = `otk_${randomBytes(24).toString('base64url')}`;
        statuses.push((await limited.http('none').get('/letters').set('authorization', `Bearer ${guess}`)).status);
      }
      // Unknown keys are no keys: they count against the address (5 a minute), so guesses 6 to 12 are 429s.
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(7);
    });
  });
});

describe('API3:2023 broken object property level authorization', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  /** Server-managed properties a client might try to set, by route. */
  const SERVER_FIELDS: Record<string, string[]> = {
    'POST /organizations': [],
    'PATCH /organizations/{id}': [],
    'POST /people': [],
    'PATCH /people/{id}': [],
    'POST /letters': ['policyDueOn', 'status', 'dueOn', 'counts', 'searchVector'],
    'PATCH /letters/{id}': ['policyDueOn', 'status', 'dueOn', 'counts', 'searchVector', 'questions'],
    'POST /letters/{letterId}/questions': ['letterId', 'threadId', 'status'],
    'PUT /letters/{letterId}/questions/order': ['letterId'],
    'PATCH /letters/{letterId}/questions/{questionId}': ['letterId', 'threadId', 'status', 'position'],
    'POST /letters/{letterId}/responses': ['letterId', 'seq'],
    'POST /letters/{letterId}/extensions': ['letterId', 'seq'],
    'POST /api-keys': ['secret', 'secretHash', 'secretPrefix', 'revokedAt'],
    'POST /webhooks': ['secret', 'consecutiveFailures', 'disabledAt', 'disabledReason'],
    'PATCH /webhooks/{id}': ['secret', 'consecutiveFailures', 'disabledAt', 'disabledReason'],
  };
  const COMMON = ['id', 'version', 'archivedAt', 'createdAt', 'updatedAt'];
  const routes = WRITE_ROUTES.filter((r) => r.name in SERVER_FIELDS);

  it.each(routes.map((r) => [r.name, r] as const))('%s refuses server-managed fields with a 400 naming each, writing nothing', async (_name, route) => {
    const request = await route.prepare(t);
    const before = await t.tableCounts();
    for (const field of [...COMMON, ...SERVER_FIELDS[route.name]]) {
      const value = ['version', 'seq', 'position', 'consecutiveFailures'].includes(field) ? 99 : field === 'id' || field.endsWith('Id') ? MISSING : '2020-01-01T00:00:00Z';
      const response = await send(t, request, route.role, { body: { ...request.body, [field]: value } });
      const body = expectProblem(response, 400);
      expect({ field, errors: body.errors }).toEqual({ field, errors: expect.arrayContaining([expect.objectContaining({ field })]) });
    }
    expect(await t.tableCounts()).toEqual(before);
    // The same request without them goes through.
    expectStatus(await send(t, request, route.role), route.success);
  });

  it('a client cannot choose the ids of the questions it creates with a letter', async () => {
    const request = await WRITE_ROUTES.find((r) => r.name === 'POST /letters')!.prepare(t);
    const body = request.body!;
    const before = await t.tableCounts();
    const response = await send(t, request, 'editor', { body: { ...body, questions: [{ ...body.questions[0], id: MISSING, position: 7, status: 'answered' }] } });
    const problem = expectProblem(response, 400);
    expect(problem.errors!.map((e) => e.field)).toEqual(expect.arrayContaining(['questions[0].id', 'questions[0].position', 'questions[0].status']));
    expect(await t.tableCounts()).toEqual(before);
  });

  it.each(routes.map((r) => [r.name, r] as const))('%s refuses prototype keys (__proto__, constructor, prototype) as unknown fields', async (_name, route) => {
    const extras = ['"__proto__":{"role":"admin"}', '"constructor":{"prototype":{"role":"admin"}}', '"constructor":1', '"prototype":{"x":1}', '"toString":"x"', '"hasOwnProperty":1'];
    const statuses: Record<string, number> = {};
    const counts: Record<string, Record<string, number>> = {};
    for (const extra of extras) {
      const fresh = await route.prepare(t);
      const json = JSON.stringify(fresh.body).slice(0, -1);
      counts[extra] = await t.tableCounts();
      statuses[extra] = (await send(t, fresh, route.role, { rawBody: `${json},${extra}}` })).status;
      if (statuses[extra] === 400) expect(await t.tableCounts()).toEqual(counts[extra]);
    }
    expect(statuses).toEqual(Object.fromEntries(extras.map((e) => [e, 400])));
    expect(({} as Json).role).toBeUndefined();
  });

  it('answers expose no secret or internal columns', async () => {
    const letter = await freshLetter(t);
    const detail = await t.http().get(`/letters/${letter.id}`);
    const keys = await t.http('admin').get('/api-keys');
    const audit = await t.http('admin').get('/audit?limit=100');
    for (const response of [detail, keys, audit]) {
      expectStatus(response, 200);
      expect(response.text).not.toMatch(/search_?vector|secret_?hash/i);
    }
    for (const key of keys.body.data as Json[]) expect(key).not.toHaveProperty('secret');
  });
});

describe('API4:2023 unrestricted resource consumption', () => {
  describe('rate limits', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3', RATE_LIMIT_KEY_PER_MINUTE: '5' });
    });
    afterAll(async () => t.close());

    function expectLimited(response: Response) {
      expectProblem(response, 429);
      expect(response.headers['retry-after']).toMatch(/^\d+$/);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60);
    }

    it('per key: the 6th request a minute with one key is a 429 with Retry-After; another key is not affected', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await t.http('viewer').get('/letters')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      const sixth = await t.http('viewer').get('/letters');
      expectLimited(sixth);
      expectStatus(await t.http('editor').get('/letters'), 200);
    });

    it('a write refused for the rate writes nothing', async () => {
      for (let i = 0; i < 5; i++) await t.http('admin').get('/organizations');
      const before = await t.tableCounts();
      expectLimited(await t.http('admin').post('/organizations').send({ name: `Too many ${unique()}`, kind: 'agency' }));
      expect(await t.tableCounts()).toEqual(before);
    });

    it('per address: the 4th request a minute without a key is a 429 with Retry-After', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await t.http('none').get('/organizations')).status);
      expect(statuses).toEqual([200, 200, 200]);
      expectLimited(await t.http('none').get('/organizations'));
      // Keys have their own allowance.
      expectStatus(await t.http('editor').get('/organizations'), 200);
    });

    it('an anonymous client over its allowance cannot carry on by sending made-up keys', async () => {
      // The address has used its 3 requests (previous test).
      const response = await t.http('none').get('/organizations').set('authorization', `Bearer otk_${randomBytes(24).toString('base64url')}`);
      expect(response.status).toBe(429);
    });

    it('the extraction endpoint, open to anonymous clients, is within the address allowance', async () => {
      const request = await EXTRACTION_ROUTE.prepare(t);
      expectLimited(await send(t, request, 'none'));
    });

    it('health probes are not limited', async () => {
      for (let i = 0; i < 6; i++) expectStatus(await t.http('none').get('/health/live'), 200);
    });
  });

  describe('sizes', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ BODY_LIMIT_BYTES: '65536' });
    });
    afterAll(async () => t.close());

    it('a body over BODY_LIMIT_BYTES is a 413 problem and writes nothing', async () => {
      const request = await WRITE_ROUTES.find((r) => r.name === 'POST /letters')!.prepare(t);
      const before = await t.tableCounts();
      const response = await send(t, request, 'editor', { body: { ...request.body, summary: undefined, fullText: 'x'.repeat(70_000) } });
      expectProblem(response, 413);
      expect(await t.tableCounts()).toEqual(before);
    });

    it('a page is at most 100 items: limit over 100 (or below 1, or not a number) is a 400', async () => {
      for (const path of ['/letters', '/organizations', '/people']) {
        expectStatus(await t.http().get(`${path}?limit=100`), 200);
        for (const limit of ['101', '1000', '100000000000', '0', '-1', '1e2', '50.5', 'all']) {
          const response = await t.http().get(`${path}?limit=${limit}`);
          expect({ path, limit, status: response.status }).toEqual({ path, limit, status: 400 });
        }
      }
      expectProblem(await t.http('admin').get('/audit?limit=101'), 400);
      expectStatus(await t.http('admin').get('/audit?limit=100'), 200);
    });

    it('lists inside a body are bounded', async () => {
      const request = await WRITE_ROUTES.find((r) => r.name === 'POST /letters')!.prepare(t);
      const body = request.body!;
      const before = await t.tableCounts();
      const tooMany = [
        { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
        { questions: Array.from({ length: 1001 }, (_, i) => ({ text: `q${i}` })) },
        { recipients: Array.from({ length: 201 }, () => ({ organizationId: MISSING })) },
      ];
      for (const extra of tooMany) {
        const response = await send(t, request, 'editor', { body: { ...body, ...extra } });
        expect({ field: Object.keys(extra)[0], status: response.status }).toEqual({ field: Object.keys(extra)[0], status: 400 });
      }
      expect(await t.tableCounts()).toEqual(before);
    });

    it('a search string is bounded', async () => {
      expectProblem(await t.http().get(`/letters?q=${'a'.repeat(501)}`), 400);
    });
  });

  describe('statement timeout', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '100' });
      await freshLetter(t);
    });
    afterAll(async () => t.close());

    it('a query stuck behind a lock is cancelled: 503 problem with Retry-After, no hang', async () => {
      const client = await t.db.connect();
      try {
        await client.query('BEGIN');
        await client.query('LOCK TABLE letters IN ACCESS EXCLUSIVE MODE');
        const started = Date.now();
        const response = await t.http().get('/letters');
        const elapsed = Date.now() - started;
        const body = expectProblem(response, 503);
        expect(response.headers['retry-after']).toMatch(/^\d+$/);
        expectNoLeak(response);
        expect(body.detail).not.toMatch(/statement timeout|canceling/i);
        expect(elapsed).toBeLessThan(3000);
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
      expectStatus(await t.http().get('/letters'), 200);
    });

    it('a write stuck behind a lock is cancelled with a 503 and writes nothing', async () => {
      const d = await directory(t);
      const client = await t.db.connect();
      let before: Record<string, number>;
      try {
        before = await t.tableCounts();
        await client.query('BEGIN');
        await client.query('LOCK TABLE letters IN ACCESS EXCLUSIVE MODE');
        const started = Date.now();
        const response = await t.http().post('/letters').send({
          title: 'Blocked', sentOn: '2025-04-17', signers: [{ personId: d.memberId }], recipients: [{ organizationId: d.agencyId }],
        });
        expectProblem(response, 503);
        expect(Date.now() - started).toBeLessThan(3000);
      } finally {
        await client.query('ROLLBACK');
        client.release();
      }
      expect(await t.tableCounts()).toEqual(before!);
      expectStatus(await t.http().get('/health/ready'), 200);
    });
  });
});

describe('API5:2023 broken function level authorization', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  // Always three entries: a test function with more parameters than a row has values gets Jest's `done` callback.
  const ADMIN_ROUTES: [method: 'get' | 'post' | 'delete', path: string, body: Json | undefined][] = [
    ['get', '/api-keys', undefined],
    ['post', '/api-keys', { name: 'escalate', role: 'admin' }],
    ['delete', `/api-keys/${MISSING}`, undefined],
    ['get', '/audit', undefined],
    ['get', '/audit?entity=api_key', undefined],
  ];

  it.each(ADMIN_ROUTES)('%s %s: no key 401, viewer 403, editor 403, admin allowed', async (method, path, body) => {
    const before = await t.tableCounts();
    const call = (as: 'none' | 'viewer' | 'editor' | 'admin') => {
      const request = t.http(as)[method](path);
      return body ? request.send(body) : request;
    };
    expectProblem(await call('none'), 401);
    expectProblem(await call('viewer'), 403);
    expectProblem(await call('editor'), 403);
    expect(await t.tableCounts()).toEqual(before);
    const admin = await call('admin');
    expect(admin.status).toBe(method === 'delete' ? 404 : method === 'post' ? 201 : 200);
  });

  it('HEAD on admin routes is guarded like GET', async () => {
    expect((await t.http('none').head('/api-keys')).status).toBe(401);
    expect((await t.http('editor').head('/audit')).status).toBe(403);
  });

  it('a viewer cannot use any write method', async () => {
    for (const route of WRITE_ROUTES) {
      const request = await route.prepare(t);
      expect({ route: route.name, status: (await send(t, request, 'viewer')).status }).toEqual({ route: route.name, status: 403 });
    }
  });

  it('method-override headers do not turn a read into a write', async () => {
    const letter = await freshLetter(t);
    for (const header of ['x-http-method-override', 'x-http-method', 'x-method-override']) {
      const read = await t.http('viewer').get(`/letters/${letter.id}`).set(header, 'DELETE');
      expectStatus(read, 200);
      const post = await t.http('viewer').post(`/letters/${letter.id}`).set(header, 'DELETE');
      expect(post.status).toBeGreaterThanOrEqual(400);
    }
    expectStatus(await t.http().get(`/letters/${letter.id}`), 200);
  });

  it('spelling an admin path differently does not get around the guard', async () => {
    for (const path of ['/API-KEYS', '/api-keys/', '//api-keys', '/Audit', '/audit/', '/./audit', '/letters/../audit', '/api-keys%2F', '/api-keys;x=1', '/audit?x=1#']) {
      const response = await t.http('editor').get(path);
      expect({ path, ok: response.status >= 200 && response.status < 300 }).toEqual({ path, ok: false });
      expect(response.text).not.toContain('secretPrefix');
    }
  });

  it('methods a route does not declare are not served', async () => {
    expect((await t.http('admin').patch(`/api-keys/${MISSING}`).send({ role: 'admin' })).status).toBe(404);
    expect((await t.http('admin').put('/audit').send({})).status).toBe(404);
    expect((await t.http('admin').delete('/audit')).status).toBe(404);
    expect((await t.http('admin').delete('/organizations/' + MISSING)).status).toBe(404);
  });
});

describe('API6:2023 unrestricted access to sensitive business flows', () => {
  // The flows that matter: what watchdogs quote (responses, withdrawals,
  // archival) and who may write at all (keys). Each needs an editor (keys: an
  // admin), is audited, and cannot be repeated or erased by accident.
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('archiving a letter erases nothing, and restoring brings back the same record', async () => {
    const letter = await freshLetter(t);
    expectStatus(await t.http().post(`/letters/${letter.id}/responses`).send({
      receivedOn: '2025-06-01', items: [{ questionId: letter.questions[0].id, disposition: 'answered' }],
    }), 201);
    const shown = await factories(t).get(`/letters/${letter.id}`);
    const counts = await t.tableCounts();
    expectStatus(await t.http().delete(`/letters/${letter.id}`), 204);
    expectProblem(await t.http().get(`/letters/${letter.id}`), 404);
    const after = await t.tableCounts();
    // The record's own tables keep every row (derived tables and the audit trail may change).
    const record = ['letters', 'letter_signers', 'letter_recipients', 'questions', 'responses', 'response_items', 'extensions', 'organizations', 'people'];
    const pickRecord = (c: Record<string, number>) => Object.fromEntries(record.map((table) => [table, c[table]]));
    expect(pickRecord(after)).toEqual(pickRecord(counts));
    const restored = expectStatus(await t.http().post(`/letters/${letter.id}/restore`), 200);
    expect(restored.counts).toEqual(shown.counts);
    expect(restored.questions.map((q: Json) => [q.id, q.status])).toEqual(shown.questions.map((q: Json) => [q.id, q.status]));
  });

  it('a retried response log with an Idempotency-Key is recorded once', async () => {
    const letter = await freshLetter(t);
    const body = { receivedOn: '2025-06-01', items: [{ questionId: letter.questions[1].id, disposition: 'declined' }] };
    const first = expectStatus(await t.http().post(`/letters/${letter.id}/responses`).set('idempotency-key', `retry-${letter.id}`).send(body), 201);
    const counts = await t.tableCounts();
    const retry = await t.http().post(`/letters/${letter.id}/responses`).set('idempotency-key', `retry-${letter.id}`).send(body);
    expect(expectStatus(retry, 201).id).toBe(first.id);
    expect(await t.tableCounts()).toEqual(counts);
    expect(expectStatus(await t.http().get(`/letters/${letter.id}/responses`), 200).data).toHaveLength(1);
  });

  it('facts cannot be dated in the future or before the letter, to game overdue counts', async () => {
    const letter = await freshLetter(t);
    const before = await t.tableCounts();
    expectProblem(await t.http().post(`/letters/${letter.id}/responses`).send({ receivedOn: '2999-01-01' }), 422);
    expectProblem(await t.http().post(`/letters/${letter.id}/responses`).send({ receivedOn: '2025-01-01' }), 422);
    expectProblem(await t.http().post(`/letters/${letter.id}/extensions`).send({ newDueOn: '2999-01-01', grantedOn: '2999-01-01' }), 422);
    expectProblem(await t.http().patch(`/letters/${letter.id}/questions/${letter.questions[0].id}`).send({ withdrawnOn: '2999-01-01' }), 422);
    expect(await t.tableCounts()).toEqual(before);
  });

  it('every write of the record is attributed to a key in the audit trail', async () => {
    const organization = expectStatus(await t.http().post('/organizations').send({ name: `Audited ${unique()}`, kind: 'agency' }), 201);
    const { data } = expectStatus(await t.http('admin').get(`/audit?entityId=${organization.id}`), 200);
    expect(data).toEqual([expect.objectContaining({ action: 'create', key: expect.objectContaining({ id: expect.any(String), name: 'test editor' }) })]);
  });
});

describe('API7:2023 server side request forgery', () => {
  // sourceUrl is a citation, stored as given and never fetched. Webhooks are
  // the one outbound request: their targets must be public addresses unless
  // the operator sets WEBHOOK_ALLOW_PRIVATE=true (deliveries run in the
  // worker, which these tests do not start).
  let t: TestApp;
  let server: Server;
  let hits: IncomingMessage[];
  let base: string;
  beforeAll(async () => {
    t = await startTestApp();
    hits = [];
    server = createServer((request, response) => {
      hits.push(request);
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  it('sourceUrl values are stored as given and never fetched', async () => {
    const letterUrl = `${base}/letter.pdf?x=1`;
    const letter = await freshLetter(t, { sourceUrl: letterUrl, fullText: `See ${base}/annex.pdf`, summary: `${base}/summary` });
    expect(letter.sourceUrl).toBe(letterUrl);
    const patched = expectStatus(await t.http().patch(`/letters/${letter.id}`).send({ sourceUrl: `${base}/v2.pdf` }), 200);
    expect(patched.sourceUrl).toBe(`${base}/v2.pdf`);
    const response = expectStatus(await t.http().post(`/letters/${letter.id}/responses`).send({ receivedOn: '2025-06-01', sourceUrl: `${base}/reply.pdf` }), 201);
    expect(response.sourceUrl).toBe(`${base}/reply.pdf`);
    expectStatus(await t.http().post('/extractions').send({ text: `1. Provide the records at ${base}/records.\n2. Explain ${base}/x.` }), 200);
    expect((await factories(t).get(`/letters/${letter.id}`)).sourceUrl).toBe(`${base}/v2.pdf`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hits.map((h) => h.url)).toEqual([]);
  });

  const privateTargets = () => [
    `${base}/hook`,
    `http://localhost:${(server.address() as AddressInfo).port}/hook`,
    `http://[::1]:${(server.address() as AddressInfo).port}/hook`,
    `http://0.0.0.0:${(server.address() as AddressInfo).port}/hook`,
    'http://127.1/hook',
    'http://2130706433/hook',
    'http://0x7f000001/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://[::ffff:7f00:1]/hook',
    'http://[::ffff:a9fe:a9fe]/latest/meta-data/',
    'http://10.0.0.5/hook',
    'http://172.16.1.1/hook',
    'http://192.168.1.1/hook',
    'http://100.64.0.1/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fe80::1]/hook',
    'http://[fd00::1]/hook',
    'http://[64:ff9b::a9fe:a9fe]/latest/meta-data/',
  ];

  it('webhooks refuse loopback, private, link-local and reserved targets, however spelled, writing nothing', async () => {
    const before = await t.tableCounts();
    for (const url of privateTargets()) {
      const response = await t.http().post('/webhooks').send({ url, events: ['response.logged'] });
      expect({ url, refused: response.status === 400 || response.status === 422 }).toEqual({ url, refused: true });
      expect(expectProblem(response, response.status).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'url' })]));
    }
    expect(await t.tableCounts()).toEqual(before);
    expect(hits).toEqual([]);
  });

  it('a webhook cannot be pointed at a private target after it was created', async () => {
    const hook = await createWebhook(t);
    const before = await t.tableCounts();
    for (const url of privateTargets().slice(0, 5).concat('http://169.254.169.254/latest/meta-data/')) {
      const response = await t.http().patch(`/webhooks/${hook.id}`).send({ url });
      expect({ url, refused: response.status === 400 || response.status === 422 }).toEqual({ url, refused: true });
    }
    expect(await t.tableCounts()).toEqual(before);
    expect((await factories(t).get(`/webhooks/${hook.id}`)).url).toBe(hook.url);
  });

  it.each(['file:///etc/passwd', 'gopher://127.0.0.1:6379/_INFO', 'ftp://example.org/hook', 'javascript:alert(1)', 'ws://example.org/hook', 'hook'])(
    'webhooks refuse the non-http(s) target %j with a 400',
    async (url) => {
      const before = await t.tableCounts();
      const body = expectProblem(await t.http().post('/webhooks').send({ url, events: ['response.logged'] }), 400);
      expect(body.errors).toEqual([expect.objectContaining({ field: 'url' })]);
      expect(await t.tableCounts()).toEqual(before);
    },
  );

  describe('with WEBHOOK_ALLOW_PRIVATE=true', () => {
    let open: TestApp;
    beforeAll(async () => {
      open = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    });
    afterAll(async () => open.close());

    it('a loopback target is accepted (tests, intranets)', async () => {
      expectStatus(await open.http().post('/webhooks').send({ url: `${base}/hook`, events: ['letter.created'] }), 201);
    });
  });

  const SCHEMES = [
    'javascript:alert(1)', 'JavaScript:alert(document.cookie)', ' javascript:alert(1)', 'file:///etc/passwd', 'file://localhost/etc/passwd',
    'ftp://example.org/x', 'gopher://127.0.0.1:6379/_INFO', 'data:text/html,<script>alert(1)</script>', 'dict://127.0.0.1:11211/stat',
    'ldap://127.0.0.1/x', 'vbscript:msgbox(1)', '//example.org/x', 'example.org/x',
  ];

  it.each(SCHEMES)('refuses sourceUrl %j with a 400 on letters and responses, writing nothing', async (url) => {
    const create = await WRITE_ROUTES.find((r) => r.name === 'POST /letters')!.prepare(t);
    const letter = await freshLetter(t);
    const before = await t.tableCounts();
    const responses = [
      await send(t, create, 'editor', { body: { ...create.body, sourceUrl: url } }),
      await t.http().patch(`/letters/${letter.id}`).send({ sourceUrl: url }),
      await t.http().post(`/letters/${letter.id}/responses`).send({ receivedOn: '2025-06-01', sourceUrl: url }),
    ];
    for (const response of responses) {
      const body = expectProblem(response, 400);
      expect(body.errors).toEqual([expect.objectContaining({ field: 'sourceUrl' })]);
    }
    expect(await t.tableCounts()).toEqual(before);
  });
});

describe('API8:2023 security misconfiguration', () => {
  let t: TestApp;
  let restricted: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    restricted = await startTestApp({ CORS_ORIGINS: 'https://watchdog.example, https://newsroom.example' });
  });
  afterAll(async () => {
    await t.close();
    await restricted.close();
  });

  function expectSecurityHeaders(response: Response) {
    const h = response.headers;
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(h['referrer-policy']).toBeDefined();
    expect(h['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(h['x-frame-options']).toBeDefined();
    expect(h['x-powered-by']).toBeUndefined();
    expect(h['server'] ?? '').not.toMatch(/\d/);
  }

  it('security headers on answers, errors, the OpenAPI document and the docs; no x-powered-by', async () => {
    const letter = await freshLetter(t);
    const responses = [
      await t.http().get(`/letters/${letter.id}`),
      await t.http().get('/letters/not-a-uuid'),
      await t.http('none').post('/organizations').send({}),
      await t.http().get('/no-such-route'),
      await t.http('none').get('/openapi.json'),
      await t.http('none').get('/docs'),
      await t.http('none').get('/health/live'),
    ];
    for (const response of responses) expectSecurityHeaders(response);
  });

  it('CORS: allowed origins are echoed, others get no CORS headers, credentials are never allowed', async () => {
    const allowed = await restricted.http().get('/letters').set('origin', 'https://watchdog.example');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://watchdog.example');
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    expect(allowed.headers['vary']).toMatch(/origin/i);

    const other = await restricted.http().get('/letters').set('origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();

    const preflight = await restricted.http('none').options('/letters').set('origin', 'https://newsroom.example').set('access-control-request-method', 'PATCH')
      .set('access-control-request-headers', 'authorization, if-match, idempotency-key, content-type');
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://newsroom.example');
    expect(preflight.headers['access-control-allow-methods']).toMatch(/PATCH/);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/authorization/i);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/if-match/i);
    expect(preflight.headers['access-control-allow-headers']).toMatch(/idempotency-key/i);
    expect(preflight.headers['access-control-expose-headers']).toMatch(/etag/i);

    const evilPreflight = await restricted.http('none').options('/letters').set('origin', 'https://evil.example').set('access-control-request-method', 'DELETE');
    expect(evilPreflight.headers['access-control-allow-origin']).toBeUndefined();

    // The default (`*`) allows any origin but never with credentials: keys travel in a header, not a cookie.
    const open = await t.http().get('/letters').set('origin', 'https://anyone.example');
    expect(open.headers['access-control-allow-origin']).toBe('*');
    expect(open.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('errors carry no stack traces, source paths or SQL', async () => {
    const code = `X${Date.now() % 100000}`;
    expectStatus(await t.http().post('/organizations').send({ name: 'First', kind: 'committee', code }), 201);
    const letter = await freshLetter(t);
    const responses = [
      await t.http().post('/organizations').set('content-type', 'application/json').send('{"name": "x",'),
      await t.http().post('/organizations').send({ name: 'Second', kind: 'committee', code }), // unique violation in the database
      await t.http().post('/people').send({ fullName: 'x', kind: 'official', organizationId: MISSING }),
      await t.http().get(`/letters?cursor=${Buffer.from('["x", "y"]').toString('base64url')}`),
      await t.http().get(`/letters?cursor=${Buffer.from("'; DROP TABLE letters; --").toString('base64url')}`),
      await t.http().patch(`/letters/${letter.id}`).set('if-match', '"v999"').send({ title: 'stale' }),
      await t.http().get('/letters/00000000-0000-0000-0000-000000000000'),
      await t.http().get(`/letters?sentFrom=2025-02-30`),
      await t.http().post('/organizations').set('content-type', 'text/xml').send('<x/>'),
    ];
    for (const response of responses) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expectNoLeak(response);
    }
  });

  it('errors raised by the router itself are problem documents too', async () => {
    for (const path of [`/letters/${'x'.repeat(300)}`, `/letters/${'1'.repeat(150)}/questions`, `/webhooks/${'a'.repeat(200)}`]) {
      const response = await t.http().get(path);
      expect({ path: path.slice(0, 20), status: response.status >= 400 && response.status < 500 }).toEqual({ path: path.slice(0, 20), status: true });
      expect({ path: path.slice(0, 20), type: response.headers['content-type'] }).toEqual({ path: path.slice(0, 20), type: expect.stringContaining('application/problem+json') });
      expectNoLeak(response);
    }
  });

  it('an unexpected failure (a 500) says nothing of internals either', async () => {
    const letter = await freshLetter(t);
    await t.db.query('ALTER TABLE extensions RENAME TO extensions_moved');
    try {
      const response = await t.http().get(`/letters/${letter.id}/extensions`);
      expect(response.status).toBeGreaterThanOrEqual(500);
      expectNoLeak(response);
      expect(response.text).not.toContain('extensions_moved');
    } finally {
      await t.db.query('ALTER TABLE extensions_moved RENAME TO extensions');
    }
  });

  it('TRACE is not served and echoes nothing', async () => {
    const response = await (t.http() as unknown as { trace: (path: string) => ReturnType<ReturnType<TestApp['http']>['get']> })
      .trace('/letters').set('authorization', `Bearer ${t.keys.editor}`).set('x-secret-probe', 'probe-value');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.text).not.toContain(t.keys.editor);
    expect(response.text).not.toContain('probe-value');
  });
});

/** Every route the service answers: method and path, as the controllers declare them. */
const ROUTES = [
  'GET /health/live', 'GET /health/ready',
  'POST /organizations', 'GET /organizations', 'GET /organizations/{id}', 'PATCH /organizations/{id}', 'GET /organizations/{id}/scorecard',
  'POST /people', 'GET /people', 'GET /people/{id}', 'PATCH /people/{id}', 'GET /people/{id}/scorecard',
  'POST /letters', 'GET /letters', 'GET /letters/{id}', 'PATCH /letters/{id}', 'DELETE /letters/{id}', 'GET /letters/{id}/timeline',
  'POST /letters/{id}/restore',
  'GET /letters/{letterId}/questions', 'POST /letters/{letterId}/questions', 'PUT /letters/{letterId}/questions/order',
  'PATCH /letters/{letterId}/questions/{questionId}', 'DELETE /letters/{letterId}/questions/{questionId}',
  'POST /letters/{letterId}/responses', 'GET /letters/{letterId}/responses',
  'POST /letters/{letterId}/extensions', 'GET /letters/{letterId}/extensions',
  'GET /stats/open-questions',
  'POST /extractions',
  'POST /api-keys', 'GET /api-keys', 'DELETE /api-keys/{id}',
  'GET /audit',
  'POST /webhooks', 'GET /webhooks', 'GET /webhooks/{id}', 'PATCH /webhooks/{id}', 'DELETE /webhooks/{id}', 'GET /webhooks/{id}/deliveries',
  'GET /feeds/letters.atom', 'GET /feeds/responses.atom',
  'GET /letters.csv', 'GET /questions.csv',
];
/** Routes that describe the API rather than being part of it. */
const META = ['GET /openapi.json', 'GET /docs', 'GET /docs/init.js', 'GET /docs/swagger-ui.css', 'GET /docs/swagger-ui-bundle.js',
  'GET /docs/swagger-ui-standalone-preset.js', 'GET /docs/favicon-32x32.png'];

const normalize = (route: string) => route.replace(/\{[^}]+\}|:[\w|:]+/g, '{}');

/** The routes Fastify serves, from its route tree (`printRoutes`), without HEAD and the CORS catch-all OPTIONS. */
function servedRoutes(t: TestApp): string[] {
  const tree = t.app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const at = line.search(/[├└]── /);
    if (at < 0) continue;
    const depth = at / 4;
    const match = /^(\S+)(?: \(([^)]*)\))?/.exec(line.slice(at + 4));
    if (!match) continue;
    stack.length = depth;
    stack.push(match[1]);
    const path = stack.join('');
    for (const method of (match[2] ?? '').split(',').map((m) => m.trim()).filter(Boolean)) {
      if (method === 'HEAD' || (method === 'OPTIONS' && path === '*')) continue;
      routes.push(normalize(`${method} ${path}`));
    }
  }
  return routes;
}

describe('API9:2023 improper inventory management', () => {
  let t: TestApp;
  let document: Json;
  beforeAll(async () => {
    t = await startTestApp();
    document = expectStatus(await t.http('none').get('/openapi.json'), 200);
  });
  afterAll(async () => t.close());

  const documented = () =>
    Object.entries(document.paths as Record<string, Json>).flatMap(([path, operations]) =>
      Object.keys(operations).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map((m) => `${m.toUpperCase()} ${path}`),
    );

  it('the OpenAPI document lists exactly the routes the controllers declare', () => {
    expect(documented().map(normalize).sort()).toEqual(ROUTES.map(normalize).sort());
  });

  it('the service serves exactly those routes, plus its documentation', () => {
    expect(servedRoutes(t).sort()).toEqual([...ROUTES, ...META].map(normalize).sort());
  });

  it('each documented route answers (not "no such route")', async () => {
    const letter = await freshLetter(t);
    const d = await directory(t);
    const ids: Record<string, string> = { id: letter.id, letterId: letter.id, questionId: letter.questions[0].id };
    for (const route of ROUTES) {
      const [method, template] = route.split(' ');
      let path = template.replace(/\{(\w+)\}/g, (_, name: string) => ids[name]);
      if (template.startsWith('/organizations/{id}')) path = path.replace(letter.id, d.agencyId);
      if (template.startsWith('/people/{id}')) path = path.replace(letter.id, d.memberId);
      if (template.startsWith('/api-keys/{id}') || template.startsWith('/webhooks/{id}')) path = path.replace(letter.id, MISSING);
      // An empty body (and a stale If-Match): a 4xx that names a field or record, never Nest's "Cannot GET".
      const request = t.http('admin')[method.toLowerCase() as 'get'](path).set('if-match', '"v0"');
      const response = method === 'GET' ? await request : await request.send({});
      expect({ route, unknown: /^Cannot /.test(response.body?.detail ?? '') }).toEqual({ route, unknown: false });
    }
  });

  it('undocumented, old or debug paths are not served', async () => {
    for (const path of ['/admin', '/debug', '/metrics', '/internal', '/v0/letters', '/v1/letters', '/api/letters', '/.env', '/swagger', '/swagger.json', '/graphql', '/actuator']) {
      const response = await t.http('admin').get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
  });

  it('the document carries a version and the bearer scheme', () => {
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info.version).toMatch(/\d+\.\d+\.\d+/);
    expect(Object.values(document.components?.securitySchemes ?? {})).toEqual([expect.objectContaining({ type: 'http', scheme: 'bearer' })]);
  });

  it('every operation that needs a key says so (security: bearer)', () => {
    const needsKey = ROUTES.filter((r) => !r.startsWith('GET ') && r !== 'POST /extractions').concat(['GET /api-keys', 'GET /audit', 'GET /webhooks', 'GET /webhooks/{id}', 'GET /webhooks/{id}/deliveries']);
    const undeclared = needsKey.filter((route) => {
      const [method, path] = route.split(' ');
      const operation = document.paths[path]?.[method.toLowerCase()];
      return !(operation?.security ?? document.security ?? []).some((s: Json) => Object.keys(s).length > 0);
    });
    expect(undeclared).toEqual([]);
  });

  it('every request body is documented with its fields', () => {
    const empty: string[] = [];
    for (const [path, operations] of Object.entries(document.paths as Record<string, Json>)) {
      for (const [method, operation] of Object.entries(operations as Record<string, Json>)) {
        const ref: string | undefined = operation.requestBody?.content?.['application/json']?.schema?.$ref;
        if (!ref) continue;
        const schema = document.components.schemas[ref.split('/').pop()!];
        if (!schema?.properties || Object.keys(schema.properties).length === 0) empty.push(`${method.toUpperCase()} ${path} (${ref.split('/').pop()})`);
      }
    }
    expect(empty).toEqual([]);
  });
});

describe('API10:2023 unsafe consumption of APIs', () => {
  // The service calls no outside API. The one place outside content comes in
  // is the text of a letter (pasted or converted from a PDF) handed to the
  // extraction endpoint and to `extractQuestions` on letter create.
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: String(4 * 1024 * 1024) });
  });
  afterAll(async () => t.close());

  const HOSTILE: [name: string, text: string][] = [
    ['a million characters on one line', 'a'.repeat(1_000_000)],
    ['two hundred thousand open parentheses', '('.repeat(200_000)],
    ['nested enumerators', Array.from({ length: 5000 }, (_, i) => `${'('.repeat(i % 50)}${i}${')'.repeat(i % 50)} Provide`).join(' ')],
    ['fifty thousand enumerated lines', Array.from({ length: 50_000 }, (_, i) => `${i + 1}. Provide record ${i}?`).join('\n')],
    ['enumerators without text', '1.\n'.repeat(100_000)],
    ['roman numerals', Array.from({ length: 5000 }, () => 'MMMMMMMMMMMMMMMMMMMMMMMMMCMXCIX. Why?').join('\n')],
    ['labels that never close', '1(a'.repeat(100_000)],
    ['whitespace only', ' \t\r\n\u00a0\u2028\u2029'.repeat(50_000)],
    ['carriage returns only', 'Please provide the records.\r'.repeat(20_000)],
    ['control characters and NUL', '\u0000\u0001\u0007\u001b[31m1. Provide\u0000 the records?\u007f\u0085'.repeat(5000)],
    ['bidirectional overrides and zero-width', '\u202e1. ?sdrocer eht edivorP\u202c\u200b\u200d\ufeff'.repeat(5000)],
    ['astral and combining characters', '1. 📄̸̡̛̖ Provide 𝕽𝖊𝖈𝖔𝖗𝖉𝖘?\n'.repeat(5000)],
    ['lone surrogates', '1. Provide \ud800 the \udfff records?\n'.repeat(1000)],
    ['impossible and absurd dates', 'Please respond by February 30, 2025. Within 99999999999999999999 days of receipt. By 31/31/3031. No later than 0000-00-00.'],
    ['markup and script', '<script>alert(1)</script><img src=x onerror=alert(1)>1. Provide <b>records</b>?'.repeat(2000)],
    ['SQL', "1. Provide'); DROP TABLE letters; -- records?\n2. \" OR 1=1 --\n".repeat(2000)],
    ['JSON and template syntax', '{"__proto__": {"admin": true}} ${process.exit(1)} {{7*7}} 1. Provide?'.repeat(2000)],
    ['repeated ask phrases', 'Please provide please provide we request that you provide '.repeat(20_000)],
    ['deadline phrases without end', 'no later than by within of '.repeat(30_000)],
  ];

  it.each(HOSTILE)('extraction survives %s, quickly, with a well-formed answer', async (_name, text) => {
    const started = Date.now();
    const response = await t.http('none').post('/extractions').send({ text, sentOn: '2025-04-17' });
    const elapsed = Date.now() - started;
    expect(response.status).toBeLessThan(500);
    // Generous for loaded CI machines; a super-linear path takes minutes on the larger texts.
    expect(elapsed).toBeLessThan(10_000);
    if (response.status === 200) {
      expect(Object.keys(response.body).sort()).toEqual(['dueOn', 'questions']);
      expect(Array.isArray(response.body.questions)).toBe(true);
      if (response.body.dueOn !== null) expect(response.body.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const q of response.body.questions as Json[]) {
        expect(q).toEqual({ label: q.label === null ? null : expect.any(String), text: expect.any(String), kind: expect.stringMatching(/^(question|document_request|briefing_request|other)$/) });
      }
    } else {
      expectProblem(response, response.status);
    }
  });

  it('random text never breaks it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 3000 }), async (text) => {
        const response = await t.http('none').post('/extractions').send({ text: `1. ${text}\n2. ${text}?` });
        expect(response.status).toBe(200);
      }),
      { numRuns: 25 },
    );
  });

  it('a letter created with extractQuestions from hostile text is stored or refused, never a 500', async () => {
    const request = await WRITE_ROUTES.find((r) => r.name === 'POST /letters')!.prepare(t);
    const { questions: _questions, ...body } = request.body!;
    const picked = ['two hundred thousand open parentheses', 'nested enumerators', 'roman numerals', 'bidirectional overrides and zero-width', 'markup and script', 'SQL'];
    for (const [name, text] of HOSTILE.filter(([n]) => picked.includes(n))) {
      const response = await send(t, request, 'editor', { body: { ...body, title: `Extracted ${unique()}`, fullText: text, extractQuestions: true } });
      expect({ name, status: response.status < 500 }).toEqual({ name, status: true });
    }
    expectStatus(await t.http().get('/health/ready'), 200);
  });

  it('text with NUL in fullText is refused with a 400, not stored and not a 500', async () => {
    const request = await WRITE_ROUTES.find((r) => r.name === 'POST /letters')!.prepare(t);
    const before = await t.tableCounts();
    const response = await send(t, request, 'editor', { body: { ...request.body, fullText: 'Converted from PDF:\u0000 1. Provide the records.' } });
    expectProblem(response, 400);
    expect(await t.tableCounts()).toEqual(before);
  });
});
