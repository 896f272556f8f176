import { randomUUID } from 'node:crypto';
import { expectProblem } from './support/problem.js';
import { expectStatus, factories, todayInNewYork, unique, type Json } from './support/factories.js';
import { waitFor } from './support/processes.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { verifySignature, WebhookReceiver, type Received } from './support/webhook-receiver.js';
import { startWorker, type WorkerHandle } from './support/worker.js';

/** Waits until `url` has received at least `count` requests, and answers them. */
async function receivedAt(receiver: WebhookReceiver, url: string, count: number, timeoutMs = 20000): Promise<Received[]> {
  return waitFor(async () => (receiver.to(url).length >= count ? receiver.to(url) : undefined), timeoutMs, `${count} deliveries to ${url}`);
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Letters from one member to one agency (made once per app), with whatever else the fields say. */
function letterMaker(t: TestApp): (fields: Json) => Promise<Json> {
  const f = factories(t);
  let parties: Promise<Json> | undefined;
  return async (fields) => {
    parties ??= (async () => ({ signerId: (await f.member()).id, recipientOrganizationId: (await f.organization()).id }))();
    return f.letter({ ...(await parties), ...fields });
  };
}

describe('webhooks: subscriptions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
  });
  afterAll(async () => t.close());

  it('need an editor key, and show the secret once', async () => {
    const body = { url: 'http://127.0.0.1:9/hook', events: ['letter.created'] };
    expect((await t.http('none').post('/webhooks').send(body)).status).toBe(401);
    expectProblem(await t.http('viewer').post('/webhooks').send(body), 403);
    expectProblem(await t.http('viewer').get('/webhooks'), 403);
    expect((await t.http('none').get('/webhooks')).status).toBe(401);

    const created = expectStatus(await t.http().post('/webhooks').send({ ...body, filter: { tag: ' Budget ' } }), 201);
    expect(created).toMatchObject({ id: expect.any(String), url: body.url, events: ['letter.created'], filter: { tag: 'budget' }, active: true });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
    expect(Buffer.from(created.secret.slice(6), 'base64').length).toBeGreaterThanOrEqual(24);

    const read = expectStatus(await t.http('admin').get(`/webhooks/${created.id}`), 200);
    expect(read).not.toHaveProperty('secret');
    expect(read).toMatchObject({ id: created.id, filter: { tag: 'budget' }, consecutiveFailures: 0, disabledReason: null });
    const listed = expectStatus(await t.http().get('/webhooks'), 200);
    expect(listed.data.find((w: Json) => w.id === created.id)).toEqual(read);
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const changed = expectStatus(await t.http().patch(`/webhooks/${created.id}`).send({ events: ['letter.overdue', 'response.logged'], filter: null }), 200);
    expect(changed).toMatchObject({ events: ['letter.overdue', 'response.logged'], filter: {} });
    expect((await t.http().delete(`/webhooks/${created.id}`)).status).toBe(204);
    expectProblem(await t.http().get(`/webhooks/${created.id}`), 404);
  });

  it('refuse bad input with a 4xx problem naming the field, and write nothing', async () => {
    const f = factories(t);
    const before = await t.tableCounts();
    const cases: [Json, number, string][] = [
      [{ url: 'ftp://example.org/x', events: ['letter.created'] }, 400, 'url'],
      [{ url: 'not a url', events: ['letter.created'] }, 400, 'url'],
      [{ events: ['letter.created'] }, 400, 'url'],
      [{ url: 'https://example.org/x', events: [] }, 400, 'events'],
      [{ url: 'https://example.org/x', events: ['letter.deleted'] }, 400, 'events'],
      [{ url: 'https://example.org/x', events: 'letter.created' }, 400, 'events'],
      [{ url: 'https://example.org/x', events: ['letter.created', 'letter.created'] }, 400, 'events'],
      [{ url: 'https://example.org/x', events: ['letter.created'], filter: { agency: 'x' } }, 400, 'filter.agency'],
      [{ url: 'https://example.org/x', events: ['letter.created'], filter: { letterId: 'nope' } }, 400, 'filter.letterId'],
      [{ url: 'https://example.org/x', events: ['letter.created'], filter: 'tag' }, 400, 'filter'],
      [{ url: 'https://example.org/x', events: ['letter.created'], secret: 'mine' }, 400, 'secret'],
      [{ url: 'https://example.org/x', events: ['letter.created'], filter: { letterId: randomUUID() } }, 422, 'filter.letterId'],
      [{ url: 'https://example.org/x', events: ['letter.created'], filter: { recipientOrganizationId: randomUUID() } }, 422, 'filter.recipientOrganizationId'],
      [{ url: 'https://example.org/x', events: ['letter.created'], filter: { signerId: randomUUID() } }, 422, 'filter.signerId'],
    ];
    for (const [body, status, field] of cases) {
      const problem = expectProblem(await t.http().post('/webhooks').send(body), status);
      expect({ body, fields: problem.errors?.map((e) => e.field) }).toEqual({ body, fields: expect.arrayContaining([field]) });
    }
    expect(await t.tableCounts()).toEqual(before);
    expectProblem(await t.http().get('/webhooks/not-a-uuid'), 400);
    expectProblem(await t.http().get(`/webhooks/${randomUUID()}/deliveries`), 404);
    const real = await f.organization();
    expect((await t.http().post('/webhooks').send({ url: 'http://127.0.0.1:9/', events: ['letter.created'], filter: { recipientOrganizationId: real.id } })).status).toBe(201);
  });
});

describe('webhooks: targets on private networks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('are refused at subscription time with a 422 naming url unless WEBHOOK_ALLOW_PRIVATE is set', async () => {
    const before = await t.tableCounts();
    for (const url of ['http://127.0.0.1:8080/hook', 'http://localhost/hook', 'http://10.1.2.3/hook', 'http://192.168.0.10/',
      'http://172.16.5.4/', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/hook', 'http://[::ffff:127.0.0.1]/', 'http://0.0.0.0/',
      'http://[fd00::1]/']) {
      const problem = expectProblem(await t.http().post('/webhooks').send({ url, events: ['letter.created'] }), 422);
      expect({ url, errors: problem.errors }).toEqual({ url, errors: [expect.objectContaining({ field: 'url' })] });
    }
    expect(await t.tableCounts()).toEqual(before);
  });
});

describe('webhooks: delivery', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let worker: WorkerHandle;
  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    receiver = await new WebhookReceiver().start();
    worker = await startWorker(t.databaseUrl);
  });
  afterAll(async () => {
    expect(await worker?.stop()).toBe(0);
    await receiver?.close();
    await t?.close();
  });

  async function subscribe(url: string, events: string[], filter: Json = {}): Promise<Json> {
    return expectStatus(await t.http().post('/webhooks').send({ url, events, filter }), 201);
  }

  it('sends signed letter.created, response.logged and question.status_changed events to matching subscriptions', async () => {
    const f = factories(t);
    const tag = unique('signed');
    const url = receiver.endpoint(unique('all'));
    const other = receiver.endpoint(unique('other'));
    const { secret } = await subscribe(url, ['letter.created', 'response.logged', 'question.status_changed'], { tag });
    await subscribe(other, ['letter.created'], { tag: unique('elsewhere') });
    const agency = await f.organization();
    const member = await f.member();
    const letter = await f.letter({
      signerId: member.id, recipientOrganizationId: agency.id, sentOn: todayInNewYork(), tags: [tag], title: 'Funding <of> "detention" & removal',
      questions: [{ label: '1', text: 'Which legal authority?', kind: 'question' }, { label: '2', text: 'Provide the records.', kind: 'document_request' }],
    });
    await letterMaker(t)({ sentOn: todayInNewYork(), tags: [unique('untagged')] });
    const response = await f.respond(letter.id, {
      receivedOn: todayInNewYork(), items: [{ questionId: letter.questions[0].id, disposition: 'answered', note: 'Cites the statute.' }],
    });

    const got = await receivedAt(receiver, url, 3);
    await settle(500);
    expect(receiver.to(url)).toHaveLength(3);
    expect(receiver.to(other)).toHaveLength(0);
    for (const request of got) {
      expect(verifySignature(secret, request)).toBe(true);
      expect(verifySignature(`whsec_${Buffer.from('another secret, 24 bytes!').toString('base64')}`, request)).toBe(false);
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/);
      expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
      expect(request.json).toEqual({ type: expect.any(String), timestamp: expect.any(String), data: expect.any(Object) });
      expect(new Date(request.json.timestamp).toISOString()).toBe(request.json.timestamp);
    }
    const byType = new Map(got.map((r) => [r.json.type, r.json.data]));
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(3);
    expect(byType.get('letter.created')).toMatchObject({
      letterId: letter.id, title: letter.title, sentOn: letter.sentOn, dueOn: letter.dueOn, status: 'awaiting_response', tags: [tag],
      counts: letter.counts, signers: [expect.objectContaining({ personId: member.id, role: 'lead' })],
      recipients: [expect.objectContaining({ organizationId: agency.id })],
    });
    expect(byType.get('response.logged')).toMatchObject({
      id: response.id, letterId: letter.id, receivedOn: response.receivedOn, letterTitle: letter.title,
      items: [expect.objectContaining({ questionId: letter.questions[0].id, disposition: 'answered' })],
    });
    expect(byType.get('question.status_changed')).toEqual({
      questionId: letter.questions[0].id, letterId: letter.id, label: '1', position: 1, from: 'open', to: 'answered', asOf: todayInNewYork(),
    });
  });

  it('retries after a 500 with the same webhook-id and body, a later timestamp, and lists each attempt', async () => {
    const tag = unique('retry');
    const url = receiver.endpoint(unique('flaky'), (_request, earlier) => (earlier === 0 ? 500 : 200));
    const subscription = await subscribe(url, ['letter.created'], { tag });
    await letterMaker(t)({ sentOn: todayInNewYork(), tags: [tag] });

    const [first, second] = await receivedAt(receiver, url, 2);
    expect([first.status, second.status]).toEqual([500, 200]);
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(second.body).toBe(first.body);
    expect(Number(second.headers['webhook-timestamp'])).toBeGreaterThan(Number(first.headers['webhook-timestamp']));
    expect(second.at - first.at).toBeGreaterThanOrEqual(1000);
    expect(verifySignature(subscription.secret, first)).toBe(true);
    expect(verifySignature(subscription.secret, second)).toBe(true);

    const attempts = await waitFor(async () => {
      const page = expectStatus(await t.http().get(`/webhooks/${subscription.id}/deliveries`), 200);
      return page.data.length === 2 ? page : undefined;
    }, 10000, 'both attempts to be listed');
    const [latest, earliest] = attempts.data;
    expect(earliest).toMatchObject({
      attempt: 1, statusCode: 500, outcome: 'retrying', eventType: 'letter.created', webhookId: first.headers['webhook-id'],
      error: expect.stringContaining('500'), nextRetryAt: expect.any(String),
    });
    expect(Date.parse(earliest.nextRetryAt) - Date.parse(earliest.attemptedAt)).toBeGreaterThanOrEqual(1000);
    expect(latest).toMatchObject({ attempt: 2, statusCode: 200, outcome: 'succeeded', error: null, nextRetryAt: null, deliveryId: earliest.deliveryId });
    expect(attempts.nextCursor).toBeNull();

    const paged = expectStatus(await t.http().get(`/webhooks/${subscription.id}/deliveries?limit=1`), 200);
    expect(paged.data.map((a: Json) => a.id)).toEqual([latest.id]);
    const rest = expectStatus(await t.http().get(`/webhooks/${subscription.id}/deliveries?limit=1&cursor=${paged.nextCursor}`), 200);
    expect(rest.data.map((a: Json) => a.id)).toEqual([earliest.id]);
    expectProblem(await t.http().get(`/webhooks/${subscription.id}/deliveries?cursor=bogus`), 400);
    expectProblem(await t.http('viewer').get(`/webhooks/${subscription.id}/deliveries`), 403);
  });

  it('disables a subscription after repeated failed deliveries, saying why, and resumes it when re-enabled', async () => {
    const tag = unique('failing');
    let failing = true;
    const url = receiver.endpoint(unique('down'), () => (failing ? 503 : 200));
    const subscription = await subscribe(url, ['letter.created'], { tag });
    const letter = letterMaker(t);
    await letter({ sentOn: todayInNewYork(), tags: [tag] });
    await letter({ sentOn: todayInNewYork(), tags: [tag] });

    // Three attempts each (WEBHOOK_MAX_ATTEMPTS=3), and two failed deliveries disable it (WEBHOOK_DISABLE_AFTER_FAILURES=2).
    const disabled = await waitFor(async () => {
      const read = expectStatus(await t.http().get(`/webhooks/${subscription.id}`), 200);
      return read.active ? undefined : read;
    }, 30000, 'the subscription to be disabled');
    expect(disabled).toMatchObject({ active: false, consecutiveFailures: 2, disabledAt: expect.any(String), disabledReason: expect.stringMatching(/2 consecutive failed deliveries.*503/) });
    expect(receiver.to(url)).toHaveLength(6);
    const attempts = expectStatus(await t.http().get(`/webhooks/${subscription.id}/deliveries?outcome=failed`), 200);
    expect(attempts.data).toHaveLength(2);
    expect(attempts.data.every((a: Json) => a.attempt === 3 && a.statusCode === 503 && a.nextRetryAt === null)).toBe(true);

    // While disabled, nothing is sent.
    await letter({ sentOn: todayInNewYork(), tags: [tag] });
    await settle(1500);
    expect(receiver.to(url)).toHaveLength(6);

    failing = false;
    const resumed = expectStatus(await t.http().patch(`/webhooks/${subscription.id}`).send({ active: true }), 200);
    expect(resumed).toMatchObject({ active: true, consecutiveFailures: 0, disabledAt: null, disabledReason: null });
    await letter({ sentOn: todayInNewYork(), tags: [tag] });
    const after = await receivedAt(receiver, url, 7);
    expect(after[6].status).toBe(200);
  });
});

describe('webhooks: delivery-time address check', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let worker: WorkerHandle;
  beforeAll(async () => {
    // The API allows the subscription (as an operator might have, before turning it off); the worker does not.
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    receiver = await new WebhookReceiver().start();
    worker = await startWorker(t.databaseUrl, { WEBHOOK_ALLOW_PRIVATE: 'false', WEBHOOK_MAX_ATTEMPTS: '1' });
  });
  afterAll(async () => {
    await worker?.stop();
    await receiver?.close();
    await t?.close();
  });

  it('refuses to connect when the host resolves to a private address, without sending anything', async () => {
    const tag = unique('rebind');
    const path = unique('private');
    receiver.endpoint(path);
    const byName = expectStatus(await t.http().post('/webhooks').send({ url: receiver.endpoint(path).replace('127.0.0.1', 'localhost'), events: ['letter.created'], filter: { tag } }), 201);
    const byAddress = expectStatus(await t.http().post('/webhooks').send({ url: receiver.endpoint(path), events: ['letter.created'], filter: { tag } }), 201);
    await letterMaker(t)({ sentOn: todayInNewYork(), tags: [tag] });
    for (const subscription of [byName, byAddress]) {
      const [attempt] = await waitFor(async () => {
        const page = expectStatus(await t.http().get(`/webhooks/${subscription.id}/deliveries`), 200);
        return page.data.length ? page.data : undefined;
      }, 15000, 'the refused attempt');
      expect(attempt).toMatchObject({ statusCode: null, outcome: 'failed', error: expect.stringMatching(/refused: .*(loopback|private)/) });
    }
    expect(receiver.to(receiver.endpoint(path))).toHaveLength(0);
  });
});

describe('webhooks: letter.overdue', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    receiver = await new WebhookReceiver().start();
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });

  const overdueEvents = (url: string, letterId: string) =>
    receiver.to(url).filter((r) => r.status === 200 && r.json?.type === 'letter.overdue' && r.json.data.letterId === letterId);

  it('fires once per letter and due date, across worker restarts and concurrent workers, and again for a new due date', async () => {
    const f = factories(t);
    const tag = unique('overdue');
    const url = receiver.endpoint(unique('overdue'));
    const { secret } = expectStatus(await t.http().post('/webhooks').send({ url, events: ['letter.overdue'], filter: { tag } }), 201);
    // Logged while no worker runs: sent 2025-04-17, due 2025-05-17, long past.
    const make = letterMaker(t);
    const letter = await make({ sentOn: '2025-04-17', tags: [tag], questions: [{ label: '1', text: 'Provide the agreement.', kind: 'document_request' }] });
    const answered = await make({ sentOn: '2025-04-17', tags: [tag], questions: [{ label: '1', text: 'Provide the funds.', kind: 'document_request' }] });
    await f.respond(answered.id, { receivedOn: '2025-05-01', items: [{ questionId: answered.questions[0].id, disposition: 'answered' }] });
    expect(receiver.to(url)).toHaveLength(0);

    let worker = await startWorker(t.databaseUrl);
    const [event] = await waitFor(async () => (overdueEvents(url, letter.id).length ? overdueEvents(url, letter.id) : undefined), 15000, 'letter.overdue');
    expect(verifySignature(secret, event)).toBe(true);
    expect(event.json.data).toMatchObject({
      letterId: letter.id, title: letter.title, dueOn: '2025-05-17', daysOverdue: letter.daysOverdue, timeliness: 'long_overdue', status: 'awaiting_response',
    });
    expect(await worker.stop()).toBe(0);

    // A restart, then two workers at once: each looks at start and every 200 ms, and none fires again.
    worker = await startWorker(t.databaseUrl);
    await settle(800);
    expect(await worker.stop()).toBe(0);
    const [one, two] = await Promise.all([startWorker(t.databaseUrl), startWorker(t.databaseUrl)]);
    await settle(800);
    expect(overdueEvents(url, letter.id)).toHaveLength(1);
    expect(overdueEvents(url, answered.id)).toHaveLength(0);

    // An extension to a date that has also passed: overdue again, on a new due date, once.
    await f.extend(letter.id, { newDueOn: '2025-06-15', grantedOn: '2025-06-01', note: 'Granted by phone.' });
    const again = await waitFor(async () => (overdueEvents(url, letter.id).length >= 2 ? overdueEvents(url, letter.id) : undefined), 15000, 'the second letter.overdue');
    expect(again[1].json.data).toMatchObject({ letterId: letter.id, dueOn: '2025-06-15' });
    expect(again[1].headers['webhook-id']).not.toBe(again[0].headers['webhook-id']);
    expect([await one.stop(), await two.stop()]).toEqual([0, 0]);
    worker = await startWorker(t.databaseUrl);
    await settle(800);
    expect(await worker.stop()).toBe(0);
    expect(overdueEvents(url, letter.id).map((r) => r.json.data.dueOn)).toEqual(['2025-05-17', '2025-06-15']);
    const notices = await t.db.query(`SELECT due_on FROM letter_overdue_notices WHERE letter_id = $1 ORDER BY due_on`, [letter.id]);
    expect(notices.rows.map((r) => r.due_on)).toEqual(['2025-05-17', '2025-06-15']);
  });
});
