import type { Response } from 'supertest';
import { expectStatus, factories, unique, type Json } from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { createKey, createWebhook, directory, EXTRACTION_ROUTE, freshLetter, readPaths, send, WRITE_ROUTES, type WriteRoute } from './support/write-routes.js';

/** Authorization headers that are not `Bearer <secret>`; `{secret}` is a working editor secret. */
const MALFORMED = [
  'Basic dXNlcjpwYXNzd29yZA==',
  'Bearer',
  'Bearer ',
  'Token {secret}',
  '{secret}',
  'Bearer {secret} {secret}',
  'Bearer {secret},{secret}',
  'Bearer short',
  'Bearer <script>alert(1)</script>',
  `Bearer ${'x'.repeat(5000)}`,
];

function expectUnauthorized(response: Response) {
  expectProblem(response, 401);
  expect(response.headers['www-authenticate']).toMatch(/^Bearer\b/);
}

describe('access: every write route, by role', () => {
  let t: TestApp;
  let revokedEditor: string;
  let revokedAdmin: string;

  beforeAll(async () => {
    t = await startTestApp();
    const editor = await createKey(t, 'editor', 'soon revoked editor');
    const admin = await createKey(t, 'admin', 'soon revoked admin');
    expectStatus(await t.http('admin').delete(`/api-keys/${editor.id}`), 204);
    expectStatus(await t.http('admin').delete(`/api-keys/${admin.id}`), 204);
    revokedEditor = editor.secret;
    revokedAdmin = admin.secret;
  });
  afterAll(async () => t.close());

  /** Sends the route's valid request as `as` and checks the refusal changed nothing. */
  async function refused(route: WriteRoute, as: Parameters<typeof send>[2], status: 401 | 403) {
    const request = await route.prepare(t);
    const before = await t.tableCounts();
    const response = await send(t, request, as);
    if (status === 401) expectUnauthorized(response);
    else expectProblem(response, 403);
    expect(await t.tableCounts()).toEqual(before);
  }

  it('covers every write route the controllers declare', () => {
    expect(WRITE_ROUTES.map((r) => r.name).sort()).toEqual(
      [
        'POST /organizations', 'PATCH /organizations/{id}',
        'POST /people', 'PATCH /people/{id}',
        'POST /letters', 'PATCH /letters/{id}', 'DELETE /letters/{id}', 'POST /letters/{id}/restore',
        'POST /letters/{letterId}/questions', 'PUT /letters/{letterId}/questions/order',
        'PATCH /letters/{letterId}/questions/{questionId}', 'DELETE /letters/{letterId}/questions/{questionId}',
        'POST /letters/{letterId}/responses', 'POST /letters/{letterId}/extensions',
        'POST /api-keys', 'DELETE /api-keys/{id}',
        'POST /webhooks', 'PATCH /webhooks/{id}', 'DELETE /webhooks/{id}',
      ].sort(),
    );
  });

  describe.each(WRITE_ROUTES.map((r) => [r.name, r] as const))('%s', (_name, route) => {
    it('without a key: 401 with WWW-Authenticate: Bearer, nothing written', async () => {
      await refused(route, 'none', 401);
    });

    it('with a viewer key: 403, nothing written', async () => {
      await refused(route, 'viewer', 403);
    });

    if (route.role === 'admin') {
      it('with an editor key: 403, nothing written (admin only)', async () => {
        await refused(route, 'editor', 403);
      });
    }

    it('with a revoked key: 401, nothing written', async () => {
      await refused(route, { authorization: `Bearer ${route.role === 'admin' ? revokedAdmin : revokedEditor}` }, 401);
    });

    it('with a malformed Authorization header: 401, nothing written', async () => {
      const index = WRITE_ROUTES.indexOf(route) % MALFORMED.length;
      await refused(route, { authorization: MALFORMED[index].replaceAll('{secret}', t.keys[route.role]) }, 401);
    });

    it(`with an ${route.role} key: ${route.success}`, async () => {
      const request = await route.prepare(t);
      const response = await send(t, request, route.role);
      expectStatus(response, route.success);
    });

    if (route.role === 'editor') {
      it('with an admin key too (roles include the ones below)', async () => {
        const request = await route.prepare(t);
        expectStatus(await send(t, request, 'admin'), route.success);
      });
    }
  });

  it.each(MALFORMED)('refuses the malformed header %j even on a public read', async (header) => {
    const response = await t.http('none').get('/organizations').set('authorization', header.replaceAll('{secret}', t.keys.editor));
    expectUnauthorized(response);
  });

  it('accepts the scheme in any case, as RFC 9110 has it', async () => {
    const request = await WRITE_ROUTES[0].prepare(t);
    expectStatus(await send(t, request, { authorization: `bearer ${t.keys.editor}` }), 201);
  });

  it('refuses an unknown secret of the right shape with 401', async () => {
    const request = await WRITE_ROUTES[0].prepare(t);
    const before = await t.tableCounts();
    expectUnauthorized(await send(t, request, { authorization: `Bearer otk_${'A'.repeat(32)}` }));
    expect(await t.tableCounts()).toEqual(before);
  });

  it('a revoked key is refused at once, even right after it was used (no stale cache)', async () => {
    const key = await createKey(t, 'editor');
    const request = await WRITE_ROUTES[0].prepare(t);
    expectStatus(await send(t, request, { authorization: `Bearer ${key.secret}` }), 201);
    expectStatus(await t.http('admin').delete(`/api-keys/${key.id}`), 204);
    const again = await WRITE_ROUTES[0].prepare(t);
    expectUnauthorized(await send(t, again, { authorization: `Bearer ${key.secret}` }));
    expectUnauthorized(await t.http('none').get('/letters').set('authorization', `Bearer ${key.secret}`));
  });

  it('reads are public by default: no key, a viewer key and an editor key all read', async () => {
    for (const path of await readPaths(t)) {
      for (const as of ['none', 'viewer', 'editor'] as const) {
        expect({ path, as, status: (await t.http(as).get(path)).status }).toEqual({ path, as, status: 200 });
      }
    }
  });

  it('webhook subscriptions (targets and signing secrets) are read by editors only, even when reads are public', async () => {
    const hook = await createWebhook(t);
    for (const path of ['/webhooks', `/webhooks/${hook.id}`, `/webhooks/${hook.id}/deliveries`]) {
      expectUnauthorized(await t.http('none').get(path));
      expectProblem(await t.http('viewer').get(path), 403);
      expectStatus(await t.http('editor').get(path), 200);
      expectStatus(await t.http('admin').get(path), 200);
    }
  });

  it('a webhook secret is shown once, on creation', async () => {
    const hook = await createWebhook(t);
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
    for (const path of ['/webhooks', `/webhooks/${hook.id}`]) {
      const response = await t.http().get(path);
      expect(response.text).not.toContain(hook.secret);
      expect(response.text).not.toContain('"secret"');
    }
    const patched = await t.http().patch(`/webhooks/${hook.id}`).send({ events: ['letter.created'] });
    expect(expectStatus(patched, 200)).not.toHaveProperty('secret');
  });

  it('POST /extractions writes nothing and is a read: public by default', async () => {
    const request = await EXTRACTION_ROUTE.prepare(t);
    const before = await t.tableCounts();
    expectStatus(await send(t, request, 'none'), 200);
    expect(await t.tableCounts()).toEqual(before);
  });
});

describe('access: key management and the audit trail are admin only', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it.each(['none', 'viewer', 'editor'] as const)('GET /api-keys and GET /audit as %s are refused', async (as) => {
    for (const path of ['/api-keys', '/audit', '/audit?entity=letter']) {
      const response = await t.http(as).get(path);
      if (as === 'none') expectUnauthorized(response);
      else expectProblem(response, 403);
    }
  });

  it('an editor cannot mint keys, least of all an admin key', async () => {
    const before = await t.tableCounts();
    for (const role of ['viewer', 'editor', 'admin']) {
      expectProblem(await t.http('editor').post('/api-keys').send({ name: 'escalation', role }), 403);
    }
    expect(await t.tableCounts()).toEqual(before);
  });

  it('an editor cannot revoke a key, not even its own', async () => {
    const { data } = expectStatus(await t.http('admin').get('/api-keys'), 200);
    const editor = (data as Json[]).find((k) => k.name === 'test editor')!;
    const admin = (data as Json[]).find((k) => k.name === 'test admin')!;
    expectProblem(await t.http('editor').delete(`/api-keys/${editor.id}`), 403);
    expectProblem(await t.http('editor').delete(`/api-keys/${admin.id}`), 403);
    expectStatus(await t.http('editor').get('/letters'), 200);
    expectStatus(await t.http('admin').get('/api-keys'), 200);
  });

  it('an admin creates, lists and revokes keys; a revoked key stays listed with revokedAt', async () => {
    const created = expectStatus(await t.http('admin').post('/api-keys').send({ name: 'newsroom dashboard', role: 'viewer' }), 201);
    expect(created).toMatchObject({ id: expect.any(String), name: 'newsroom dashboard', role: 'viewer', createdAt: expect.any(String), secret: expect.any(String) });
    expectStatus(await t.http('none').get('/letters').set('authorization', `Bearer ${created.secret}`), 200);
    expectStatus(await t.http('admin').delete(`/api-keys/${created.id}`), 204);
    const { data } = expectStatus(await t.http('admin').get('/api-keys'), 200);
    expect((data as Json[]).find((k) => k.id === created.id)).toMatchObject({ name: 'newsroom dashboard', revokedAt: expect.any(String) });
    expectUnauthorized(await t.http('none').get('/letters').set('authorization', `Bearer ${created.secret}`));
  });

  it('revoking a key that does not exist is a 404; a malformed id a 400', async () => {
    expectProblem(await t.http('admin').delete('/api-keys/00000000-0000-4000-8000-000000000000'), 404);
    expectProblem(await t.http('admin').delete('/api-keys/not-a-key'), 400);
  });

  it('refuses a key with an unknown role or no name', async () => {
    const before = await t.tableCounts();
    expectProblem(await t.http('admin').post('/api-keys').send({ name: 'x', role: 'root' }), 400);
    expectProblem(await t.http('admin').post('/api-keys').send({ name: '  ', role: 'viewer' }), 400);
    expectProblem(await t.http('admin').post('/api-keys').send({ role: 'viewer' }), 400);
    expect(await t.tableCounts()).toEqual(before);
  });
});

describe('access: secrets are shown once and never stored', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('the POST answer has the secret; the list never does; no table holds it', async () => {
    const created = expectStatus(await t.http('admin').post('/api-keys').send({ name: 'once', role: 'editor' }), 201);
    const secret: string = created.secret;
    expect(secret.length).toBeGreaterThanOrEqual(24);

    const list = await t.http('admin').get('/api-keys');
    expectStatus(list, 200);
    expect(list.text).not.toContain(secret);
    for (const key of list.body.data as Json[]) {
      expect(key).not.toHaveProperty('secret');
      expect(key).not.toHaveProperty('secretHash');
      expect(key).not.toHaveProperty('secret_hash');
    }
    // The audit trail shows the key's creation, without its secret or hash.
    const audit = await t.http('admin').get(`/audit?entity=api_key&entityId=${created.id}`);
    expectStatus(audit, 200);
    expect(audit.body.data).toHaveLength(1);
    expect(audit.text).not.toContain(secret);
    expect(audit.body.data[0].after).not.toHaveProperty('secret_hash');

    // Column by column: no value of api_keys contains the secret.
    const columns = await t.db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'api_keys'`,
    );
    expect(columns.rows.length).toBeGreaterThan(0);
    for (const { column_name } of columns.rows) {
      const hits = await t.db.query(`SELECT 1 FROM api_keys WHERE position($1 in "${column_name}"::text) > 0`, [secret]);
      expect({ column: column_name, rows: hits.rowCount }).toEqual({ column: column_name, rows: 0 });
    }
    // Nor does any other table.
    const tables = await t.db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
    for (const { name } of tables.rows) {
      const hits = await t.db.query(`SELECT 1 FROM "${name}" x WHERE position($1 in x::text) > 0`, [secret]);
      expect({ table: name, rows: hits.rowCount }).toEqual({ table: name, rows: 0 });
    }
    // And the key works.
    expectStatus(await t.http('none').post('/organizations').set('authorization', `Bearer ${secret}`).send({ name: `Agency ${unique()}`, kind: 'agency' }), 201);
  });

  it('two keys never share a secret', async () => {
    const secrets = new Set<string>();
    for (let i = 0; i < 10; i++) secrets.add((await createKey(t, 'viewer')).secret);
    expect(secrets.size).toBe(10);
  });
});

describe('access: READ_ACCESS=key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ READ_ACCESS: 'key' });
  });
  afterAll(async () => t.close());

  it('every read needs a key: none is a 401, a viewer key reads', async () => {
    for (const path of await readPaths(t)) {
      const anonymous = await t.http('none').get(path);
      expect({ path, status: anonymous.status }).toEqual({ path, status: 401 });
      expectUnauthorized(anonymous);
      const viewer = await t.http('viewer').get(path);
      expect({ path, status: viewer.status }).toEqual({ path, status: 200 });
    }
  });

  it('a revoked viewer key cannot read', async () => {
    const key = await createKey(t, 'viewer');
    expectStatus(await t.http('none').get('/letters').set('authorization', `Bearer ${key.secret}`), 200);
    expectStatus(await t.http('admin').delete(`/api-keys/${key.id}`), 204);
    expectUnauthorized(await t.http('none').get('/letters').set('authorization', `Bearer ${key.secret}`));
  });

  it('POST /extractions needs a viewer key too', async () => {
    const request = await EXTRACTION_ROUTE.prepare(t);
    expectUnauthorized(await send(t, request, 'none'));
    expectStatus(await send(t, request, 'viewer'), 200);
  });

  it('health stays public', async () => {
    expectStatus(await t.http('none').get('/health/live'), 200);
    expectStatus(await t.http('none').get('/health/ready'), 200);
  });

  it('writes still need an editor', async () => {
    const request = await WRITE_ROUTES[0].prepare(t);
    expectProblem(await send(t, request, 'viewer'), 403);
    expectStatus(await send(t, request, 'editor'), 201);
  });
});

describe('access: the audit trail', () => {
  let t: TestApp;
  let editorKeyId: string;
  let adminKeyId: string;

  const audit = async (query: string): Promise<Json[]> => expectStatus(await t.http('admin').get(`/audit?${query}`), 200).data as Json[];
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    t = await startTestApp();
    const { data } = expectStatus(await t.http('admin').get('/api-keys'), 200);
    editorKeyId = (data as Json[]).find((k) => k.name === 'test editor')!.id;
    adminKeyId = (data as Json[]).find((k) => k.name === 'test admin')!.id;
  });
  afterAll(async () => t.close());

  it('records who created, updated and archived what, with the values before and after', async () => {
    const organization = expectStatus(await t.http().post('/organizations').send({ name: 'Department of State', acronym: 'DOS', kind: 'agency' }), 201);
    await pause(20);
    const updated = await t.http().patch(`/organizations/${organization.id}`).set('if-match', '"v1"').send({ acronym: 'State' });
    expectStatus(updated, 200);

    const rows = await audit(`entity=organization&entityId=${organization.id}`);
    expect(rows).toHaveLength(2);
    const [update, create] = rows; // newest first
    expect(create).toMatchObject({
      key: { id: editorKeyId, name: 'test editor' },
      entity: 'organization',
      entityId: organization.id,
      action: 'create',
      before: null,
      after: expect.objectContaining({ id: organization.id, name: 'Department of State', acronym: 'DOS', kind: 'agency' }),
      at: expect.any(String),
      requestId: expect.any(String),
    });
    expect(update).toMatchObject({
      key: { id: editorKeyId, name: 'test editor' },
      action: 'update',
      before: expect.objectContaining({ acronym: 'DOS' }),
      after: expect.objectContaining({ acronym: 'State', name: 'Department of State' }),
    });
    expect(update.requestId).toBe(updated.headers['x-request-id']);

    const letter = await freshLetter(t);
    await pause(20);
    expectStatus(await t.http('admin').delete(`/letters/${letter.id}`), 204);
    const letterRows = await audit(`entity=letter&entityId=${letter.id}`);
    const archive = letterRows.find((r) => r.action === 'update' && r.before?.archived_at === null && r.after?.archived_at);
    expect(archive).toMatchObject({ key: { id: adminKeyId, name: 'test admin' }, entity: 'letter', entityId: letter.id });
    expect(letterRows.find((r) => r.action === 'create')).toMatchObject({
      key: { id: editorKeyId }, before: null, after: expect.objectContaining({ title: letter.title, archived_at: null }),
    });
    // Nothing was erased: the letter's row and its questions are still there.
    expect((await t.db.query('SELECT 1 FROM letters WHERE id = $1', [letter.id])).rowCount).toBe(1);
    expect((await t.db.query('SELECT 1 FROM questions WHERE letter_id = $1', [letter.id])).rowCount).toBe(2);
  });

  it('records the parts of a letter (signers, recipients, questions) under their own entities', async () => {
    const letter = await freshLetter(t);
    const questions = await audit(`entity=question&keyId=${editorKeyId}&limit=100`);
    expect(questions.filter((r) => r.after?.letter_id === letter.id).map((r) => r.action)).toEqual(['create', 'create']);
    const signers = await audit(`entity=letter_signer&entityId=${letter.id}`);
    expect(signers).toHaveLength(1);
  });

  it('filters by entity, entityId, keyId and time', async () => {
    const byEditor = expectStatus(await t.http('editor').post('/organizations').send({ name: `By editor ${unique()}`, kind: 'agency' }), 201);
    await pause(20);
    const byAdmin = expectStatus(await t.http('admin').post('/organizations').send({ name: `By admin ${unique()}`, kind: 'agency' }), 201);
    const person = expectStatus(await t.http('admin').post('/people').send({ fullName: `Someone ${unique()}`, kind: 'other' }), 201);

    const organizations = await audit('entity=organization&limit=100');
    expect(organizations.every((r) => r.entity === 'organization')).toBe(true);
    expect(organizations.map((r) => r.entityId)).toEqual(expect.arrayContaining([byEditor.id, byAdmin.id]));
    expect(organizations.map((r) => r.entityId)).not.toContain(person.id);

    expect((await audit(`entityId=${byAdmin.id}`)).map((r) => r.entityId)).toEqual([byAdmin.id]);
    expect((await audit(`entityId=${byAdmin.id.toUpperCase()}`)).map((r) => r.entityId)).toEqual([byAdmin.id]);

    const adminRows = await audit(`keyId=${adminKeyId}&limit=100`);
    expect(adminRows.length).toBeGreaterThan(0);
    expect(adminRows.every((r) => r.key.id === adminKeyId)).toBe(true);
    expect(adminRows.map((r) => r.entityId)).toEqual(expect.arrayContaining([byAdmin.id, person.id]));
    expect(adminRows.map((r) => r.entityId)).not.toContain(byEditor.id);
    const editorRows = await audit(`keyId=${editorKeyId}&entity=organization&limit=100`);
    expect(editorRows.map((r) => r.entityId)).toContain(byEditor.id);
    expect(editorRows.map((r) => r.entityId)).not.toContain(byAdmin.id);

    const [editorRow] = await audit(`entityId=${byEditor.id}`);
    const [adminRow] = await audit(`entityId=${byAdmin.id}`);
    expect(Date.parse(adminRow.at)).toBeGreaterThan(Date.parse(editorRow.at));
    // from is inclusive, to exclusive.
    const fromAdmin = await audit(`entity=organization&from=${encodeURIComponent(adminRow.at)}&limit=100`);
    expect(fromAdmin.map((r) => r.entityId)).toContain(byAdmin.id);
    expect(fromAdmin.map((r) => r.entityId)).not.toContain(byEditor.id);
    const toAdmin = await audit(`entity=organization&to=${encodeURIComponent(adminRow.at)}&limit=100`);
    expect(toAdmin.map((r) => r.entityId)).toContain(byEditor.id);
    expect(toAdmin.map((r) => r.entityId)).not.toContain(byAdmin.id);
    const window = await audit(`from=${encodeURIComponent(editorRow.at)}&to=${encodeURIComponent(adminRow.at)}&limit=100`);
    expect(window.map((r) => r.entityId)).toContain(byEditor.id);
    expect(window.map((r) => r.entityId)).not.toContain(byAdmin.id);
    expect(await audit('from=2999-01-01')).toEqual([]);
    expect(await audit(`entityId=${byEditor.id}&keyId=${adminKeyId}`)).toEqual([]);
  });

  it('pages through the trail by cursor', async () => {
    for (let i = 0; i < 3; i++) expectStatus(await t.http().post('/organizations').send({ name: `Paged ${unique()}`, kind: 'agency' }), 201);
    const first = expectStatus(await t.http('admin').get('/audit?entity=organization&limit=2'), 200);
    expect(first.data).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = expectStatus(await t.http('admin').get(`/audit?entity=organization&limit=2&cursor=${encodeURIComponent(first.nextCursor)}`), 200);
    expect(second.data.length).toBeGreaterThan(0);
    expect(new Set([...first.data, ...second.data].map((r: Json) => r.id)).size).toBe(first.data.length + second.data.length);
  });

  it('refuses bad filters with 400', async () => {
    for (const query of ['entity=password', 'keyId=abc', 'from=yesterday', 'to=2025-02-30', 'limit=101', 'cursor=bogus', 'unknown=1']) {
      expect({ query, status: (await t.http('admin').get(`/audit?${query}`)).status }).toEqual({ query, status: 400 });
    }
  });

  describe('a write that is refused or rolled back leaves no audit row', () => {
    it('a 422 letter create that failed after inserting the letter', async () => {
      const reference = await freshLetter(t);
      const d = await directory(t);
      const before = await t.tableCounts();
      const response = await t.http().post('/letters').send({
        title: `Rolled back ${unique()}`,
        sentOn: '2025-05-01',
        signers: [{ personId: d.memberId, role: 'lead' }],
        recipients: [{ organizationId: d.agencyId }],
        // Not a follow-up: it may not reiterate anything.
        questions: [{ label: '1', text: 'Again?', reiteratesId: reference.questions[0].id }],
      });
      expectProblem(response, 422);
      expect(await t.tableCounts()).toEqual(before);
    });

    it('a 422 letter create naming someone who does not exist', async () => {
      const d = await directory(t);
      const before = await t.tableCounts();
      const response = await t.http().post('/letters').send({
        title: 'Nobody', sentOn: '2025-05-01', signers: [{ personId: '00000000-0000-4000-8000-000000000001' }], recipients: [{ organizationId: d.agencyId }],
      });
      expectProblem(response, 422);
      expect(await t.tableCounts()).toEqual(before);
    });

    it('a 412 stale update', async () => {
      const organization = await factories(t).organization();
      expectStatus(await t.http().patch(`/organizations/${organization.id}`).send({ acronym: 'ONE' }), 200);
      const before = await t.tableCounts();
      const stale = await t.http().patch(`/organizations/${organization.id}`).set('if-match', '"v1"').send({ acronym: 'TWO' });
      expectProblem(stale, 412);
      expect(await t.tableCounts()).toEqual(before);
      expect((await audit(`entityId=${organization.id}`)).map((r) => r.after.acronym)).toEqual(['ONE', null]);
    });

    it('a 409 duplicate code', async () => {
      const code = `C${Date.now() % 1_000_000}`;
      expectStatus(await t.http().post('/organizations').send({ name: 'First', kind: 'committee', code }), 201);
      const before = await t.tableCounts();
      expectProblem(await t.http().post('/organizations').send({ name: 'Second', kind: 'committee', code }), 409);
      expect(await t.tableCounts()).toEqual(before);
    });

    it('a 412 stale archive', async () => {
      const letter = await freshLetter(t);
      expectStatus(await t.http().patch(`/letters/${letter.id}`).send({ title: 'Changed' }), 200);
      const before = await t.tableCounts();
      expectProblem(await t.http().delete(`/letters/${letter.id}`).set('if-match', `"v${letter.version}"`), 412);
      expect(await t.tableCounts()).toEqual(before);
      expectStatus(await t.http().get(`/letters/${letter.id}`), 200);
    });
  });
});
