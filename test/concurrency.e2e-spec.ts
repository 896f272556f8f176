import type { Response } from 'supertest';
import { expectStatus, factories, unique, type Json } from './support/factories.js';
import { expectProblem } from './support/problem.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { directory, freshLetter, SENT_ON } from './support/write-routes.js';

/**
 * Races that really run in parallel: every request of a race is sent before
 * any answer is awaited (Promise.all over HTTP requests to the real server).
 */

const statuses = (responses: Response[]) => responses.map((r) => r.status).sort((a, b) => a - b);
const count = async (t: TestApp, sql: string, params: unknown[] = []) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) x`, params)).rows[0].n;

describe('concurrency: If-Match', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '10' });
  });
  afterAll(async () => t.close());

  it('two PATCHes of a letter with the same If-Match: one 200, one 412, and the row has exactly one of the changes', async () => {
    const letter = await freshLetter(t);
    const etag = (await t.http().get(`/letters/${letter.id}`)).headers.etag;
    expect(etag).toBe(`"v${letter.version}"`);
    const [a, b] = await Promise.all([
      t.http().patch(`/letters/${letter.id}`).set('if-match', etag).send({ title: 'Change A', summary: 'summary from A' }),
      t.http().patch(`/letters/${letter.id}`).set('if-match', etag).send({ title: 'Change B', tags: ['from-b'] }),
    ]);
    expect(statuses([a, b])).toEqual([200, 412]);
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
    expectProblem(loser, 412);
    const { rows } = await t.db.query('SELECT title, summary, tags, version FROM letters WHERE id = $1', [letter.id]);
    const stored = rows[0];
    if (winner === a) expect(stored).toMatchObject({ title: 'Change A', summary: 'summary from A', tags: [] });
    else expect(stored).toMatchObject({ title: 'Change B', summary: null, tags: ['from-b'] });
    expect(stored.version).toBe(letter.version + 1);
    expect(winner.headers.etag).toBe(`"v${letter.version + 1}"`);
    expect(winner.body.title).toBe(stored.title);
  });

  /** Ten PATCHes with one ETag, all sent before any answer is read. */
  async function tenWithOneEtag(path: string, bodies: (i: number) => Json) {
    const first = await t.http().get(path);
    expectStatus(first, 200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"v\d+"$/);
    const responses = await Promise.all(Array.from({ length: 10 }, (_, i) => t.http().patch(path).set('if-match', etag).send(bodies(i))));
    expect(statuses(responses)).toEqual([200, 412, 412, 412, 412, 412, 412, 412, 412, 412]);
    for (const r of responses.filter((x) => x.status === 412)) expectProblem(r, 412);
    return { winner: responses.find((r) => r.status === 200)!, etag };
  }

  it('10 parallel PATCHes of an organization with the same ETag: exactly one succeeds', async () => {
    const organization = await factories(t).organization();
    const { winner } = await tenWithOneEtag(`/organizations/${organization.id}`, (i) => ({ name: `Organization change ${i}`, acronym: `C${i}` }));
    const { rows } = await t.db.query('SELECT name, acronym, version FROM organizations WHERE id = $1', [organization.id]);
    expect(rows[0]).toEqual({ name: winner.body.name, acronym: winner.body.acronym, version: 2 });
    expect(rows[0].acronym).toBe(`C${rows[0].name.split(' ').pop()}`);
  });

  it('10 parallel PATCHes of a person with the same ETag: exactly one succeeds', async () => {
    const person = await factories(t).member();
    const { winner } = await tenWithOneEtag(`/people/${person.id}`, (i) => ({ fullName: `Person change ${i}`, party: `P${i}` }));
    const { rows } = await t.db.query('SELECT full_name, party, version FROM people WHERE id = $1', [person.id]);
    expect(rows[0]).toEqual({ full_name: winner.body.fullName, party: winner.body.party, version: 2 });
  });

  it('10 parallel PATCHes of a letter with the same ETag: exactly one succeeds', async () => {
    const letter = await freshLetter(t);
    const { winner } = await tenWithOneEtag(`/letters/${letter.id}`, (i) => ({ title: `Letter change ${i}`, summary: `summary ${i}` }));
    const { rows } = await t.db.query('SELECT title, summary, version FROM letters WHERE id = $1', [letter.id]);
    expect(rows[0]).toEqual({ title: winner.body.title, summary: winner.body.summary, version: letter.version + 1 });
    expect(rows[0].summary).toBe(`summary ${rows[0].title.split(' ').pop()}`);
  });

  it('10 parallel PATCHes of a question with the same ETag: exactly one succeeds', async () => {
    const letter = await freshLetter(t);
    const question = letter.questions[0];
    const path = `/letters/${letter.id}/questions/${question.id}`;
    expect(question.version).toEqual(expect.any(Number));
    const etag = `"v${question.version}"`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.http().patch(path).set('if-match', etag).send({ text: `Question change ${i}`, label: `Q${i}` })),
    );
    expect(statuses(responses)).toEqual([200, 412, 412, 412, 412, 412, 412, 412, 412, 412]);
    const winner = responses.find((r) => r.status === 200)!;
    const { rows } = await t.db.query('SELECT text, label FROM questions WHERE id = $1', [question.id]);
    expect(rows[0]).toEqual({ text: winner.body.text, label: winner.body.label });
  });

  it('two reorders with the same If-Match (the letter ETag): one 200, one 412', async () => {
    const letter = await freshLetter(t, {
      questions: ['1', '2', '3'].map((label) => ({ label, text: `Question ${label}` })),
    });
    const etag = (await t.http().get(`/letters/${letter.id}`)).headers.etag;
    const ids: string[] = letter.questions.map((q: Json) => q.id);
    const [a, b] = await Promise.all([
      t.http().put(`/letters/${letter.id}/questions/order`).set('if-match', etag).send({ questionIds: [ids[2], ids[1], ids[0]] }),
      t.http().put(`/letters/${letter.id}/questions/order`).set('if-match', etag).send({ questionIds: [ids[1], ids[0], ids[2]] }),
    ]);
    expect(statuses([a, b])).toEqual([200, 412]);
    const winner = a.status === 200 ? a : b;
    const { rows } = await t.db.query('SELECT id FROM questions WHERE letter_id = $1 ORDER BY position', [letter.id]);
    expect(rows.map((r) => r.id)).toEqual(winner.body.data.map((q: Json) => q.id));
  });

  it('an archive and an edit with the same If-Match: exactly one wins', async () => {
    const letter = await freshLetter(t);
    const etag = `"v${letter.version}"`;
    const [archive, edit] = await Promise.all([
      t.http().delete(`/letters/${letter.id}`).set('if-match', etag),
      t.http().patch(`/letters/${letter.id}`).set('if-match', etag).send({ title: 'Edited' }),
    ]);
    const ok = [archive, edit].filter((r) => r.status < 300);
    expect(ok).toHaveLength(1);
    const other = ok[0] === archive ? edit : archive;
    expect([404, 412]).toContain(other.status);
    const { rows } = await t.db.query('SELECT title, archived_at FROM letters WHERE id = $1', [letter.id]);
    if (ok[0] === archive) expect(rows[0]).toMatchObject({ title: letter.title, archived_at: expect.any(Date) });
    else expect(rows[0]).toMatchObject({ title: 'Edited', archived_at: null });
  });
});

describe('concurrency: Idempotency-Key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '10' });
  });
  afterAll(async () => t.close());

  // The race window (the first request's write committed, its answer not yet kept) is short: several rounds.
  it.each([1, 2, 3, 4, 5])('parallel POSTs of a letter with one key and body: all answer the same 201 body, one letter is created (round %d)', async () => {
    const d = await directory(t);
    const title = `Idempotent letter ${unique()}`;
    const key = `letter-${unique()}`;
    const body = {
      title, sentOn: SENT_ON, signers: [{ personId: d.memberId, role: 'lead' }], recipients: [{ organizationId: d.agencyId }],
      questions: [{ label: '1', text: 'Provide the records.' }],
    };
    const before = await t.tableCounts();
    const responses = await Promise.all(Array.from({ length: 8 }, () => t.http().post('/letters').set('idempotency-key', key).send(body)));
    expect(responses.filter((r) => r.status !== 201).map((r) => `${r.status}: ${r.body.detail}`)).toEqual([]);
    const first = responses[0].body;
    for (const r of responses) {
      expect(r.body).toEqual(first);
      expect(r.headers.etag).toBe(responses[0].headers.etag);
    }
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === undefined)).toHaveLength(1);
    expect(responses.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(7);
    expect(await count(t, 'SELECT 1 FROM letters WHERE title = $1', [title])).toBe(1);
    const after = await t.tableCounts();
    expect(after.letters - before.letters).toBe(1);
    expect(after.questions - before.questions).toBe(1);
    expect(after.idempotency_keys - before.idempotency_keys).toBe(1);
  });

  it.each([1, 2, 3])('parallel POSTs of an organization with one key: one row, one id (round %d)', async () => {
    const name = `Idempotent agency ${unique()}`;
    const key = `org-${unique()}`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => t.http().post('/organizations').set('idempotency-key', key).send({ name, kind: 'agency' })),
    );
    expect(responses.filter((r) => r.status !== 201).map((r) => `${r.status}: ${r.body.detail}`)).toEqual([]);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(await count(t, 'SELECT 1 FROM organizations WHERE name = $1', [name])).toBe(1);
    expect(await count(t, `SELECT 1 FROM audit_log WHERE entity = 'organization' AND entity_id = $1`, [responses[0].body.id])).toBe(1);
  });

  it('parallel response logs with one key: one response with its items', async () => {
    const letter = await freshLetter(t);
    const body = { receivedOn: '2025-06-02', items: letter.questions.map((q: Json) => ({ questionId: q.id, disposition: 'answered' })) };
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => t.http().post(`/letters/${letter.id}/responses`).set('idempotency-key', `response-${letter.id}`).send(body)),
    );
    expect(statuses(responses)).toEqual(Array(6).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(await count(t, 'SELECT 1 FROM responses WHERE letter_id = $1', [letter.id])).toBe(1);
    expect(await count(t, 'SELECT 1 FROM response_items i JOIN responses r ON r.id = i.response_id WHERE r.letter_id = $1', [letter.id])).toBe(2);
  });

  it('a replay after completion answers the first answer with idempotent-replayed: true and writes nothing', async () => {
    const name = `Replayed agency ${unique()}`;
    const key = `replay-${unique()}`;
    const first = await t.http().post('/organizations').set('idempotency-key', key).send({ name, kind: 'agency' });
    expectStatus(first, 201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const before = await t.tableCounts();
    const replay = await t.http().post('/organizations').set('idempotency-key', key).send({ name, kind: 'agency' });
    expect(replay.status).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.etag).toBe(first.headers.etag);
    expect(await t.tableCounts()).toEqual(before);
    // And after the organization changed, the replay is still the first answer.
    expectStatus(await t.http().patch(`/organizations/${first.body.id}`).send({ acronym: 'CHG' }), 200);
    const later = await t.http().post('/organizations').set('idempotency-key', key).send({ name, kind: 'agency' });
    expect(later.body).toEqual(first.body);
  });

  it('the same key with a different body (or path) is a 422 that writes nothing', async () => {
    const name = `Keyed agency ${unique()}`;
    const key = `diff-${unique()}`;
    expectStatus(await t.http().post('/organizations').set('idempotency-key', key).send({ name, kind: 'agency' }), 201);
    const before = await t.tableCounts();
    const different = await t.http().post('/organizations').set('idempotency-key', key).send({ name, kind: 'company' });
    const body = expectProblem(different, 422);
    expect(body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    expectProblem(await t.http().post('/people').set('idempotency-key', key).send({ fullName: name, kind: 'other' }), 422);
    expect(await t.tableCounts()).toEqual(before);
  });

  it('parallel duplicates of a request that fails all fail, and nothing is written', async () => {
    const d = await directory(t);
    const before = await t.tableCounts();
    const body = { title: 'Refused', sentOn: SENT_ON, signers: [{ personId: '00000000-0000-4000-8000-000000000009' }], recipients: [{ organizationId: d.agencyId }] };
    const key = `fails-${unique()}`;
    const responses = await Promise.all(Array.from({ length: 5 }, () => t.http().post('/letters').set('idempotency-key', key).send(body)));
    expect(statuses(responses)).toEqual(Array(5).fill(422));
    expect(await t.tableCounts()).toEqual(before);
  });

  it('the same key used by two different API keys is two different records', async () => {
    const name = `Shared key agency ${unique()}`;
    const key = `shared-${unique()}`;
    const [editor, admin] = await Promise.all([
      t.http('editor').post('/organizations').set('idempotency-key', key).send({ name, kind: 'agency' }),
      t.http('admin').post('/organizations').set('idempotency-key', key).send({ name, kind: 'agency' }),
    ]);
    expect(statuses([editor, admin])).toEqual([201, 201]);
    expect(editor.body.id).not.toBe(admin.body.id);
    expect(editor.headers['idempotent-replayed']).toBeUndefined();
    expect(admin.headers['idempotent-replayed']).toBeUndefined();
    expect(await count(t, 'SELECT 1 FROM organizations WHERE name = $1', [name])).toBe(2);
    expect(await count(t, 'SELECT 1 FROM idempotency_keys WHERE key = $1', [key])).toBe(2);
    // Each key replays its own answer.
    const again = await t.http('admin').post('/organizations').set('idempotency-key', key).send({ name, kind: 'agency' });
    expect(again.body.id).toBe(admin.body.id);
    const againEditor = await t.http('editor').post('/organizations').set('idempotency-key', key).send({ name, kind: 'agency' });
    expect(againEditor.body.id).toBe(editor.body.id);
  });
});

describe('concurrency: writes to one letter', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_SIZE: '10' });
  });
  afterAll(async () => t.close());

  it('parallel response logs on one letter lose nothing', async () => {
    const letter = await freshLetter(t, { questions: Array.from({ length: 10 }, (_, i) => ({ label: String(i + 1), text: `Question ${i + 1}` })) });
    const ids: string[] = letter.questions.map((q: Json) => q.id);
    const responses = await Promise.all(
      ids.map((id, i) =>
        t.http().post(`/letters/${letter.id}/responses`).send({
          receivedOn: '2025-06-02',
          summary: `reply ${i}`,
          items: [
            { questionId: id, disposition: 'answered', note: `answer ${i}` },
            { questionId: ids[(i + 1) % ids.length], disposition: 'acknowledged', note: `ack ${i}` },
          ],
        }),
      ),
    );
    expect(statuses(responses)).toEqual(Array(10).fill(201));
    const logged = expectStatus(await t.http().get(`/letters/${letter.id}/responses`), 200).data as Json[];
    expect(logged).toHaveLength(10);
    expect(logged.flatMap((r) => r.items)).toHaveLength(20);
    expect(new Set(logged.map((r) => r.summary))).toEqual(new Set(ids.map((_, i) => `reply ${i}`)));
    expect(await count(t, 'SELECT 1 FROM response_items i JOIN responses r ON r.id = i.response_id WHERE r.letter_id = $1', [letter.id])).toBe(20);
    // Every question got an answer in one of them; the same-day replies are ordered, so each status is settled.
    const detail = expectStatus(await t.http().get(`/letters/${letter.id}`), 200);
    expect(detail.counts.total).toBe(10);
    expect(detail.counts.answered + detail.counts.acknowledged).toBe(10);
  });

  it('parallel question adds keep positions 1..n without gaps or duplicates', async () => {
    const letter = await freshLetter(t);
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.http().post(`/letters/${letter.id}/questions`).send({ text: `Added ${i}`, ...(i % 3 === 0 ? { position: 1 } : i % 3 === 1 ? { position: 2 } : {}) }),
      ),
    );
    expect(statuses(responses)).toEqual(Array(12).fill(201));
    const { rows } = await t.db.query<{ position: number }>('SELECT position FROM questions WHERE letter_id = $1 ORDER BY position', [letter.id]);
    expect(rows.map((r) => r.position)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    const listed = expectStatus(await t.http().get(`/letters/${letter.id}/questions`), 200).data as Json[];
    expect(listed.map((q) => q.position)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
  });

  it('parallel adds and deletes keep positions 1..n', async () => {
    const letter = await freshLetter(t, { questions: Array.from({ length: 8 }, (_, i) => ({ label: String(i + 1), text: `Question ${i + 1}` })) });
    const doomed = letter.questions.filter((_: Json, i: number) => i % 2 === 0).map((q: Json) => q.id);
    const responses = await Promise.all([
      ...doomed.map((id: string) => t.http().delete(`/letters/${letter.id}/questions/${id}`)),
      ...Array.from({ length: 4 }, (_, i) => t.http().post(`/letters/${letter.id}/questions`).send({ text: `New ${i}`, position: 1 + i })),
    ]);
    expect(statuses(responses)).toEqual([201, 201, 201, 201, 204, 204, 204, 204]);
    const { rows } = await t.db.query<{ position: number }>('SELECT position FROM questions WHERE letter_id = $1 ORDER BY position', [letter.id]);
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('parallel questions with one label: one 201, one 409', async () => {
    const letter = await freshLetter(t);
    const responses = await Promise.all([
      t.http().post(`/letters/${letter.id}/questions`).send({ label: '3(a)', text: 'First' }),
      t.http().post(`/letters/${letter.id}/questions`).send({ label: '3(a)', text: 'Second' }),
    ]);
    expect(statuses(responses)).toEqual([201, 409]);
    const conflict = expectProblem(responses.find((r) => r.status === 409)!, 409);
    expect(conflict.errors).toEqual([expect.objectContaining({ field: 'label' })]);
    expect(await count(t, `SELECT 1 FROM questions WHERE letter_id = $1 AND label = '3(a)'`, [letter.id])).toBe(1);
  });

  it('parallel relabels to one label: one 200, one 409', async () => {
    const letter = await freshLetter(t);
    const [a, b] = letter.questions.map((q: Json) => q.id);
    const responses = await Promise.all([
      t.http().patch(`/letters/${letter.id}/questions/${a}`).send({ label: 'X' }),
      t.http().patch(`/letters/${letter.id}/questions/${b}`).send({ label: 'X' }),
    ]);
    expect(statuses(responses)).toEqual([200, 409]);
    expect(await count(t, `SELECT 1 FROM questions WHERE letter_id = $1 AND label = 'X'`, [letter.id])).toBe(1);
  });

  it('parallel organizations with one code, and members with one bioguide id: one 201, one 409 each', async () => {
    const code = `R${String(Date.now() % 100000).padStart(5, '0')}`;
    const organizations = await Promise.all([
      t.http().post('/organizations').send({ name: 'Committee one', kind: 'committee', code }),
      t.http().post('/organizations').send({ name: 'Committee two', kind: 'committee', code }),
    ]);
    expect(statuses(organizations)).toEqual([201, 409]);
    expect(expectProblem(organizations.find((r) => r.status === 409)!, 409).errors).toEqual([expect.objectContaining({ field: 'code' })]);
    const bioguideId = `Z${String(Date.now() % 1000000).padStart(6, '0')}`;
    const members = await Promise.all([
      t.http().post('/people').send({ fullName: 'Rep. One', kind: 'member', bioguideId }),
      t.http().post('/people').send({ fullName: 'Rep. Two', kind: 'member', bioguideId }),
    ]);
    expect(statuses(members)).toEqual([201, 409]);
    expect(await count(t, 'SELECT 1 FROM people WHERE bioguide_id = $1', [bioguideId])).toBe(1);
  });

  it('parallel extensions on one letter are all kept, and the due date is the last one granted', async () => {
    const letter = await freshLetter(t);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) => t.http().post(`/letters/${letter.id}/extensions`).send({ newDueOn: `2025-07-${String(10 + i).padStart(2, '0')}`, grantedOn: '2025-06-01' })),
    );
    expect(statuses(responses)).toEqual(Array(6).fill(201));
    const listed = expectStatus(await t.http().get(`/letters/${letter.id}/extensions`), 200).data as Json[];
    expect(listed).toHaveLength(6);
    const detail = expectStatus(await t.http().get(`/letters/${letter.id}?asOf=2025-06-02`), 200);
    // Same grant date: the one logged later wins.
    expect(detail.dueOn).toBe(listed[listed.length - 1].newDueOn);
    expect(detail.dueOnSource).toBe('extension');
  });
});
