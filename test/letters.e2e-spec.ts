import { startTestApp, type TestApp } from './support/test-app.js';
import { expectProblem } from './support/problem.js';
import { daysBetween, expectStatus, factories, todayInNewYork, unique, type Json } from './support/factories.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const zeroCounts = {
  total: 0, open: 0, unanswered: 0, answered: 0, partiallyAnswered: 0, acknowledged: 0,
  nonResponsive: 0, declined: 0, referred: 0, withdrawn: 0, superseded: 0,
};
const counts = (over: Partial<typeof zeroCounts>) => ({ ...zeroCounts, ...over });

/** The happy paths of a staffer logging letters and a watchdog reading the counts. */
describe('letters: what staffers and watchdogs do', () => {
  let t: TestApp;
  let f: ReturnType<typeof factories>;

  beforeAll(async () => {
    t = await startTestApp();
    f = factories(t);
  });
  afterAll(async () => t.close());

  const get = (path: string) => f.get(path);
  const patch = async (path: string, body: Json, status = 200) => expectStatus(await t.http().patch(path).send(body), status);
  /** Ids of the letters a listing answers, in order. */
  const listed = async (query: string) => ((await get(`/letters?${query}`)).data as Json[]).map((l) => l.id);
  const statusesOf = (letter: Json) => (letter.questions as Json[]).map((q) => q.status);

  async function world() {
    const agency = await f.organization({ name: `Department of State ${unique()}` });
    const committee = await f.committee({ name: `House Committee on Foreign Affairs ${unique()}` });
    const lead = await f.member({ fullName: `Gregory W. Meeks ${unique()}` });
    const cosigner = await f.member({ fullName: `Joaquin Castro ${unique()}` });
    const official = await f.official(agency.id, { fullName: `Marco Rubio ${unique()}`, title: 'Secretary of State' });
    const letterBody = (over: Json = {}): Json => ({
      title: `Legal basis and funding of the El Salvador detention agreement ${unique()}`,
      summary: 'Asks for the legal authorities and the funding of removals to CECOT.',
      sourceUrl: 'https://example.org/letters/cecot',
      sentOn: '2025-04-17',
      statedDueOn: null,
      committeeId: committee.id,
      signers: [
        { personId: lead.id, role: 'lead' },
        { personId: cosigner.id, role: 'cosigner' },
      ],
      recipients: [{ personId: official.id }, { organizationId: agency.id }],
      tags: ['el-salvador'],
      followUpOfId: null,
      questions: [
        { label: '1', text: 'Provide the legal authorities for the agreement.', kind: 'document_request' },
        { label: '2', text: 'Which foreign-assistance accounts paid for the removals?', kind: 'question', reiteratesId: null },
        { label: '2(a)', text: 'In what amounts, and to whom?', kind: 'question', parentLabel: '2' },
      ],
      ...over,
    });
    const createLetter = async (over: Json = {}) => expectStatus(await t.http().post('/letters').send(letterBody(over)), 201);
    return { agency, committee, lead, cosigner, official, letterBody, createLetter };
  }

  describe('creating and reading a letter', () => {
    it('creates a letter with its questions and sub-parts in one request, answering it as GET shows it', async () => {
      const w = await world();
      const body = w.letterBody();
      const today = todayInNewYork();
      const response = await t.http().post('/letters').send(body);
      const created = expectStatus(response, 201);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(created).toMatchObject({
        id: expect.stringMatching(UUID),
        title: body.title,
        summary: body.summary,
        sourceUrl: body.sourceUrl,
        sentOn: '2025-04-17',
        statedDueOn: null,
        dueOn: '2025-05-17',
        dueOnSource: 'policy',
        dueOnExplanation: '30 calendar days after 2025-04-17',
        status: 'awaiting_response',
        resolution: null,
        timeliness: 'long_overdue',
        daysOverdue: daysBetween(today, '2025-05-17'),
        daysOutstanding: daysBetween(today, '2025-04-17'),
        asOf: today,
        counts: counts({ total: 3, open: 3, unanswered: 3 }),
        committeeId: w.committee.id,
        followUpOfId: null,
        signers: [
          { personId: w.lead.id, role: 'lead', fullName: w.lead.fullName, bioguideId: w.lead.bioguideId },
          { personId: w.cosigner.id, role: 'cosigner', fullName: w.cosigner.fullName, bioguideId: w.cosigner.bioguideId },
        ],
        recipients: [
          { personId: w.official.id, organizationId: null, name: w.official.fullName },
          { personId: null, organizationId: w.agency.id, name: w.agency.name },
        ],
        tags: ['el-salvador'],
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        version: 1,
      });
      const [q1, q2, q2a] = created.questions as Json[];
      expect(created.questions).toEqual([
        expect.objectContaining({ id: expect.stringMatching(UUID), position: 1, label: '1', text: body.questions[0].text, kind: 'document_request', status: 'open', parentId: null, reiteratesId: null, withdrawnOn: null }),
        expect.objectContaining({ id: expect.stringMatching(UUID), position: 2, label: '2', kind: 'question', status: 'open', parentId: null, reiteratesId: null, withdrawnOn: null }),
        expect.objectContaining({ id: expect.stringMatching(UUID), position: 3, label: '2(a)', kind: 'question', status: 'open', parentId: q2.id, reiteratesId: null, withdrawnOn: null }),
      ]);
      expect(new Set([q1.id, q2.id, q2a.id]).size).toBe(3);
      expect(await get(`/letters/${created.id}`)).toEqual(created);
    });

    it('computes everything as of a date, as the spec example has it', async () => {
      const w = await world();
      const letter = await w.createLetter();
      expect(await get(`/letters/${letter.id}?asOf=2025-05-29`)).toMatchObject({
        asOf: '2025-05-29', dueOn: '2025-05-17', dueOnSource: 'policy', status: 'awaiting_response', resolution: null,
        timeliness: 'overdue', daysOverdue: 12, daysOutstanding: 42, counts: counts({ total: 3, open: 3, unanswered: 3 }),
      });
      expect(await get(`/letters/${letter.id}?asOf=2025-04-17`)).toMatchObject({ status: 'awaiting_response', timeliness: 'on_time', daysOverdue: null, daysOutstanding: 0 });
      expect(await get(`/letters/${letter.id}?asOf=2025-05-17`)).toMatchObject({ timeliness: 'on_time', daysOverdue: null, daysOutstanding: 30 });
      expect(await get(`/letters/${letter.id}?asOf=2025-05-18`)).toMatchObject({ timeliness: 'overdue', daysOverdue: 1, daysOutstanding: 31 });
      expect(await get(`/letters/${letter.id}?asOf=2025-06-16`)).toMatchObject({ timeliness: 'overdue', daysOverdue: 30 });
      expect(await get(`/letters/${letter.id}?asOf=2025-06-17`)).toMatchObject({ timeliness: 'long_overdue', daysOverdue: 31 });
    });

    it('shows a letter as of a date before it was sent as not yet sent, with zero counts and null question statuses', async () => {
      const w = await world();
      const letter = await w.createLetter();
      const before = await get(`/letters/${letter.id}?asOf=2025-04-16`);
      expect(before).toMatchObject({
        id: letter.id, asOf: '2025-04-16', status: 'not_yet_sent', resolution: null, timeliness: null,
        daysOverdue: null, daysOutstanding: null, counts: zeroCounts,
      });
      expect(statusesOf(before)).toEqual([null, null, null]);
      expect((before.questions as Json[]).map((q) => q.label)).toEqual(['1', '2', '2(a)']);
    });

    it('takes the due date the letter states', async () => {
      const w = await world();
      const letter = await w.createLetter({ statedDueOn: '2025-05-01' });
      expect(letter).toMatchObject({ statedDueOn: '2025-05-01', dueOn: '2025-05-01', dueOnSource: 'stated' });
      expect(letter.dueOnExplanation).toContain('2025-05-01');
      expect(await get(`/letters/${letter.id}?asOf=2025-05-02`)).toMatchObject({ timeliness: 'overdue', daysOverdue: 1 });
    });

    it('logs a letter without questions: pending until a response arrives', async () => {
      const w = await world();
      const letter = await w.createLetter({ questions: [] });
      expect(letter).toMatchObject({ counts: zeroCounts, questions: [] });
      expect(await get(`/letters/${letter.id}?asOf=2025-05-01`)).toMatchObject({ status: 'awaiting_response', timeliness: 'on_time' });
      await f.respond(letter.id, { receivedOn: '2025-05-05', summary: 'A reply' });
      expect(await get(`/letters/${letter.id}?asOf=2025-05-05`)).toMatchObject({ status: 'closed', resolution: null, timeliness: null, daysOutstanding: null });
    });
  });

  describe('changing a letter', () => {
    it('updates the given fields and leaves the rest', async () => {
      const w = await world();
      const letter = await w.createLetter();
      const changed = await patch(`/letters/${letter.id}`, {
        title: 'Funding of removals to CECOT',
        summary: 'Revised summary',
        statedDueOn: '2025-06-30',
        tags: ['Detention', ' el-salvador '],
      });
      expect(changed).toMatchObject({
        id: letter.id, title: 'Funding of removals to CECOT', summary: 'Revised summary', sourceUrl: letter.sourceUrl,
        sentOn: '2025-04-17', statedDueOn: '2025-06-30', dueOn: '2025-06-30', dueOnSource: 'stated',
        committeeId: w.committee.id, signers: letter.signers, recipients: letter.recipients, version: 2,
      });
      expect([...changed.tags].sort()).toEqual(['detention', 'el-salvador']);
      expect((changed.questions as Json[]).map((q) => q.id)).toEqual((letter.questions as Json[]).map((q) => q.id));
      expect(await get(`/letters/${letter.id}`)).toEqual(changed);
      const cleared = await patch(`/letters/${letter.id}`, { statedDueOn: null, summary: null });
      expect(cleared).toMatchObject({ title: 'Funding of removals to CECOT', summary: null, statedDueOn: null, dueOn: '2025-05-17', dueOnSource: 'policy', version: 3 });
    });

    it('moving sentOn moves the policy due date', async () => {
      const w = await world();
      const letter = await w.createLetter();
      expect(await patch(`/letters/${letter.id}`, { sentOn: '2025-04-10' })).toMatchObject({ sentOn: '2025-04-10', dueOn: '2025-05-10', dueOnSource: 'policy' });
    });

    it('replaces the signers and recipients whole', async () => {
      const w = await world();
      const letter = await w.createLetter();
      const raskin = await f.member({ fullName: `Jamie Raskin ${unique()}` });
      const changed = await patch(`/letters/${letter.id}`, {
        signers: [
          { personId: raskin.id, role: 'lead' },
          { personId: w.lead.id, role: 'cosigner' },
        ],
      });
      expect(changed.signers).toEqual([
        { personId: raskin.id, role: 'lead', fullName: raskin.fullName, bioguideId: raskin.bioguideId },
        { personId: w.lead.id, role: 'cosigner', fullName: w.lead.fullName, bioguideId: w.lead.bioguideId },
      ]);
      expect(changed.recipients).toEqual(letter.recipients);
      expect(await listed(`signerId=${w.cosigner.id}`)).toEqual([]);
      expect(await listed(`signerId=${raskin.id}`)).toEqual([letter.id]);
      const readdressed = await patch(`/letters/${letter.id}`, { recipients: [{ organizationId: w.agency.id }] });
      expect(readdressed.recipients).toEqual([{ personId: null, organizationId: w.agency.id, name: w.agency.name }]);
      expect(await listed(`recipientPersonId=${w.official.id}`)).toEqual([]);
    });
  });

  describe('archiving', () => {
    it('archives a letter out of reads, lists and stats, and restores it', async () => {
      const w = await world();
      const letter = await w.createLetter();
      const signerRow = async () =>
        ((await get('/stats/open-questions?groupBy=signer')).data as Json[]).find((r) => r.key === w.lead.id);
      expect(await signerRow()).toMatchObject({ letters: 1, questions: 3, open: 3 });

      expect((await t.http().delete(`/letters/${letter.id}`)).status).toBe(204);
      expectProblem(await t.http().get(`/letters/${letter.id}`), 404);
      const archived = await get(`/letters/${letter.id}?includeArchived=true`);
      expect(archived).toMatchObject({ id: letter.id, archived: true, title: letter.title });
      expect(await listed(`signerId=${w.lead.id}`)).toEqual([]);
      expect(await listed(`committeeId=${w.committee.id}`)).toEqual([]);
      expect(await signerRow()).toBeUndefined();
      expectProblem(await t.http().delete(`/letters/${letter.id}`), 404);
      // Nothing is erased.
      const rows = await t.db.query(`SELECT count(*)::int AS n FROM questions WHERE letter_id = $1`, [letter.id]);
      expect(rows.rows[0].n).toBe(3);

      const restored = expectStatus(await t.http().post(`/letters/${letter.id}/restore`), 200);
      expect(restored).toMatchObject({ id: letter.id, archived: false, counts: counts({ total: 3, open: 3, unanswered: 3 }) });
      expect(await get(`/letters/${letter.id}`)).toMatchObject({ id: letter.id, archived: false });
      expect(await listed(`signerId=${w.lead.id}`)).toEqual([letter.id]);
      expect(await signerRow()).toMatchObject({ letters: 1, questions: 3, open: 3 });
    });
  });

  describe('questions', () => {
    it('adds at a position, edits, reorders, withdraws and deletes questions', async () => {
      const w = await world();
      const letter = await w.createLetter({
        questions: [
          { label: '1', text: 'First ask' },
          { label: '2', text: 'Second ask' },
        ],
      });
      const base = `/letters/${letter.id}/questions`;
      const [q1, q2] = letter.questions as Json[];

      const inserted = expectStatus(await t.http().post(base).send({ label: '1A', text: 'Inserted ask', kind: 'briefing_request', position: 2 }), 201);
      expect(inserted).toMatchObject({ id: expect.stringMatching(UUID), letterId: letter.id, position: 2, label: '1A', kind: 'briefing_request', status: 'open', parentId: null, reiteratesId: null, withdrawnOn: null });
      const last = expectStatus(await t.http().post(base).send({ label: '3', text: 'Last ask' }), 201);
      expect(last).toMatchObject({ position: 4, kind: 'question', status: 'open' });
      const part = expectStatus(await t.http().post(base).send({ label: '3(a)', text: 'Sub-part', parentId: last.id }), 201);
      expect(part).toMatchObject({ position: 5, parentId: last.id });

      const listing = async () => ((await get(base)).data as Json[]).map((q) => [q.position, q.label]);
      expect(await listing()).toEqual([[1, '1'], [2, '1A'], [3, '2'], [4, '3'], [5, '3(a)']]);

      const edited = await patch(`${base}/${q2.id}`, { text: 'Second ask, revised', label: 'II', kind: 'document_request' });
      expect(edited).toMatchObject({ id: q2.id, position: 3, label: 'II', text: 'Second ask, revised', kind: 'document_request', version: 2 });

      const order = [part.id, last.id, q2.id, inserted.id, q1.id];
      const reordered = expectStatus(await t.http().put(`${base}/order`).send({ questionIds: order }), 200);
      expect((reordered.data as Json[]).map((q) => [q.id, q.position])).toEqual(order.map((id, i) => [id, i + 1]));
      expect(((await get(`/letters/${letter.id}`)).questions as Json[]).map((q) => q.id)).toEqual(order);

      const withdrawn = await patch(`${base}/${q1.id}`, { withdrawnOn: '2025-07-01' });
      expect(withdrawn).toMatchObject({ id: q1.id, withdrawnOn: '2025-07-01', status: 'withdrawn' });
      const dayBefore = await get(`/letters/${letter.id}?asOf=2025-06-30`);
      expect(dayBefore.questions.find((q: Json) => q.id === q1.id).status).toBe('open');
      expect(dayBefore.counts).toEqual(counts({ total: 5, open: 5, unanswered: 5 }));
      const dayOf = await get(`/letters/${letter.id}?asOf=2025-07-01`);
      expect(dayOf.questions.find((q: Json) => q.id === q1.id).status).toBe('withdrawn');
      expect(dayOf.counts).toEqual(counts({ total: 5, open: 4, unanswered: 4, withdrawn: 1 }));
      expect(await patch(`${base}/${q1.id}`, { withdrawnOn: null })).toMatchObject({ withdrawnOn: null, status: 'open' });

      expect((await t.http().delete(`${base}/${inserted.id}`)).status).toBe(204);
      const after = (await get(base)).data as Json[];
      expect(after.map((q) => [q.id, q.position])).toEqual([part.id, last.id, q2.id, q1.id].map((id, i) => [id, i + 1]));
      expect((await get(`/letters/${letter.id}`)).counts.total).toBe(4);
      expectProblem(await t.http().patch(`${base}/${inserted.id}`).send({ text: 'gone' }), 404);
    });

    it('closes a letter whose questions are all withdrawn, with resolution withdrawn', async () => {
      const w = await world();
      const letter = await w.createLetter({ questions: [{ label: '1', text: 'Only ask' }] });
      await patch(`/letters/${letter.id}/questions/${letter.questions[0].id}`, { withdrawnOn: '2025-05-01' });
      expect(await get(`/letters/${letter.id}?asOf=2025-05-01`)).toMatchObject({ status: 'closed', resolution: 'withdrawn', timeliness: null, counts: counts({ total: 1, withdrawn: 1 }) });
      expect(await get(`/letters/${letter.id}?asOf=2025-04-30`)).toMatchObject({ status: 'awaiting_response', resolution: null });
    });
  });

  describe('responses', () => {
    it('logs responses, lists them, and moves the statuses and counts as of each date', async () => {
      const w = await world();
      const letter = await w.createLetter();
      const [q1, q2, q3] = (letter.questions as Json[]).map((q) => q.id);
      const path = `/letters/${letter.id}/responses`;

      const first = expectStatus(
        await t.http().post(path).send({
          receivedOn: '2025-05-10',
          respondent: { organizationId: w.agency.id },
          summary: 'Interim reply',
          sourceUrl: 'https://example.org/replies/1',
          items: [
            { questionId: q1, disposition: 'acknowledged', note: 'Will follow' },
            { questionId: q2, disposition: 'partially_answered', note: 'Some accounts named' },
          ],
        }),
        201,
      );
      expect(first).toMatchObject({
        id: expect.stringMatching(UUID), letterId: letter.id, receivedOn: '2025-05-10',
        respondent: { personId: null, organizationId: w.agency.id }, summary: 'Interim reply', sourceUrl: 'https://example.org/replies/1',
        items: [
          { id: expect.stringMatching(UUID), questionId: q1, disposition: 'acknowledged', note: 'Will follow' },
          { id: expect.stringMatching(UUID), questionId: q2, disposition: 'partially_answered', note: 'Some accounts named' },
        ],
      });

      expect(await get(`/letters/${letter.id}?asOf=2025-05-09`)).toMatchObject({ status: 'awaiting_response', counts: counts({ total: 3, open: 3, unanswered: 3 }) });
      const interim = await get(`/letters/${letter.id}?asOf=2025-05-10`);
      expect(interim).toMatchObject({ status: 'partially_answered', resolution: null, timeliness: 'on_time', counts: counts({ total: 3, open: 3, unanswered: 3, acknowledged: 1, partiallyAnswered: 1 }) });
      expect(statusesOf(interim)).toEqual(['acknowledged', 'partially_answered', 'open']);

      await f.respond(letter.id, {
        receivedOn: '2025-06-02',
        respondent: { personId: w.official.id },
        items: [
          { questionId: q1, disposition: 'answered' },
          { questionId: q2, disposition: 'declined', note: 'Deliberative process privilege' },
          { questionId: q3, disposition: 'referred', note: 'Referred to DHS' },
        ],
      });
      const closed = await get(`/letters/${letter.id}?asOf=2025-06-02`);
      expect(closed).toMatchObject({
        status: 'closed', resolution: 'mixed', timeliness: null, daysOverdue: null, daysOutstanding: null,
        counts: counts({ total: 3, open: 0, unanswered: 1, answered: 1, declined: 1, referred: 1 }),
      });

      // Same day, logged later: it wins.
      await f.respond(letter.id, { receivedOn: '2025-06-02', items: [{ questionId: q2, disposition: 'answered' }] });
      expect(await get(`/letters/${letter.id}?asOf=2025-06-02`)).toMatchObject({ status: 'closed', resolution: 'answered', counts: counts({ total: 3, answered: 2, referred: 1 }) });

      // Logged last but received earlier: it does not override later answers.
      await f.respond(letter.id, { receivedOn: '2025-05-20', items: [{ questionId: q1, disposition: 'non_responsive' }] });
      expect(statusesOf(await get(`/letters/${letter.id}?asOf=2025-06-02`))).toEqual(['answered', 'answered', 'referred']);
      const midway = await get(`/letters/${letter.id}?asOf=2025-05-25`);
      expect(statusesOf(midway)).toEqual(['non_responsive', 'partially_answered', 'open']);
      expect(midway).toMatchObject({ status: 'partially_answered', timeliness: 'overdue', daysOverdue: 8, counts: counts({ total: 3, open: 3, unanswered: 3, nonResponsive: 1, partiallyAnswered: 1 }) });

      const list = (await get(path)).data as Json[];
      expect(list.map((r) => [r.receivedOn, r.items.map((i: Json) => [i.questionId, i.disposition])])).toEqual([
        ['2025-05-10', [[q1, 'acknowledged'], [q2, 'partially_answered']]],
        ['2025-05-20', [[q1, 'non_responsive']]],
        ['2025-06-02', [[q1, 'answered'], [q2, 'declined'], [q3, 'referred']]],
        ['2025-06-02', [[q2, 'answered']]],
      ]);
      expect(list[0]).toEqual(first);
    });

    it('closes a letter whose questions are all declined, with resolution declined', async () => {
      const w = await world();
      const letter = await w.createLetter({ questions: [{ label: '1', text: 'Only ask' }] });
      await f.respond(letter.id, { receivedOn: '2025-05-01', items: [{ questionId: letter.questions[0].id, disposition: 'declined' }] });
      expect(await get(`/letters/${letter.id}?asOf=2025-05-01`)).toMatchObject({ status: 'closed', resolution: 'declined', counts: counts({ total: 1, unanswered: 1, declined: 1 }) });
    });
  });

  describe('extensions', () => {
    it('moves the due date from the day an extension is granted', async () => {
      const w = await world();
      const letter = await w.createLetter();
      const granted = expectStatus(
        await t.http().post(`/letters/${letter.id}/extensions`).send({ newDueOn: '2025-07-15', grantedOn: '2025-06-01', note: 'Agreed by phone' }),
        201,
      );
      expect(granted).toMatchObject({ id: expect.stringMatching(UUID), newDueOn: '2025-07-15', grantedOn: '2025-06-01', note: 'Agreed by phone' });

      expect(await get(`/letters/${letter.id}?asOf=2025-05-31`)).toMatchObject({ dueOn: '2025-05-17', dueOnSource: 'policy', timeliness: 'overdue', daysOverdue: 14 });
      const extended = await get(`/letters/${letter.id}?asOf=2025-06-01`);
      expect(extended).toMatchObject({ dueOn: '2025-07-15', dueOnSource: 'extension', timeliness: 'on_time', daysOverdue: null });
      expect(extended.dueOnExplanation).toContain('2025-07-15');
      expect(extended.dueOnExplanation).toContain('2025-06-01');
      expect(await get(`/letters/${letter.id}?asOf=2025-07-20`)).toMatchObject({ dueOn: '2025-07-15', timeliness: 'overdue', daysOverdue: 5 });

      await f.extend(letter.id, { newDueOn: '2025-08-15', grantedOn: '2025-07-10' });
      await f.extend(letter.id, { newDueOn: '2025-09-01', grantedOn: '2025-07-10', note: 'Second word that day' });
      expect(await get(`/letters/${letter.id}?asOf=2025-06-15`)).toMatchObject({ dueOn: '2025-07-15', dueOnSource: 'extension' });
      expect(await get(`/letters/${letter.id}?asOf=2025-07-20`)).toMatchObject({ dueOn: '2025-09-01', dueOnSource: 'extension', timeliness: 'on_time' });

      const shown = await get(`/letters/${letter.id}`);
      expect((shown.extensions as Json[]).map((e) => [e.grantedOn, e.newDueOn])).toEqual([
        ['2025-06-01', '2025-07-15'],
        ['2025-07-10', '2025-08-15'],
        ['2025-07-10', '2025-09-01'],
      ]);
      const list = (await get(`/letters/${letter.id}/extensions`)).data as Json[];
      expect(list.map((e) => e.id)).toEqual((shown.extensions as Json[]).map((e) => e.id));
    });

    it('an extension overrides a stated due date only from its grant date', async () => {
      const w = await world();
      const letter = await w.createLetter({ statedDueOn: '2025-05-01' });
      await f.extend(letter.id, { newDueOn: '2025-06-01', grantedOn: '2025-05-05' });
      expect(await get(`/letters/${letter.id}?asOf=2025-05-04`)).toMatchObject({ dueOn: '2025-05-01', dueOnSource: 'stated', timeliness: 'overdue', daysOverdue: 3 });
      expect(await get(`/letters/${letter.id}?asOf=2025-05-05`)).toMatchObject({ dueOn: '2025-06-01', dueOnSource: 'extension', timeliness: 'on_time' });
    });
  });

  describe('follow-ups', () => {
    it('reiterated questions supersede the originals: the carrier is open, the original letter closes as followed_up', async () => {
      const w = await world();
      const raskin = await f.member({ fullName: `Jamie Raskin ${unique()}` });
      const original = await w.createLetter({
        questions: [
          { label: '1', text: 'Legal authorities for the agreement', kind: 'document_request' },
          { label: '2', text: 'Accounts used for removals' },
        ],
      });
      const [o1, o2] = (original.questions as Json[]).map((q) => q.id);
      const followUp = await w.createLetter({
        title: 'MS-13 informants handed to El Salvador',
        sentOn: '2025-10-09',
        followUpOfId: original.id,
        signers: [
          { personId: w.lead.id, role: 'lead' },
          { personId: raskin.id, role: 'cosigner' },
          { personId: w.cosigner.id, role: 'cosigner' },
        ],
        questions: [
          { label: '1', text: 'We renew our request for the legal authorities.', kind: 'document_request', reiteratesId: o1 },
          { label: '2', text: 'We renew our question on the accounts.', reiteratesId: o2 },
          { label: '3', text: 'How many MS-13 members were sent?' },
        ],
      });
      expect(followUp).toMatchObject({ followUpOfId: original.id, counts: counts({ total: 3, open: 3, unanswered: 3 }) });
      const [r1, r2, n3] = (followUp.questions as Json[]).map((q) => q.id);
      expect((followUp.questions as Json[]).map((q) => q.reiteratesId)).toEqual([o1, o2, null]);

      const before = await get(`/letters/${original.id}?asOf=2025-10-08`);
      expect(before).toMatchObject({ status: 'awaiting_response', counts: counts({ total: 2, open: 2, unanswered: 2 }) });
      expect(statusesOf(before)).toEqual(['open', 'open']);
      expect(await get(`/letters/${followUp.id}?asOf=2025-10-08`)).toMatchObject({ status: 'not_yet_sent', counts: zeroCounts });

      const after = await get(`/letters/${original.id}?asOf=2025-10-09`);
      expect(statusesOf(after)).toEqual(['superseded', 'superseded']);
      expect(after).toMatchObject({ status: 'closed', resolution: 'followed_up', timeliness: null, counts: counts({ total: 2, superseded: 2 }) });
      const carrier = await get(`/letters/${followUp.id}?asOf=2025-10-09`);
      expect(statusesOf(carrier)).toEqual(['open', 'open', 'open']);
      expect(carrier).toMatchObject({ status: 'awaiting_response', timeliness: 'on_time', dueOn: '2025-11-08' });

      // Answers go to the carrier.
      await f.respond(followUp.id, { receivedOn: '2025-10-20', items: [{ questionId: r1, disposition: 'answered' }] });
      expect(statusesOf(await get(`/letters/${followUp.id}?asOf=2025-10-20`))).toEqual(['answered', 'open', 'open']);
      expect(statusesOf(await get(`/letters/${original.id}?asOf=2025-10-20`))).toEqual(['superseded', 'superseded']);

      // A third letter up the same chain carries the thread on: only the newest carries it.
      const third = await w.createLetter({
        sentOn: '2025-11-03',
        followUpOfId: followUp.id,
        questions: [
          { label: '1', text: 'Again: how many were sent?', reiteratesId: n3 },
          { label: '2', text: 'Again: the accounts.', reiteratesId: o2 },
        ],
      });
      const [t1, t2] = (third.questions as Json[]).map((q) => q.id);
      const chainAsOf = async (id: string) => statusesOf(await get(`/letters/${id}?asOf=2025-11-03`));
      expect(await chainAsOf(original.id)).toEqual(['superseded', 'superseded']);
      expect(await chainAsOf(followUp.id)).toEqual(['answered', 'superseded', 'superseded']);
      expect(await chainAsOf(third.id)).toEqual(['open', 'open']);
      expect(await get(`/letters/${followUp.id}?asOf=2025-11-03`)).toMatchObject({
        status: 'closed', resolution: 'answered', counts: counts({ total: 3, answered: 1, superseded: 2 }),
      });
      expect([r2, t1, t2].every((id) => typeof id === 'string')).toBe(true);

      // Archiving the newest carrier hands the thread back to the one before it.
      expect((await t.http().delete(`/letters/${third.id}`)).status).toBe(204);
      expect(await chainAsOf(followUp.id)).toEqual(['answered', 'open', 'open']);
      expect(await chainAsOf(original.id)).toEqual(['superseded', 'superseded']);
      expectStatus(await t.http().post(`/letters/${third.id}/restore`), 200);

      // The thread is counted once, as its newest carrier.
      const signerRow = ((await get('/stats/open-questions?groupBy=signer&asOf=2025-11-03')).data as Json[]).find((r) => r.key === w.lead.id);
      expect(signerRow).toMatchObject({ letters: 3, questions: 0 + 1 + 2, open: 2, unanswered: 2 });
    });
  });

  it('a reiteration added to a follow-up later supersedes the original from the follow-up\'s date', async () => {
    const w = await world();
    const original = await w.createLetter();
    const followUp = await w.createLetter({ sentOn: '2025-06-01', followUpOfId: original.id, questions: [{ label: '1', text: 'New ask' }] });
    const added = expectStatus(
      await t.http().post(`/letters/${followUp.id}/questions`).send({ label: '2', text: 'Again, the authorities', reiteratesId: original.questions[0].id }),
      201,
    );
    expect(added).toMatchObject({ reiteratesId: original.questions[0].id, position: 2, status: 'open' });
    expect(statusesOf(await get(`/letters/${original.id}?asOf=2025-06-01`))).toEqual(['superseded', 'open', 'open']);
    expect(statusesOf(await get(`/letters/${original.id}?asOf=2025-05-31`))).toEqual(['open', 'open', 'open']);
    const edited = await patch(`/letters/${followUp.id}/questions/${followUp.questions[0].id}`, { reiteratesId: original.questions[1].id });
    expect(edited).toMatchObject({ reiteratesId: original.questions[1].id });
    expect(statusesOf(await get(`/letters/${original.id}?asOf=2025-06-01`))).toEqual(['superseded', 'superseded', 'open']);
  });

  describe('GET /letters', () => {
    /**
     * Five letters tagged with a tag of their own:
     *   A 2025-01-10 M1 -> X, committee C, tags T T2, one question answered 01-20, states it wants a reply by 06-30
     *   B 2025-02-10 M2 -> P (an official of X), two questions, one partially answered 02-20
     *   C 2025-04-01 M1+M2 -> Y, no questions, no response
     *   D 2025-05-01 M2 -> Q (an official of Y) and X, committee C, tags T T2, one question
     *   E 2025-06-20 M1 -> Y, three questions
     * As of 2025-05-20: A closed; B partially answered, due 03-12, long overdue (69 days);
     * C awaiting, due 05-01, overdue (19 days); D awaiting, due 05-31, on time; E not yet sent.
     */
    async function fixture() {
      const x = await f.organization();
      const y = await f.organization();
      const p = await f.official(x.id);
      const q = await f.official(y.id);
      const m1 = await f.member();
      const m2 = await f.member();
      const committee = await f.committee();
      const tag = unique('tag-').toLowerCase();
      const tag2 = unique('tag2-').toLowerCase();
      const titleWord = unique('xylograph');
      const questionWord = unique('quillwort');
      const make = (over: Json) => f.letter({ tags: [tag], questions: [], ...over });
      const a = await make({
        title: `Funding of the ${titleWord} programme`,
        sentOn: '2025-01-10', statedDueOn: '2025-06-30', signers: [{ personId: m1.id, role: 'lead' }], recipients: [{ organizationId: x.id }],
        committeeId: committee.id, tags: [tag, tag2], questions: [{ text: 'a1' }],
      });
      await f.respond(a.id, { receivedOn: '2025-01-20', items: [{ questionId: a.questions[0].id, disposition: 'answered' }] });
      const b = await make({ sentOn: '2025-02-10', signers: [{ personId: m2.id, role: 'lead' }], recipients: [{ personId: p.id }], questions: [{ text: 'b1' }, { text: 'b2' }] });
      await f.respond(b.id, { receivedOn: '2025-02-20', items: [{ questionId: b.questions[0].id, disposition: 'partially_answered' }] });
      const c = await make({ sentOn: '2025-04-01', signers: [{ personId: m1.id, role: 'lead' }, { personId: m2.id, role: 'cosigner' }], recipients: [{ organizationId: y.id }] });
      const d = await make({
        sentOn: '2025-05-01', signers: [{ personId: m2.id, role: 'lead' }], recipients: [{ personId: q.id }, { organizationId: x.id }],
        committeeId: committee.id, tags: [tag, tag2], questions: [{ text: `How much went to ${questionWord} contracts?` }],
      });
      const e = await make({ sentOn: '2025-06-20', signers: [{ personId: m1.id, role: 'lead' }], recipients: [{ organizationId: y.id }], questions: [{ text: 'e1' }, { text: 'e2' }, { text: 'e3' }] });
      return { x, y, p, q, m1, m2, committee, tag, tag2, titleWord, questionWord, A: a.id, B: b.id, C: c.id, D: d.id, E: e.id };
    }

    it('filters by status and timeliness as of a date', async () => {
      const { tag, A, B, C, D } = await fixture();
      const scope = `tag=${tag}&asOf=2025-05-20`;
      expect(await listed(`${scope}`)).toEqual([D, C, B, A]);
      expect(await listed(`${scope}&status=closed`)).toEqual([A]);
      expect(await listed(`${scope}&status=partially_answered`)).toEqual([B]);
      expect(await listed(`${scope}&status=awaiting_response`)).toEqual([D, C]);
      expect(await listed(`${scope}&timeliness=on_time`)).toEqual([D]);
      expect(await listed(`${scope}&timeliness=overdue`)).toEqual([C]);
      expect(await listed(`${scope}&timeliness=long_overdue`)).toEqual([B]);
      const entries = (await get(`/letters?${scope}`)).data as Json[];
      expect(entries.find((l) => l.id === B)).toMatchObject({
        asOf: '2025-05-20', status: 'partially_answered', timeliness: 'long_overdue', daysOverdue: 69, dueOn: '2025-03-12',
        counts: counts({ total: 2, open: 2, unanswered: 2, partiallyAnswered: 1 }),
      });
      expect(entries.find((l) => l.id === A)).toMatchObject({ status: 'closed', resolution: 'answered', timeliness: null, dueOn: '2025-06-30', dueOnSource: 'stated' });
      expect(entries.find((l) => l.id === C)).toMatchObject({ status: 'awaiting_response', timeliness: 'overdue', daysOverdue: 19, counts: zeroCounts });
    });

    it('filters by timeliness on the boundary days: due day on time, 30 days past overdue, 31 long overdue', async () => {
      const tag = unique('edge-').toLowerCase();
      const [member, agency] = [await f.member(), await f.organization()];
      const letter = await f.letter({
        tags: [tag], sentOn: '2025-03-03', statedDueOn: '2025-04-01', signers: [{ personId: member.id, role: 'lead' }],
        recipients: [{ organizationId: agency.id }], questions: [{ text: 'open' }],
      });
      const timelinessOn = async (asOf: string) => {
        const found: Record<string, string[]> = {};
        for (const timeliness of ['on_time', 'overdue', 'long_overdue']) found[timeliness] = await listed(`tag=${tag}&asOf=${asOf}&timeliness=${timeliness}`);
        return Object.entries(found).filter(([, ids]) => ids.includes(letter.id)).map(([timeliness]) => timeliness);
      };
      expect(await timelinessOn('2025-04-01')).toEqual(['on_time']);
      expect(await timelinessOn('2025-04-02')).toEqual(['overdue']);
      expect(await timelinessOn('2025-05-01')).toEqual(['overdue']);
      expect(await timelinessOn('2025-05-02')).toEqual(['long_overdue']);
    });

    it('filters by signer, bioguide id, recipient organization (directly or via a person of it), recipient person, committee and tag', async () => {
      const { x, y, p, q, m1, m2, committee, tag2, A, B, C, D, E } = await fixture();
      expect(await listed(`signerId=${m1.id}`)).toEqual([E, C, A]);
      expect(await listed(`signerId=${m2.id}`)).toEqual([D, C, B]);
      expect(await listed(`bioguideId=${m1.bioguideId}`)).toEqual([E, C, A]);
      expect(await listed(`bioguideId=${m1.bioguideId.toLowerCase()}`)).toEqual([E, C, A]);
      expect(await listed(`recipientOrganizationId=${x.id}`)).toEqual([D, B, A]);
      expect(await listed(`recipientOrganizationId=${y.id}`)).toEqual([E, D, C]);
      expect(await listed(`recipientPersonId=${p.id}`)).toEqual([B]);
      expect(await listed(`recipientPersonId=${q.id}`)).toEqual([D]);
      expect(await listed(`committeeId=${committee.id}`)).toEqual([D, A]);
      expect(await listed(`tag=${tag2}`)).toEqual([D, A]);
      expect(await listed(`tag=${tag2.toUpperCase()}`)).toEqual([D, A]);
      expect(await listed(`signerId=${m2.id}&recipientOrganizationId=${x.id}`)).toEqual([D, B]);
      expect(await listed(`signerId=${m1.id}&asOf=2025-05-20&status=awaiting_response`)).toEqual([C]);
    });

    it('filters by sent date range and leaves out letters sent after asOf', async () => {
      const { tag, A, B, C, D, E } = await fixture();
      expect(await listed(`tag=${tag}&sentFrom=2025-02-01&sentTo=2025-04-30`)).toEqual([C, B]);
      expect(await listed(`tag=${tag}&sentFrom=2025-04-01`)).toEqual([E, D, C]);
      expect(await listed(`tag=${tag}&sentTo=2025-04-01`)).toEqual([C, B, A]);
      expect(await listed(`tag=${tag}&asOf=2025-04-15`)).toEqual([C, B, A]);
      expect(await listed(`tag=${tag}&asOf=2025-01-09`)).toEqual([]);
      expect(await listed(`tag=${tag}`)).toEqual([E, D, C, B, A]);
    });

    it('searches the full text of titles and questions', async () => {
      const { tag, titleWord, questionWord, A, D } = await fixture();
      expect(await listed(`q=${titleWord}`)).toEqual([A]);
      expect(await listed(`q=${questionWord}`)).toEqual([D]);
      expect(await listed(`tag=${tag}&q=${titleWord}%20OR%20${questionWord}&sort=-sentOn`)).toEqual([D, A]);
      expect(new Set(await listed(`tag=${tag}&q=${titleWord}%20OR%20${questionWord}`))).toEqual(new Set([A, D]));
    });

    it('sorts by sentOn, dueOn and open, either way', async () => {
      const { tag, A, B, C, D, E } = await fixture();
      expect(await listed(`tag=${tag}&sort=sentOn`)).toEqual([A, B, C, D, E]);
      expect(await listed(`tag=${tag}&sort=-sentOn`)).toEqual([E, D, C, B, A]);
      // Due: B 03-12, C 05-01, D 05-31, A 06-30 (stated), E 07-20.
      expect(await listed(`tag=${tag}&sort=dueOn`)).toEqual([B, C, D, A, E]);
      expect(await listed(`tag=${tag}&sort=-dueOn`)).toEqual([E, A, D, C, B]);
      // Open today: A 0, C 0, D 1, B 2, E 3.
      const byOpen = (await get(`/letters?tag=${tag}&sort=open`)).data as Json[];
      expect(byOpen.map((l) => l.counts.open)).toEqual([0, 0, 1, 2, 3]);
      expect(new Set(byOpen.slice(0, 2).map((l) => l.id))).toEqual(new Set([A, C]));
      expect(byOpen.slice(2).map((l) => l.id)).toEqual([D, B, E]);
      const byOpenDesc = (await get(`/letters?tag=${tag}&sort=-open`)).data as Json[];
      expect(byOpenDesc.map((l) => l.counts.open)).toEqual([3, 2, 1, 0, 0]);
      expect(byOpenDesc.slice(0, 3).map((l) => l.id)).toEqual([E, B, D]);
      // As of 2025-05-20 E does not exist yet.
      expect((await listed(`tag=${tag}&sort=open&asOf=2025-05-20`)).slice(2)).toEqual([D, B]);
    });

    it('pages by cursor: every letter exactly once, in order, nextCursor null at the end', async () => {
      const signer = await f.member();
      const agency = await f.organization();
      const make = (sentOn: string, questions: number, statedDueOn: string | null = null) =>
        f.letter({
          sentOn, statedDueOn, signerId: signer.id, recipientOrganizationId: agency.id,
          questions: Array.from({ length: questions }, (_, i) => ({ text: `ask ${i + 1}` })),
        });
      const letters = [
        await make('2025-01-05', 1),
        await make('2025-01-06', 1, '2025-03-01'),
        await make('2025-01-06', 2),
        await make('2025-01-06', 0, '2025-03-01'),
        await make('2025-01-08', 1),
      ];
      const all = letters.map((l) => l.id);
      for (const sort of [null, 'sentOn', '-sentOn', 'dueOn', '-dueOn', 'open', '-open']) {
        const filter = `signerId=${signer.id}${sort ? `&sort=${sort}` : ''}`;
        const whole = await get(`/letters?${filter}&limit=100`);
        expect(whole.nextCursor).toBeNull();
        const expected = (whole.data as Json[]).map((l) => l.id);
        expect([...expected].sort()).toEqual([...all].sort());

        const seen: string[] = [];
        const sizes: number[] = [];
        let cursor: string | null = null;
        for (let page = 0; page < 10; page += 1) {
          const answer: Json = await get(`/letters?${filter}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
          sizes.push(answer.data.length);
          seen.push(...(answer.data as Json[]).map((l) => l.id));
          cursor = answer.nextCursor;
          if (cursor === null) break;
          expect(typeof cursor).toBe('string');
        }
        expect({ sort, sizes, seen }).toEqual({ sort, sizes: [2, 2, 1], seen: expected });
      }
      // The default order is -sentOn.
      const sentOns = ((await get(`/letters?signerId=${signer.id}`)).data as Json[]).map((l) => l.sentOn);
      expect(sentOns).toEqual(['2025-01-08', '2025-01-06', '2025-01-06', '2025-01-06', '2025-01-05']);
    });

    it('answers an empty page with nextCursor null', async () => {
      const nobody = await f.member();
      expect(await get(`/letters?signerId=${nobody.id}`)).toEqual({ data: [], nextCursor: null });
    });
  });

  describe('/stats/open-questions', () => {
    /**
     * F1 2025-03-01 S1+S2 -> AG1 and O1 (an official of AG1), committee CM, tag ta; q1 answered and q2 declined on 04-01, q3 no answer
     * F2 2025-06-10 S1 -> AG2, committee CM, tags ta tb; two questions, no answer (due 07-10)
     * F3 2025-05-01 S2 -> O1, tag tb; follows up F1 reiterating q3, plus n1 (partially answered 06-01); due 05-31
     * F4 2025-07-15 S1 -> AG1, CM, ta: sent after the as-of date
     * F5 2025-02-01 S1 -> AG1, CM, ta: archived
     * As of 2025-06-30: F1 closed (q3 superseded): questions 2, open 0, unanswered 1, not overdue.
     *                   F2: questions 2, open 2, unanswered 2, on time.
     *                   F3: questions 2, open 2, unanswered 2, overdue by 30 days (overdue).
     * As of 2025-04-15: F1 alone: questions 3, open 1, unanswered 2, overdue by 15 days.
     */
    async function fixture() {
      const ag1 = await f.organization();
      const ag2 = await f.organization();
      const o1 = await f.official(ag1.id);
      const cm = await f.committee();
      const s1 = await f.member();
      const s2 = await f.member();
      const ta = unique('ta-').toLowerCase();
      const tb = unique('tb-').toLowerCase();
      const f1 = await f.letter({
        sentOn: '2025-03-01', signers: [{ personId: s1.id, role: 'lead' }, { personId: s2.id, role: 'cosigner' }],
        recipients: [{ organizationId: ag1.id }, { personId: o1.id }], committeeId: cm.id, tags: [ta],
        questions: [{ label: '1', text: 'q1' }, { label: '2', text: 'q2' }, { label: '3', text: 'q3' }],
      });
      const [q1, q2, q3] = (f1.questions as Json[]).map((q) => q.id);
      await f.respond(f1.id, { receivedOn: '2025-04-01', items: [{ questionId: q1, disposition: 'answered' }, { questionId: q2, disposition: 'declined' }] });
      await f.letter({
        sentOn: '2025-06-10', signers: [{ personId: s1.id, role: 'lead' }], recipients: [{ organizationId: ag2.id }], committeeId: cm.id,
        tags: [ta, tb], questions: [{ text: 'p1' }, { text: 'p2' }],
      });
      const f3 = await f.letter({
        sentOn: '2025-05-01', followUpOfId: f1.id, signers: [{ personId: s2.id, role: 'lead' }], recipients: [{ personId: o1.id }], tags: [tb],
        questions: [{ label: '1', text: 'q3 again', reiteratesId: q3 }, { label: '2', text: 'n1' }],
      });
      await f.respond(f3.id, { receivedOn: '2025-06-01', items: [{ questionId: f3.questions[1].id, disposition: 'partially_answered' }] });
      await f.letter({ sentOn: '2025-07-15', signers: [{ personId: s1.id }], recipients: [{ organizationId: ag1.id }], committeeId: cm.id, tags: [ta], questions: [{ text: 'later' }] });
      const f5 = await f.letter({ sentOn: '2025-02-01', signers: [{ personId: s1.id }], recipients: [{ organizationId: ag1.id }], committeeId: cm.id, tags: [ta], questions: [{ text: 'archived' }] });
      expect((await t.http().delete(`/letters/${f5.id}`)).status).toBe(204);
      return { ag1, ag2, o1, cm, s1, s2, ta, tb };
    }

    const row = (key: string, name: string, letters: number, questions: number, open: number, unanswered: number, overdueLetters: number) =>
      ({ key, name, letters, questions, open, unanswered, overdueLetters });

    async function report(groupBy: string, asOf: string, keys: string[]) {
      const answer = await get(`/stats/open-questions?groupBy=${groupBy}&asOf=${asOf}`);
      expect(answer).toMatchObject({ asOf, groupBy });
      return (answer.data as Json[]).filter((r) => keys.includes(r.key)).sort((a, b) => keys.indexOf(a.key) - keys.indexOf(b.key));
    }

    it('groups by recipient organization, counting a letter once even when it reaches the organization twice', async () => {
      const x = await fixture();
      const keys = [x.ag1.id, x.ag2.id];
      expect(await report('recipientOrganization', '2025-06-30', keys)).toEqual([
        row(x.ag1.id, x.ag1.name, 2, 4, 2, 3, 1),
        row(x.ag2.id, x.ag2.name, 1, 2, 2, 2, 0),
      ]);
      expect(await report('recipientOrganization', '2025-04-15', keys)).toEqual([row(x.ag1.id, x.ag1.name, 1, 3, 1, 2, 1)]);
    });

    it('groups by recipient person', async () => {
      const x = await fixture();
      expect(await report('recipientPerson', '2025-06-30', [x.o1.id])).toEqual([row(x.o1.id, x.o1.fullName, 2, 4, 2, 3, 1)]);
      expect(await report('recipientPerson', '2025-04-15', [x.o1.id])).toEqual([row(x.o1.id, x.o1.fullName, 1, 3, 1, 2, 1)]);
    });

    it('groups by signer', async () => {
      const x = await fixture();
      const keys = [x.s1.id, x.s2.id];
      expect(await report('signer', '2025-06-30', keys)).toEqual([
        row(x.s1.id, x.s1.fullName, 2, 4, 2, 3, 0),
        row(x.s2.id, x.s2.fullName, 2, 4, 2, 3, 1),
      ]);
      expect(await report('signer', '2025-04-15', keys)).toEqual([
        row(x.s1.id, x.s1.fullName, 1, 3, 1, 2, 1),
        row(x.s2.id, x.s2.fullName, 1, 3, 1, 2, 1),
      ]);
    });

    it('groups by committee', async () => {
      const x = await fixture();
      expect(await report('committee', '2025-06-30', [x.cm.id])).toEqual([row(x.cm.id, x.cm.name, 2, 4, 2, 3, 0)]);
      expect(await report('committee', '2025-04-15', [x.cm.id])).toEqual([row(x.cm.id, x.cm.name, 1, 3, 1, 2, 1)]);
    });

    it('groups by tag', async () => {
      const x = await fixture();
      const keys = [x.ta, x.tb];
      expect(await report('tag', '2025-06-30', keys)).toEqual([
        row(x.ta, x.ta, 2, 4, 2, 3, 0),
        row(x.tb, x.tb, 2, 4, 4, 4, 1),
      ]);
      expect(await report('tag', '2025-04-15', keys)).toEqual([row(x.ta, x.ta, 1, 3, 1, 2, 1)]);
    });

    it('defaults asOf to today', async () => {
      const answer = await get('/stats/open-questions?groupBy=tag');
      expect(answer).toMatchObject({ asOf: todayInNewYork(), groupBy: 'tag', data: expect.any(Array) });
    });

    it('answers JSON, and the next answer after a write shows the write', async () => {
      const x = await fixture();
      const path = `/stats/open-questions?groupBy=tag&asOf=2025-06-30`;
      const before = await t.http().get(path);
      expect(before.status).toBe(200);
      expect(before.headers['content-type']).toMatch(/^application\/json/);
      expect((before.body.data as Json[]).find((r) => r.key === x.tb)).toMatchObject({ open: 4, unanswered: 4 });
      const f2 = ((await get(`/letters?tag=${x.tb}&sort=sentOn`)).data as Json[]).find((l) => l.sentOn === '2025-06-10')!;
      const questions = (await get(`/letters/${f2.id}`)).questions as Json[];
      await f.respond(f2.id, { receivedOn: '2025-06-20', items: [{ questionId: questions[0].id, disposition: 'answered' }] });
      const after = await t.http().get(path);
      expect((after.body.data as Json[]).find((r) => r.key === x.tb)).toMatchObject({ open: 3, unanswered: 3 });
    });
  });
});
