import request from 'supertest';
import { loadEnv } from '@app/config';
import { createApp } from '../apps/api/src/app.factory.js';
import { factories, type Json } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Deadlines, extensions, follow-up chains, timelines, scorecards and search, as watchdogs quote them. */
describe('accountability views', () => {
  let t: TestApp;
  let f: ReturnType<typeof factories>;
  let member: Json;
  beforeAll(async () => {
    t = await startTestApp();
    f = factories(t);
    member = await f.member();
  });
  afterAll(async () => t.close());

  const letterAsOf = (id: string, asOf: string) => f.get(`/letters/${id}?asOf=${asOf}`);

  describe('extensions', () => {
    it('move the due date and timeliness from the day they are granted, the later logged winning a tie', async () => {
      const agency = await f.organization();
      const letter = await f.letter({
        signerId: member.id, recipientOrganizationId: agency.id, sentOn: '2025-03-03', statedDueOn: '2025-03-31',
        questions: [{ text: 'How many inspections were skipped?' }],
      });
      await f.extend(letter.id, { newDueOn: '2025-05-15', grantedOn: '2025-04-10', note: 'agency asked for more time' });
      await f.extend(letter.id, { newDueOn: '2025-06-01', grantedOn: '2025-04-10', note: 'corrected the date the same day' });

      const before = await letterAsOf(letter.id, '2025-04-09');
      expect(before).toMatchObject({ dueOn: '2025-03-31', dueOnSource: 'stated', timeliness: 'overdue', daysOverdue: 9 });
      expect(before.dueOnExplanation).toBe('The letter asks for a response by 2025-03-31');

      const granted = await letterAsOf(letter.id, '2025-04-10');
      expect(granted).toMatchObject({ dueOn: '2025-06-01', dueOnSource: 'extension', timeliness: 'on_time', daysOverdue: null });
      expect(granted.dueOnExplanation).toBe('Extended to 2025-06-01 by an extension granted on 2025-04-10');

      expect(await letterAsOf(letter.id, '2025-06-01')).toMatchObject({ timeliness: 'on_time' });
      expect(await letterAsOf(letter.id, '2025-06-02')).toMatchObject({ timeliness: 'overdue', daysOverdue: 1 });
      expect(await letterAsOf(letter.id, '2025-07-02')).toMatchObject({ timeliness: 'long_overdue', daysOverdue: 31 });

      const detail = await f.get(`/letters/${letter.id}`);
      expect(detail.extensions.map((e: Json) => [e.grantedOn, e.newDueOn])).toEqual([['2025-04-10', '2025-05-15'], ['2025-04-10', '2025-06-01']]);

      const timeline = await f.get(`/letters/${letter.id}/timeline?asOf=2025-07-02`);
      expect(timeline.data.map((e: Json) => `${e.on} ${e.kind}`)).toEqual([
        '2025-03-03 sent',
        '2025-03-31 due',
        '2025-04-01 overdue',
        '2025-04-10 extension',
        '2025-04-10 extension',
        '2025-06-02 overdue',
      ]);
      expect(timeline.data.filter((e: Json) => e.kind === 'overdue').map((e: Json) => e.dueOn)).toEqual(['2025-03-31', '2025-06-01']);
    });
  });

  describe('follow-up chains', () => {
    it('link letters both ways and count a thrice-asked question once, as its newest carrier', async () => {
      const agency = await f.organization();
      const tag = `chain-${Date.now()}`;
      const first = await f.letter({
        signerId: member.id, recipientOrganizationId: agency.id, sentOn: '2025-01-06', tags: [tag],
        questions: [{ label: '1', text: 'Provide the contract files.', kind: 'document_request' }],
      });
      const second = await f.letter({
        signerId: member.id, recipientOrganizationId: agency.id, sentOn: '2025-03-03', tags: [tag], followUpOfId: first.id,
        questions: [{ label: '1', text: 'Again: provide the contract files.', kind: 'document_request', reiteratesId: first.questions[0].id }],
      });
      const third = await f.letter({
        signerId: member.id, recipientOrganizationId: agency.id, sentOn: '2025-05-05', tags: [tag], followUpOfId: second.id,
        questions: [
          { label: '1', text: 'A third time: provide the contract files.', kind: 'document_request', reiteratesId: second.questions[0].id },
          { label: '2', text: 'Who decided not to answer?' },
        ],
      });

      const middle = await f.get(`/letters/${second.id}?asOf=2025-06-01`);
      expect(middle.predecessors.map((l: Json) => [l.id, l.depth])).toEqual([[first.id, 1]]);
      expect(middle.successors.map((l: Json) => [l.id, l.depth])).toEqual([[third.id, 1]]);
      const root = await f.get(`/letters/${first.id}?asOf=2025-06-01`);
      expect(root.successors.map((l: Json) => [l.id, l.depth])).toEqual([[second.id, 1], [third.id, 2]]);
      expect(root.questions[0]).toMatchObject({ status: 'superseded', reiteratedBy: [second.questions[0].id], carriedBy: [third.questions[0].id] });
      expect(root).toMatchObject({ status: 'closed', resolution: 'followed_up' });
      expect(middle.questions[0]).toMatchObject({ status: 'superseded', reiteratedBy: [third.questions[0].id] });

      // Between the second and third letters, the second carries the ask.
      const april = await f.get(`/letters/${second.id}?asOf=2025-04-01`);
      expect(april.questions[0]).toMatchObject({ status: 'open', carriedBy: [] });

      const stats = await f.get(`/stats/open-questions?groupBy=tag&asOf=2025-06-01`);
      expect(stats.data.find((r: Json) => r.key === tag)).toEqual({ key: tag, name: tag, letters: 3, questions: 2, open: 2, unanswered: 2, overdueLetters: 0 });
      // The first two letters are closed (their ask moved on); the third is due 2025-06-04.
      const timeline = await f.get(`/letters/${first.id}/timeline?asOf=2025-06-01`);
      expect(timeline.data.filter((e: Json) => e.kind === 'follow_up').map((e: Json) => [e.on, e.letterId, e.depth])).toEqual([
        ['2025-03-03', second.id, 1],
        ['2025-05-05', third.id, 2],
      ]);
    });
  });

  describe('scorecards', () => {
    /**
     * Five letters to one agency (one through its official), worked out by hand:
     * first responses after 10, 30 and 4 days; as of 2025-06-30 two are overdue,
     * one of them long overdue.
     */
    let agency: Json;
    let official: Json;
    let signer: Json;
    beforeAll(async () => {
      agency = await f.organization();
      official = await f.official(agency.id);
      signer = await f.member();
      const base = { signerId: signer.id, recipientOrganizationId: agency.id };
      const l1 = await f.letter({ ...base, sentOn: '2025-01-10', questions: [{ text: 'q1' }] });
      await f.respond(l1.id, { receivedOn: '2025-01-20', items: [{ questionId: l1.questions[0].id, disposition: 'answered' }] });
      const l2 = await f.letter({ ...base, sentOn: '2025-02-01', questions: [{ text: 'q2a' }, { text: 'q2b' }] });
      await f.respond(l2.id, { receivedOn: '2025-03-03', items: [{ questionId: l2.questions[0].id, disposition: 'partially_answered' }] });
      await f.letter({ ...base, sentOn: '2025-05-01', questions: [{ text: 'q3a' }, { text: 'q3b' }] });
      await f.letter({ ...base, sentOn: '2025-06-20', questions: [{ text: 'q4' }] });
      const l5 = await f.letter({
        signers: [{ personId: signer.id, role: 'lead' }], recipients: [{ personId: official.id }], sentOn: '2025-03-01',
        questions: [{ text: 'q5' }],
      });
      await f.respond(l5.id, { receivedOn: '2025-03-05', items: [{ questionId: l5.questions[0].id, disposition: 'declined' }] });
    });

    it('score an organization, counting letters sent to its people', async () => {
      const card = await f.get(`/organizations/${agency.id}/scorecard?asOf=2025-06-30`);
      expect(card).toMatchObject({
        asOf: '2025-06-30', lettersReceived: 5, lettersWithResponse: 3, responseRate: 0.6,
        medianDaysToFirstResponse: 10, p90DaysToFirstResponse: 26,
        questions: 7, open: 5, unanswered: 6, overdueLetters: 2, longOverdueLetters: 1,
        subject: { kind: 'organization', id: agency.id, role: 'recipient' },
      });
      const early = await f.get(`/organizations/${agency.id}/scorecard?asOf=2025-02-15`);
      expect(early).toMatchObject({
        lettersReceived: 2, lettersWithResponse: 1, responseRate: 0.5, medianDaysToFirstResponse: 10, p90DaysToFirstResponse: 10,
        questions: 3, open: 2, unanswered: 2, overdueLetters: 0, longOverdueLetters: 0,
      });
    });

    it('score an official as a recipient and a member as a signer', async () => {
      expect(await f.get(`/people/${official.id}/scorecard?asOf=2025-06-30`)).toMatchObject({
        lettersReceived: 1, lettersWithResponse: 1, responseRate: 1, medianDaysToFirstResponse: 4, questions: 1, open: 0, unanswered: 1,
        subject: { kind: 'person', role: 'recipient' },
      });
      expect(await f.get(`/people/${signer.id}/scorecard?asOf=2025-06-30`)).toMatchObject({
        lettersReceived: 5, lettersWithResponse: 3, questions: 7, open: 5, subject: { role: 'signer' },
      });
      expect(await f.get(`/people/${signer.id}/scorecard?asOf=2025-06-30&role=recipient`)).toMatchObject({ lettersReceived: 0, responseRate: null });
    });
  });

  describe('full-text search', () => {
    let tag: string;
    let ids: Record<string, string>;
    beforeAll(async () => {
      const agency = await f.organization();
      tag = `search-${Date.now()}`;
      const make = (fields: Json) => f.letter({ signerId: member.id, recipientOrganizationId: agency.id, tags: [tag], sentOn: '2025-02-03', ...fields });
      ids = {
        title: (await make({ title: 'Lead in school drinking water', questions: [{ text: 'When were the fountains tested?' }] })).id,
        summary: (await make({ title: 'Water systems oversight', summary: 'Utilities still use lead service lines.', questions: [{ text: 'How many?' }] })).id,
        fullText: (await make({ title: 'Municipal grants', fullText: 'Among other things, replacing lead pipes was delayed.', questions: [{ text: 'Why?' }] })).id,
        question: (await make({ title: 'Building safety', questions: [{ text: 'Has the asbestos survey been completed?' }] })).id,
        other: (await make({ title: 'Airport security staffing', sentOn: '2025-02-04', questions: [{ text: 'How many screeners?' }] })).id,
      };
    });

    it('ranks title matches above summary matches above full-text matches', async () => {
      const page = await f.get(`/letters?q=lead&tag=${tag}&sort=-relevance`);
      expect(page.data.map((l: Json) => l.id)).toEqual([ids.title, ids.summary, ids.fullText]);
    });

    it('searches question texts and stems words', async () => {
      expect((await f.get(`/letters?q=surveys&tag=${tag}`)).data.map((l: Json) => l.id)).toEqual([ids.question]);
    });

    it('combines with the other filters and pages by relevance', async () => {
      const closed = await f.get(`/letters?q=lead&tag=${tag}&status=closed`);
      expect(closed.data).toEqual([]);
      const first = await f.get(`/letters?q=lead&tag=${tag}&sort=-relevance&limit=2`);
      expect(first.data.map((l: Json) => l.id)).toEqual([ids.title, ids.summary]);
      const rest = await f.get(`/letters?q=lead&tag=${tag}&sort=-relevance&limit=2&cursor=${first.nextCursor}`);
      expect(rest.data.map((l: Json) => l.id)).toEqual([ids.fullText]);
      expect(rest.nextCursor).toBeNull();
      const before = await f.get(`/letters?q=lead&tag=${tag}&asOf=2025-02-02`);
      expect(before.data).toEqual([]);
    });

    it('refuses relevance sorting without a search', async () => {
      expect((await t.http().get(`/letters?sort=-relevance`)).status).toBe(400);
    });
  });
});

describe('business-day response policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEFAULT_RESPONSE_POLICY: '10 business days' });
  });
  afterAll(async () => t.close());

  it('skips weekends and observed federal holidays', async () => {
    const f = factories(t);
    const member = await f.member();
    const agency = await f.organization();
    // 2025-07-04 is a Friday; 2026-07-04 a Saturday, observed Friday 2026-07-03.
    const friday = await f.letter({ signerId: member.id, recipientOrganizationId: agency.id, sentOn: '2025-06-27' });
    expect(friday).toMatchObject({ dueOn: '2025-07-14', dueOnSource: 'policy' });
    expect(friday.dueOnExplanation).toBe('10 business days after 2025-06-27, skipping weekends and federal holidays');
    const observed = await f.letter({ signerId: member.id, recipientOrganizationId: agency.id, sentOn: '2026-07-01' });
    expect(observed.dueOn).toBe('2026-07-16');
  });

  it('recomputes stored due dates when the policy changes between starts', async () => {
    const f = factories(t);
    const letter = await f.letter({ signerId: (await f.member()).id, recipientOrganizationId: (await f.organization()).id, sentOn: '2025-06-27' });
    expect(letter.dueOn).toBe('2025-07-14');
    const env = loadEnv({ DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent', MIGRATIONS_RUN: 'false', DEFAULT_RESPONSE_POLICY: '45 calendar days' });
    const restarted = await createApp(env, t.databaseUrl);
    await restarted.listen({ port: 0, host: '127.0.0.1' });
    try {
      const http = () => request(restarted.getHttpServer());
      const past = await http().get(`/letters/${letter.id}?asOf=2025-08-20`);
      expect(past.body).toMatchObject({ dueOn: '2025-08-11', dueOnSource: 'policy', timeliness: 'overdue', daysOverdue: 9 });
      const today = await http().get(`/letters/${letter.id}`);
      expect(today.body.dueOn).toBe('2025-08-11');
    } finally {
      await restarted.close();
    }
  });
});
