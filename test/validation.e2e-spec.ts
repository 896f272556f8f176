import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { startTestApp, type TestApp } from './support/test-app.js';
import { expectProblem } from './support/problem.js';
import { addDays, bioguide, expectStatus, factories, todayInNewYork, unique, type Json } from './support/factories.js';

/**
 * Every refusal answers a problem document naming the field or item at fault,
 * and leaves the database exactly as it was.
 */
describe('validation: refusals name the fault and change nothing', () => {
  let t: TestApp;
  let f: ReturnType<typeof factories>;

  beforeAll(async () => {
    t = await startTestApp();
    f = factories(t);
  });
  afterAll(async () => t.close());

  /** A SQL query whose rows must be the same before and after a refused write. */
  type Probe = [sql: string, params: unknown[]];

  async function snapshot(probes: Probe[]) {
    return Promise.all(probes.map(async ([sql, params]) => (await t.db.query(sql, params)).rows));
  }

  /**
   * Sends a request that must be refused with `status`, naming each of `fields`
   * in `errors[].field`; the table counts and the probed rows stay as they were.
   */
  async function refused(send: () => PromiseLike<Response>, status: number, fields: string[], probes: Probe[] = []) {
    const countsBefore = await t.tableCounts();
    const rowsBefore = await snapshot(probes);
    const response = await send();
    const body = expectProblem(response, status);
    if (fields.length) {
      expect(body.errors ?? []).toEqual(
        expect.arrayContaining(fields.map((field) => expect.objectContaining({ field, message: expect.any(String) }))),
      );
    }
    expect(await t.tableCounts()).toEqual(countsBefore);
    expect(await snapshot(probes)).toEqual(rowsBefore);
    return body;
  }

  const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);
  const row = (table: string, id: string): Probe => [`SELECT * FROM ${table} WHERE id = $1`, [id]];
  const lettersTitled = async (title: string) =>
    (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM letters WHERE title = $1`, [title])).rows[0].n;

  /** A fresh directory for one test, and a valid letter body over it. */
  async function world() {
    const agency = await f.organization();
    const committee = await f.committee();
    const lead = await f.member();
    const cosigner = await f.member();
    const official = await f.official(agency.id);
    const letterBody = (over: Json = {}): Json => ({
      title: `Letter ${unique()}`,
      sentOn: '2025-04-17',
      statedDueOn: null,
      committeeId: committee.id,
      signers: [
        { personId: lead.id, role: 'lead' },
        { personId: cosigner.id, role: 'cosigner' },
      ],
      recipients: [{ personId: official.id }, { organizationId: agency.id }],
      tags: ['el-salvador'],
      questions: [
        { label: '1', text: 'What legal authority supports the agreement?', kind: 'document_request' },
        { label: '2', text: 'Which accounts paid for the removals?', kind: 'question' },
        { label: '2(a)', text: 'In what amounts?', kind: 'question', parentLabel: '2' },
      ],
      ...over,
    });
    const createLetter = async (over: Json = {}) => expectStatus(await t.http().post('/letters').send(letterBody(over)), 201);
    return { agency, committee, lead, cosigner, official, letterBody, createLetter };
  }

  /** A refused letter create: nothing of it is written, under its title or otherwise. */
  async function refusedCreate(body: Json, status: number, fields: string[]) {
    const problem = await refused(() => t.http().post('/letters').send(body), status, fields);
    if (typeof body.title === 'string') expect(await lettersTitled(body.title)).toBe(0);
    return problem;
  }

  describe('directory', () => {
    it('refuses a person with a missing name or kind (400)', async () => {
      await refused(() => t.http().post('/people').send({ kind: 'member', bioguideId: bioguide() }), 400, ['fullName']);
      await refused(() => t.http().post('/people').send({ fullName: 'Gregory W. Meeks' }), 400, ['kind']);
    });

    it('refuses unknown fields on people and organizations (400)', async () => {
      await refused(() => t.http().post('/people').send({ fullName: 'A. Person', kind: 'other', nickname: 'Al' }), 400, ['nickname']);
      await refused(() => t.http().post('/organizations').send({ name: 'Dept. of X', kind: 'agency', budget: 1 }), 400, ['budget']);
    });

    it('refuses a kind outside the enum (400)', async () => {
      await refused(() => t.http().post('/people').send({ fullName: 'A. Person', kind: 'senator' }), 400, ['kind']);
      await refused(() => t.http().post('/organizations').send({ name: 'Dept. of X', kind: 'ministry' }), 400, ['kind']);
    });

    it('refuses a missing organization name (400)', async () => {
      await refused(() => t.http().post('/organizations').send({ kind: 'agency' }), 400, ['name']);
    });

    it('refuses a malformed bioguide id (400)', async () => {
      for (const bad of ['M1137', '001137M', 'MM01137', 'M0011370']) {
        await refused(() => t.http().post('/people').send({ fullName: 'A. Member', kind: 'member', bioguideId: bad }), 400, ['bioguideId']);
      }
    });

    it('refuses a second person with the same bioguide id, in any case (409)', async () => {
      const id = bioguide('M');
      await f.member({ bioguideId: id });
      await refused(() => t.http().post('/people').send({ fullName: 'Someone Else', kind: 'member', bioguideId: id }), 409, ['bioguideId']);
      await refused(() => t.http().post('/people').send({ fullName: 'Someone Else', kind: 'member', bioguideId: id.toLowerCase() }), 409, ['bioguideId']);
    });

    it('refuses an update to a bioguide id another person has (409), leaving the row as it was', async () => {
      const first = await f.member();
      const second = await f.member();
      await refused(() => t.http().patch(`/people/${second.id}`).send({ bioguideId: first.bioguideId }), 409, ['bioguideId'], [row('people', second.id)]);
    });

    it('refuses a second organization with the same code, in any case (409)', async () => {
      const code = `HS${unique().toUpperCase()}`.slice(0, 12).replace(/[^A-Z0-9]/g, '0');
      await f.committee({ code });
      await refused(() => t.http().post('/organizations').send({ name: 'Another committee', kind: 'committee', code }), 409, ['code']);
      await refused(() => t.http().post('/organizations').send({ name: 'Another committee', kind: 'committee', code: code.toLowerCase() }), 409, ['code']);
    });

    it('refuses hsfa once HSFA exists (409)', async () => {
      await f.committee({ name: 'House Committee on Foreign Affairs', acronym: 'HFAC', code: 'HSFA' });
      await refused(() => t.http().post('/organizations').send({ name: 'Foreign Affairs (again)', kind: 'committee', code: 'hsfa' }), 409, ['code']);
    });

    it('refuses an update to a code another organization has (409), leaving the row as it was', async () => {
      const taken = await f.committee({ code: `C${String(Date.now()).slice(-8)}` });
      const other = await f.committee();
      await refused(() => t.http().patch(`/organizations/${other.id}`).send({ code: taken.code.toLowerCase() }), 409, ['code'], [row('organizations', other.id)]);
    });

    it('refuses an organizationId or parentId that names nothing (422)', async () => {
      const nothing = randomUUID();
      await refused(() => t.http().post('/people').send({ fullName: 'An Official', kind: 'official', organizationId: nothing }), 422, ['organizationId']);
      await refused(() => t.http().post('/organizations').send({ name: 'A subcommittee', kind: 'subcommittee', parentId: nothing }), 422, ['parentId']);
      const person = await f.official((await f.organization()).id);
      await refused(() => t.http().patch(`/people/${person.id}`).send({ organizationId: nothing }), 422, ['organizationId'], [row('people', person.id)]);
      const organization = await f.organization();
      await refused(() => t.http().patch(`/organizations/${organization.id}`).send({ parentId: nothing }), 422, ['parentId'], [row('organizations', organization.id)]);
    });

    it('refuses an organization parent cycle (422), leaving the rows as they were', async () => {
      const top = await f.committee();
      const middle = await f.organization({ kind: 'subcommittee', parentId: top.id });
      const bottom = await f.organization({ kind: 'subcommittee', parentId: middle.id });
      const probes = [row('organizations', top.id), row('organizations', middle.id), row('organizations', bottom.id)];
      await refused(() => t.http().patch(`/organizations/${top.id}`).send({ parentId: top.id }), 422, ['parentId'], probes);
      await refused(() => t.http().patch(`/organizations/${top.id}`).send({ parentId: bottom.id }), 422, ['parentId'], probes);
      await refused(() => t.http().patch(`/organizations/${middle.id}`).send({ parentId: bottom.id }), 422, ['parentId'], probes);
    });

    it('refuses a malformed UUID in the path (400 naming the parameter)', async () => {
      await refused(() => t.http().get('/people/not-a-uuid'), 400, ['id']);
      await refused(() => t.http().get('/organizations/12345'), 400, ['id']);
      await refused(() => t.http().patch('/people/not-a-uuid').send({ fullName: 'X' }), 400, ['id']);
      await refused(() => t.http().patch('/organizations/not-a-uuid').send({ name: 'X' }), 400, ['id']);
      await refused(() => t.http().get('/letters/not-a-uuid'), 400, ['id']);
      await refused(() => t.http().get('/letters/not-a-uuid/questions'), 400, ['letterId']);
      await refused(() => t.http().post('/letters/not-a-uuid/responses').send({ receivedOn: '2025-06-02', items: [] }), 400, ['letterId']);
    });

    it('answers an unknown id with a 404 naming it', async () => {
      const nothing = randomUUID();
      for (const send of [
        () => t.http().get(`/people/${nothing}`),
        () => t.http().get(`/organizations/${nothing}`),
        () => t.http().patch(`/people/${nothing}`).send({ fullName: 'X' }),
        () => t.http().patch(`/organizations/${nothing}`).send({ name: 'X' }),
        () => t.http().get(`/letters/${nothing}`),
      ]) {
        const body = await refused(send, 404, []);
        expect(body.detail).toContain(nothing);
      }
    });
  });

  describe('letters: malformed requests (400)', () => {
    it('refuses malformed JSON', async () => {
      const body = await refused(() => t.http().post('/letters').set('content-type', 'application/json').send('{"title": "x", "sentOn": '), 400, []);
      expect(body.detail).toMatch(/JSON/);
    });

    it('refuses unknown fields at the top level and nested', async () => {
      const w = await world();
      await refusedCreate(w.letterBody({ priority: 'high' }), 400, ['priority']);
      const nested = w.letterBody();
      nested.signers[0].foo = 'bar';
      await refusedCreate(nested, 400, ['signers[0].foo']);
      const inRecipient = w.letterBody();
      inRecipient.recipients[1].name = 'State';
      await refusedCreate(inRecipient, 400, ['recipients[1].name']);
      const inQuestion = w.letterBody();
      inQuestion.questions[2].status = 'open';
      await refusedCreate(inQuestion, 400, ['questions[2].status']);
    });

    it('refuses a missing title, sentOn, signers or recipients', async () => {
      const w = await world();
      for (const field of ['title', 'sentOn', 'signers', 'recipients']) {
        const body = w.letterBody();
        delete body[field];
        await refusedCreate(body, 400, [field]);
      }
    });

    it('refuses empty signers or recipients', async () => {
      const w = await world();
      await refusedCreate(w.letterBody({ signers: [] }), 400, ['signers']);
      await refusedCreate(w.letterBody({ recipients: [] }), 400, ['recipients']);
    });

    it('refuses a recipient with both ids or neither', async () => {
      const w = await world();
      const both = await refusedCreate(w.letterBody({ recipients: [{ organizationId: w.agency.id }, { personId: w.official.id, organizationId: w.agency.id }] }), 400, []);
      expect(fieldsOf(both).some((field) => field.startsWith('recipients[1]'))).toBe(true);
      const neither = await refusedCreate(w.letterBody({ recipients: [{}] }), 400, []);
      expect(fieldsOf(neither).some((field) => field.startsWith('recipients[0]'))).toBe(true);
    });

    it('refuses a recipient listed twice, naming the second entry', async () => {
      const w = await world();
      await refusedCreate(w.letterBody({ recipients: [{ organizationId: w.agency.id }, { personId: w.official.id }, { organizationId: w.agency.id }] }), 400, ['recipients[2]']);
    });

    it('refuses a signer listed twice, naming the second entry', async () => {
      const w = await world();
      const body = await refusedCreate(
        w.letterBody({ signers: [{ personId: w.lead.id, role: 'lead' }, { personId: w.cosigner.id }, { personId: w.lead.id, role: 'cosigner' }] }),
        400,
        ['signers[2].personId'],
      );
      expect(fieldsOf(body)).not.toContain('signers[0].personId');
    });

    it('refuses a signer listed twice even when the id is written in another case', async () => {
      const w = await world();
      await refusedCreate(
        w.letterBody({ signers: [{ personId: w.lead.id, role: 'lead' }, { personId: w.lead.id.toUpperCase(), role: 'cosigner' }] }),
        400,
        ['signers[1].personId'],
      );
    });

    it('refuses impossible or malformed dates', async () => {
      const w = await world();
      await refusedCreate(w.letterBody({ sentOn: '2025-02-30' }), 400, ['sentOn']);
      await refusedCreate(w.letterBody({ sentOn: '2025-4-17' }), 400, ['sentOn']);
      await refusedCreate(w.letterBody({ sentOn: '17/04/2025' }), 400, ['sentOn']);
      await refusedCreate(w.letterBody({ statedDueOn: '2025-13-01' }), 400, ['statedDueOn']);
      await refusedCreate(w.letterBody({ sentOn: 20250417 }), 400, ['sentOn']);
    });

    it('refuses a role or question kind outside the enum', async () => {
      const w = await world();
      await refusedCreate(w.letterBody({ signers: [{ personId: w.lead.id, role: 'chair' }] }), 400, ['signers[0].role']);
      const body = w.letterBody();
      body.questions[1].kind = 'rhetorical';
      await refusedCreate(body, 400, ['questions[1].kind']);
    });

    it('refuses ids that are not UUIDs in the body', async () => {
      const w = await world();
      await refusedCreate(w.letterBody({ signers: [{ personId: 'meeks', role: 'lead' }] }), 400, ['signers[0].personId']);
      await refusedCreate(w.letterBody({ committeeId: 'HSFA' }), 400, ['committeeId']);
    });
  });

  describe('letters: ids and dates that contradict the record (422)', () => {
    it('refuses a signer, recipient or committee id that names nothing, naming each', async () => {
      const w = await world();
      const nothing = randomUUID();
      await refusedCreate(w.letterBody({ signers: [{ personId: w.lead.id, role: 'lead' }, { personId: nothing }] }), 422, ['signers[1].personId']);
      await refusedCreate(w.letterBody({ recipients: [{ organizationId: w.agency.id }, { personId: nothing }] }), 422, ['recipients[1].personId']);
      await refusedCreate(w.letterBody({ recipients: [{ organizationId: nothing }] }), 422, ['recipients[0].organizationId']);
      await refusedCreate(w.letterBody({ committeeId: nothing }), 422, ['committeeId']);
      const all = await refusedCreate(
        w.letterBody({ signers: [{ personId: randomUUID() }], recipients: [{ organizationId: randomUUID() }], committeeId: randomUUID() }),
        422,
        ['signers[0].personId', 'recipients[0].organizationId', 'committeeId'],
      );
      expect(all.errors).toHaveLength(3);
    });

    it('does not refuse an existing id written in upper case (UUIDs are case-insensitive)', async () => {
      const w = await world();
      const response = await t.http().post('/letters').send(
        w.letterBody({
          committeeId: w.committee.id.toUpperCase(),
          signers: [{ personId: w.lead.id.toUpperCase(), role: 'lead' }],
          recipients: [{ organizationId: w.agency.id.toUpperCase() }],
        }),
      );
      const letter = expectStatus(response, 201);
      expect(letter).toMatchObject({ committeeId: w.committee.id, signers: [{ personId: w.lead.id }], recipients: [{ organizationId: w.agency.id }] });
    });

    it('refuses a committeeId that names an agency', async () => {
      const w = await world();
      await refusedCreate(w.letterBody({ committeeId: w.agency.id }), 422, ['committeeId']);
    });

    it('refuses statedDueOn before sentOn', async () => {
      const w = await world();
      await refusedCreate(w.letterBody({ statedDueOn: '2025-04-16' }), 422, ['statedDueOn']);
    });

    it('refuses a sentOn in the future', async () => {
      const w = await world();
      await refusedCreate(w.letterBody({ sentOn: addDays(todayInNewYork(), 1) }), 422, ['sentOn']);
      await refusedCreate(w.letterBody({ sentOn: '2031-01-01', statedDueOn: '2031-02-01' }), 422, ['sentOn']);
    });

    it('refuses a followUpOfId that names nothing, or a letter sent on or after this one', async () => {
      const w = await world();
      const earlier = await w.createLetter({ sentOn: '2025-03-01' });
      await refusedCreate(w.letterBody({ followUpOfId: randomUUID() }), 422, ['followUpOfId']);
      await refusedCreate(w.letterBody({ sentOn: '2025-03-01', followUpOfId: earlier.id }), 422, ['followUpOfId']);
      await refusedCreate(w.letterBody({ sentOn: '2025-02-15', followUpOfId: earlier.id }), 422, ['followUpOfId']);
    });

    it('refuses a reiteration in a letter that is not a follow-up', async () => {
      const w = await world();
      const earlier = await w.createLetter({ sentOn: '2025-03-01' });
      const body = w.letterBody();
      body.questions[0].reiteratesId = earlier.questions[0].id;
      await refusedCreate(body, 422, ['questions[0].reiteratesId']);
    });

    it('refuses a reiteration of a question not up the follow-up chain, or of no question', async () => {
      const w = await world();
      const original = await w.createLetter({ sentOn: '2025-03-01' });
      const unrelated = await w.createLetter({ sentOn: '2025-03-05' });
      const laterFollowUp = await w.createLetter({ sentOn: '2025-05-01', followUpOfId: original.id, questions: [{ label: '1', text: 'Again?' }] });
      const body = w.letterBody({ sentOn: '2025-04-17', followUpOfId: original.id });
      body.questions[0].reiteratesId = original.questions[0].id; // allowed
      body.questions[1].reiteratesId = unrelated.questions[1].id; // not up the chain
      const problem = await refusedCreate(body, 422, ['questions[1].reiteratesId']);
      expect(fieldsOf(problem)).not.toContain('questions[0].reiteratesId');
      // A sibling follow-up of the same original is not up this letter's chain either.
      const sibling = w.letterBody({ sentOn: '2025-06-01', followUpOfId: original.id });
      sibling.questions[2].reiteratesId = laterFollowUp.questions[0].id;
      await refusedCreate(sibling, 422, ['questions[2].reiteratesId']);
      const none = w.letterBody({ sentOn: '2025-04-17', followUpOfId: original.id });
      none.questions[1].reiteratesId = randomUUID();
      await refusedCreate(none, 422, ['questions[1].reiteratesId']);
    });

    it('refuses the same label twice in one request (409)', async () => {
      const w = await world();
      const body = w.letterBody();
      body.questions.push({ label: '1', text: 'Asked again by mistake' });
      const problem = await refusedCreate(body, 409, ['questions[3].label']);
      expect(fieldsOf(problem)).not.toContain('questions[0].label');
    });

    it('refuses a parentLabel that names no earlier question', async () => {
      const w = await world();
      const missing = w.letterBody();
      missing.questions[2].parentLabel = '7';
      await refusedCreate(missing, 422, ['questions[2].parentLabel']);
      const later = w.letterBody({
        questions: [
          { label: '1(a)', text: 'Sub-part first', parentLabel: '1' },
          { label: '1', text: 'Parent after' },
        ],
      });
      await refusedCreate(later, 422, ['questions[0].parentLabel']);
    });

    it('rolls back the whole create: no letter, signer, recipient or question rows remain', async () => {
      const w = await world();
      const body = w.letterBody();
      body.questions[2].parentLabel = 'nine';
      const counts = await t.tableCounts();
      expectProblem(await t.http().post('/letters').send(body), 422);
      const after = await t.tableCounts();
      for (const table of ['letters', 'letter_signers', 'letter_recipients', 'questions']) expect({ table, n: after[table] }).toEqual({ table, n: counts[table] });
      expect(await lettersTitled(body.title)).toBe(0);
      const signerRows = await t.db.query(`SELECT 1 FROM letter_signers WHERE person_id = ANY($1::uuid[])`, [[w.lead.id, w.cosigner.id]]);
      expect(signerRows.rowCount).toBe(0);
      const recipientRows = await t.db.query(`SELECT 1 FROM letter_recipients WHERE person_id = $1 OR organization_id = $2`, [w.official.id, w.agency.id]);
      expect(recipientRows.rowCount).toBe(0);
    });
  });

  describe('letters: refused updates leave the letter as it was', () => {
    async function letterProbes(id: string): Promise<Probe[]> {
      return [
        row('letters', id),
        [`SELECT person_id, role, position FROM letter_signers WHERE letter_id = $1 ORDER BY position`, [id]],
        [`SELECT person_id, organization_id, position FROM letter_recipients WHERE letter_id = $1 ORDER BY position`, [id]],
      ];
    }

    it('refuses malformed changes (400)', async () => {
      const w = await world();
      const letter = await w.createLetter();
      const probes = await letterProbes(letter.id);
      await refused(() => t.http().patch(`/letters/${letter.id}`).send({ title: null }), 400, ['title'], probes);
      await refused(() => t.http().patch(`/letters/${letter.id}`).send({ sentOn: '2025-02-30' }), 400, ['sentOn'], probes);
      await refused(() => t.http().patch(`/letters/${letter.id}`).send({ signers: [] }), 400, ['signers'], probes);
      await refused(() => t.http().patch(`/letters/${letter.id}`).send({ colour: 'red' }), 400, ['colour'], probes);
      await refused(() => t.http().patch(`/letters/${letter.id}`).send({ signers: [{ personId: w.lead.id }, { personId: w.lead.id }] }), 400, ['signers[1].personId'], probes);
    });

    it('refuses changes that contradict the record (422)', async () => {
      const w = await world();
      const letter = await w.createLetter();
      await f.respond(letter.id, { receivedOn: '2025-05-02', items: [] });
      const probes = await letterProbes(letter.id);
      await refused(() => t.http().patch(`/letters/${letter.id}`).send({ signers: [{ personId: randomUUID(), role: 'lead' }] }), 422, ['signers[0].personId'], probes);
      await refused(() => t.http().patch(`/letters/${letter.id}`).send({ statedDueOn: '2025-04-01' }), 422, ['statedDueOn'], probes);
      await refused(() => t.http().patch(`/letters/${letter.id}`).send({ committeeId: w.agency.id }), 422, ['committeeId'], probes);
      await refused(() => t.http().patch(`/letters/${letter.id}`).send({ sentOn: '2025-05-10' }), 422, ['sentOn'], probes);
      await refused(() => t.http().patch(`/letters/${letter.id}`).send({ followUpOfId: letter.id }), 422, ['followUpOfId'], probes);
    });

    it('refuses taking the follow-up link away from a letter that reiterates questions (422)', async () => {
      const w = await world();
      const original = await w.createLetter({ sentOn: '2025-03-01' });
      const followUp = await w.createLetter({ followUpOfId: original.id, questions: [{ label: '1', text: 'Again', reiteratesId: original.questions[0].id }] });
      const probes = await letterProbes(followUp.id);
      await refused(() => t.http().patch(`/letters/${followUp.id}`).send({ followUpOfId: null }), 422, ['followUpOfId'], probes);
      const unrelated = await w.createLetter({ sentOn: '2025-03-02' });
      await refused(() => t.http().patch(`/letters/${followUp.id}`).send({ followUpOfId: unrelated.id }), 422, ['followUpOfId'], probes);
      // Nor may the original move to on or after its follow-up.
      await refused(() => t.http().patch(`/letters/${original.id}`).send({ sentOn: '2025-04-17' }), 422, ['sentOn'], await letterProbes(original.id));
    });

    it('answers a change to an unknown letter with a 404', async () => {
      const nothing = randomUUID();
      const body = await refused(() => t.http().patch(`/letters/${nothing}`).send({ title: 'New title' }), 404, []);
      expect(body.detail).toContain(nothing);
    });
  });

  describe('questions', () => {
    async function letterWithQuestions() {
      const w = await world();
      const letter = await w.createLetter();
      const questionProbe: Probe = [`SELECT id, position, label, text, kind, parent_id, withdrawn_on, version FROM questions WHERE letter_id = $1 ORDER BY position`, [letter.id]];
      return { w, letter, questions: letter.questions as Json[], questionProbe };
    }

    it('refuses adding a question with a label the letter already has (409 naming label)', async () => {
      const { letter, questionProbe } = await letterWithQuestions();
      await refused(() => t.http().post(`/letters/${letter.id}/questions`).send({ label: '2', text: 'A second 2', position: 1 }), 409, ['label'], [questionProbe]);
    });

    it('refuses relabelling a question with a label another has (409), leaving it as it was', async () => {
      const { letter, questions, questionProbe } = await letterWithQuestions();
      await refused(() => t.http().patch(`/letters/${letter.id}/questions/${questions[0].id}`).send({ label: '2(a)' }), 409, ['label'], [questionProbe]);
    });

    it('refuses a withdrawal before the letter was sent or in the future (422)', async () => {
      const { letter, questions, questionProbe } = await letterWithQuestions();
      const path = `/letters/${letter.id}/questions/${questions[1].id}`;
      await refused(() => t.http().patch(path).send({ withdrawnOn: '2025-04-16' }), 422, ['withdrawnOn'], [questionProbe]);
      await refused(() => t.http().patch(path).send({ withdrawnOn: addDays(todayInNewYork(), 1) }), 422, ['withdrawnOn'], [questionProbe]);
      await refused(() => t.http().patch(path).send({ withdrawnOn: '2025-02-30' }), 400, ['withdrawnOn'], [questionProbe]);
    });

    it('refuses a parentId that is a question of another letter on update (422)', async () => {
      const { letter, questions, questionProbe, w } = await letterWithQuestions();
      const other = await w.createLetter();
      await refused(
        () => t.http().patch(`/letters/${letter.id}/questions/${questions[0].id}`).send({ parentId: other.questions[0].id }),
        422,
        ['parentId'],
        [questionProbe],
      );
    });

    it('refuses a parentId that is a question of another letter on add (422 naming parentId)', async () => {
      const { letter, questionProbe, w } = await letterWithQuestions();
      const other = await w.createLetter();
      await refused(
        () => t.http().post(`/letters/${letter.id}/questions`).send({ label: '9', text: 'A sub-part', parentId: other.questions[0].id }),
        422,
        ['parentId'],
        [questionProbe],
      );
    });

    it('refuses making a question a sub-part of itself or of its own sub-part (422)', async () => {
      const { letter, questions, questionProbe } = await letterWithQuestions();
      const parent = questions[1];
      const child = questions[2];
      await refused(() => t.http().patch(`/letters/${letter.id}/questions/${parent.id}`).send({ parentId: parent.id }), 422, ['parentId'], [questionProbe]);
      await refused(() => t.http().patch(`/letters/${letter.id}/questions/${parent.id}`).send({ parentId: child.id }), 422, ['parentId'], [questionProbe]);
    });

    it('refuses a reiteration on a question of a letter that is not a follow-up (422)', async () => {
      const { letter, questionProbe, w } = await letterWithQuestions();
      const earlier = await w.createLetter({ sentOn: '2025-01-10' });
      await refused(
        () => t.http().post(`/letters/${letter.id}/questions`).send({ label: '9', text: 'Again', reiteratesId: earlier.questions[0].id }),
        422,
        ['reiteratesId'],
        [questionProbe],
      );
    });

    it('refuses deleting a question a response refers to (409), keeping it', async () => {
      const { letter, questions, questionProbe } = await letterWithQuestions();
      await f.respond(letter.id, { receivedOn: '2025-05-01', items: [{ questionId: questions[0].id, disposition: 'acknowledged' }] });
      const body = await refused(() => t.http().delete(`/letters/${letter.id}/questions/${questions[0].id}`), 409, [], [questionProbe]);
      expect(body.detail).toMatch(/response/);
    });

    it('refuses deleting a question a later letter reiterates (409)', async () => {
      const { letter, questions, questionProbe, w } = await letterWithQuestions();
      await w.createLetter({ sentOn: '2025-06-01', followUpOfId: letter.id, questions: [{ label: '1', text: 'Again', reiteratesId: questions[0].id }] });
      await refused(() => t.http().delete(`/letters/${letter.id}/questions/${questions[0].id}`), 409, [], [questionProbe]);
    });

    it('refuses deleting a question that has sub-parts (409)', async () => {
      const { letter, questions, questionProbe } = await letterWithQuestions();
      await refused(() => t.http().delete(`/letters/${letter.id}/questions/${questions[1].id}`), 409, [], [questionProbe]);
    });

    it('refuses a reorder that leaves a question out or names an unknown one (422)', async () => {
      const { letter, questions, questionProbe } = await letterWithQuestions();
      const ids = questions.map((q) => q.id);
      const path = `/letters/${letter.id}/questions/order`;
      await refused(() => t.http().put(path).send({ questionIds: [ids[2], ids[0]] }), 422, ['questionIds'], [questionProbe]);
      const nothing = randomUUID();
      await refused(() => t.http().put(path).send({ questionIds: [ids[2], nothing, ids[1], ids[0]] }), 422, ['questionIds[1]'], [questionProbe]);
      await refused(() => t.http().put(path).send({ questionIds: [ids[2], ids[1], ids[0], ids[2]] }), 422, ['questionIds'], [questionProbe]);
      await refused(() => t.http().put(path).send({ questionIds: [ids[2], 'first', ids[0]] }), 400, ['questionIds'], [questionProbe]);
    });

    it('answers question writes on an unknown or archived letter, or an unknown question, with a 404', async () => {
      const { letter, questions, w } = await letterWithQuestions();
      const nothing = randomUUID();
      await refused(() => t.http().post(`/letters/${nothing}/questions`).send({ text: 'Orphan' }), 404, []);
      await refused(() => t.http().patch(`/letters/${letter.id}/questions/${nothing}`).send({ text: 'Changed' }), 404, []);
      const archived = await w.createLetter();
      expect((await t.http().delete(`/letters/${archived.id}`)).status).toBe(204);
      await refused(() => t.http().post(`/letters/${archived.id}/questions`).send({ text: 'Late addition' }), 404, []);
      // A question of another letter is not found under this one.
      const other = await w.createLetter();
      await refused(() => t.http().patch(`/letters/${other.id}/questions/${questions[0].id}`).send({ text: 'Changed' }), 404, []);
    });
  });

  describe('responses', () => {
    async function sentLetter(sentOn = '2025-04-17') {
      const w = await world();
      const letter = await w.createLetter({ sentOn });
      return { w, letter, questions: letter.questions as Json[] };
    }
    const post = (letterId: string, body: Json) => () => t.http().post(`/letters/${letterId}/responses`).send(body);

    it("refuses an item for another letter's question (422 naming the item)", async () => {
      const { w, letter, questions } = await sentLetter();
      const other = await w.createLetter();
      const problem = await refused(
        post(letter.id, {
          receivedOn: '2025-06-02',
          items: [
            { questionId: questions[0].id, disposition: 'answered' },
            { questionId: other.questions[0].id, disposition: 'answered' },
          ],
        }),
        422,
        ['items[1].questionId'],
      );
      expect(fieldsOf(problem)).not.toContain('items[0].questionId');
    });

    it('refuses an item for a question that does not exist (422 naming the item)', async () => {
      const { letter } = await sentLetter();
      await refused(post(letter.id, { receivedOn: '2025-06-02', items: [{ questionId: randomUUID(), disposition: 'answered' }] }), 422, ['items[0].questionId']);
    });

    it('refuses two items for one question (422 naming the second)', async () => {
      const { letter, questions } = await sentLetter();
      const problem = await refused(
        post(letter.id, {
          receivedOn: '2025-06-02',
          items: [
            { questionId: questions[0].id, disposition: 'partially_answered' },
            { questionId: questions[1].id, disposition: 'answered' },
            { questionId: questions[0].id, disposition: 'answered' },
          ],
        }),
        422,
        ['items[2].questionId'],
      );
      expect(fieldsOf(problem)).not.toContain('items[0].questionId');
    });

    it('refuses a receivedOn before the letter was sent, or in the future (422)', async () => {
      const { letter, questions } = await sentLetter();
      await refused(post(letter.id, { receivedOn: '2025-04-16', items: [{ questionId: questions[0].id, disposition: 'answered' }] }), 422, ['receivedOn']);
      await refused(post(letter.id, { receivedOn: addDays(todayInNewYork(), 1), items: [] }), 422, ['receivedOn']);
    });

    it('refuses a respondent that names nothing (422 naming it)', async () => {
      const { letter } = await sentLetter();
      await refused(post(letter.id, { receivedOn: '2025-06-02', respondent: { organizationId: randomUUID() }, items: [] }), 422, ['respondent.organizationId']);
      await refused(post(letter.id, { receivedOn: '2025-06-02', respondent: { personId: randomUUID() }, items: [] }), 422, ['respondent.personId']);
    });

    it('refuses malformed responses (400)', async () => {
      const { letter, questions } = await sentLetter();
      await refused(post(letter.id, { receivedOn: '2025-06-02', items: [{ questionId: questions[0].id, disposition: 'stonewalled' }] }), 400, ['items[0].disposition']);
      await refused(post(letter.id, { receivedOn: '2025-02-30', items: [] }), 400, ['receivedOn']);
      await refused(post(letter.id, { items: [] }), 400, ['receivedOn']);
      await refused(post(letter.id, { receivedOn: '2025-06-02', items: [{ questionId: questions[0].id, disposition: 'answered', grade: 'A' }] }), 400, ['items[0].grade']);
      await refused(post(letter.id, { receivedOn: '2025-06-02', items: [{ questionId: 'q1', disposition: 'answered' }] }), 400, ['items[0].questionId']);
    });

    it('refuses an item for a question superseded on receivedOn (422 naming the question that carries it)', async () => {
      const { w, letter, questions } = await sentLetter('2025-04-17');
      const followUp = await w.createLetter({
        sentOn: '2025-10-09',
        followUpOfId: letter.id,
        questions: [
          { label: '1', text: 'We ask again for the legal authority.', reiteratesId: questions[0].id },
          { label: '2', text: 'How many were sent?' },
        ],
      });
      const carrier = followUp.questions[0];
      const problem = await refused(
        post(letter.id, { receivedOn: '2025-10-20', items: [{ questionId: questions[0].id, disposition: 'answered' }] }),
        422,
        ['items[0].questionId'],
      );
      const item = problem.errors!.find((e) => e.field === 'items[0].questionId')!;
      expect(item.message).toContain(carrier.id);
      // Before the follow-up was sent, the same answer is accepted against the original.
      expectStatus(await post(letter.id, { receivedOn: '2025-10-08', items: [{ questionId: questions[0].id, disposition: 'acknowledged' }] })(), 201);
    });

    it('answers a response to an unknown or archived letter with a 404', async () => {
      const { w } = await sentLetter();
      const nothing = randomUUID();
      const unknown = await refused(post(nothing, { receivedOn: '2025-06-02', items: [] }), 404, []);
      expect(unknown.detail).toContain(nothing);
      const archived = await w.createLetter();
      expect((await t.http().delete(`/letters/${archived.id}`)).status).toBe(204);
      await refused(post(archived.id, { receivedOn: '2025-06-02', items: [{ questionId: archived.questions[0].id, disposition: 'answered' }] }), 404, []);
      await refused(() => t.http().get(`/letters/${archived.id}/responses`), 404, []);
    });
  });

  describe('extensions', () => {
    it('refuses an extension granted before the letter was sent, in the future, or with an impossible date', async () => {
      const w = await world();
      const letter = await w.createLetter();
      const path = `/letters/${letter.id}/extensions`;
      await refused(() => t.http().post(path).send({ newDueOn: '2025-07-15', grantedOn: '2025-04-01' }), 422, ['grantedOn']);
      await refused(() => t.http().post(path).send({ newDueOn: '2025-07-15', grantedOn: addDays(todayInNewYork(), 1) }), 422, ['grantedOn']);
      await refused(() => t.http().post(path).send({ newDueOn: '2025-02-30', grantedOn: '2025-06-01' }), 400, ['newDueOn']);
      await refused(() => t.http().post(`/letters/${randomUUID()}/extensions`).send({ newDueOn: '2025-07-15', grantedOn: '2025-06-01' }), 404, []);
    });
  });

  describe('query parameters', () => {
    it('refuses a limit outside 1 to 100 or not a number (400 naming limit)', async () => {
      for (const limit of ['0', '101', 'abc', '-1', '2.5', '10abc']) {
        await refused(() => t.http().get(`/letters?limit=${limit}`), 400, ['limit']);
      }
      await refused(() => t.http().get('/people?limit=0'), 400, ['limit']);
      await refused(() => t.http().get('/organizations?limit=101'), 400, ['limit']);
    });

    it('refuses an impossible asOf (400 naming asOf)', async () => {
      const w = await world();
      const letter = await w.createLetter();
      await refused(() => t.http().get('/letters?asOf=2025-02-30'), 400, ['asOf']);
      await refused(() => t.http().get(`/letters/${letter.id}?asOf=2025-02-30`), 400, ['asOf']);
      await refused(() => t.http().get(`/letters/${letter.id}/questions?asOf=yesterday`), 400, ['asOf']);
      await refused(() => t.http().get(`/letters/${letter.id}?includeArchived=maybe`), 400, ['includeArchived']);
      await refused(() => t.http().get('/stats/open-questions?groupBy=tag&asOf=2025-02-30'), 400, ['asOf']);
    });

    it('refuses an unknown sort, status or timeliness (400 naming the parameter)', async () => {
      await refused(() => t.http().get('/letters?sort=bogus'), 400, ['sort']);
      await refused(() => t.http().get('/letters?status=bogus'), 400, ['status']);
      await refused(() => t.http().get('/letters?timeliness=late'), 400, ['timeliness']);
      await refused(() => t.http().get('/letters?sentFrom=2025-02-30'), 400, ['sentFrom']);
      await refused(() => t.http().get('/letters?signerId=meeks'), 400, ['signerId']);
      await refused(() => t.http().get('/letters?bioguideId=M1137'), 400, ['bioguideId']);
    });

    it('refuses an unknown query parameter (400 naming it)', async () => {
      await refused(() => t.http().get('/letters?colour=red'), 400, ['colour']);
    });

    it('refuses a cursor this service did not issue (400 naming cursor)', async () => {
      await refused(() => t.http().get('/letters?cursor=not-a-cursor!!'), 400, ['cursor']);
      const wrongArity = Buffer.from(JSON.stringify(['2025-01-01'])).toString('base64url');
      await refused(() => t.http().get(`/letters?cursor=${wrongArity}`), 400, ['cursor']);
      await refused(() => t.http().get('/people?cursor=%7B%7D'), 400, ['cursor']);
    });

    it('refuses a forged cursor whose values are not a date and an id (400 naming cursor, never a 500)', async () => {
      const forged = Buffer.from(JSON.stringify(['not-a-date', 'not-an-id'])).toString('base64url');
      await refused(() => t.http().get(`/letters?cursor=${forged}`), 400, ['cursor']);
      await refused(() => t.http().get(`/letters?sort=open&cursor=${forged}`), 400, ['cursor']);
    });

    it('refuses a forged cursor of nulls rather than answering an empty page (400 naming cursor)', async () => {
      const nulls = Buffer.from(JSON.stringify([null, null])).toString('base64url');
      await refused(() => t.http().get(`/letters?cursor=${nulls}`), 400, ['cursor']);
    });

    it('refuses /stats/open-questions without groupBy or with an unknown one (400 naming groupBy)', async () => {
      await refused(() => t.http().get('/stats/open-questions'), 400, ['groupBy']);
      await refused(() => t.http().get('/stats/open-questions?groupBy=agency'), 400, ['groupBy']);
      await refused(() => t.http().get('/stats/open-questions?groupBy=recipientorganization'), 400, ['groupBy']);
    });
  });
});
