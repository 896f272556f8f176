import { parse } from 'csv-parse/sync';
import type { Response } from 'supertest';
import { expectProblem } from './support/problem.js';
import { addDays, expectStatus, factories, todayInNewYork, type Json } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Row = Record<string, string>;

/** Reads a CSV answer in full and parses it back into records keyed by the header. */
async function csv(request: ReturnType<ReturnType<TestApp['http']>['get']>): Promise<{ response: Response; rows: Row[] }> {
  const response = await request.buffer(true).parse((res, done) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.on('end', () => done(null, text));
  });
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers['content-disposition']).toMatch(/^attachment; filename="(letters|questions)-\d{4}-\d{2}-\d{2}\.csv"$/);
  const text = response.body as string;
  expect(text.endsWith('\r\n')).toBe(true);
  return { response, rows: parse(text, { columns: true, skip_empty_lines: false, relax_column_count: false }) as Row[] };
}

/** What a spreadsheet-safe cell holds for a text value: a leading formula character gets a `'`. */
const safe = (text: string | null | undefined) => (text == null ? '' : /^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** A letter of `GET /letters` as the CSV is expected to show it. */
function letterRow(l: Json): Row {
  return {
    id: l.id, title: safe(l.title), sentOn: l.sentOn, statedDueOn: cell(l.statedDueOn), dueOn: l.dueOn, dueOnSource: l.dueOnSource,
    dueOnExplanation: safe(l.dueOnExplanation), status: l.status, resolution: cell(l.resolution), timeliness: cell(l.timeliness),
    daysOverdue: cell(l.daysOverdue), daysOutstanding: cell(l.daysOutstanding), asOf: l.asOf,
    total: cell(l.counts.total), open: cell(l.counts.open), unanswered: cell(l.counts.unanswered), answered: cell(l.counts.answered),
    partiallyAnswered: cell(l.counts.partiallyAnswered), acknowledged: cell(l.counts.acknowledged), nonResponsive: cell(l.counts.nonResponsive),
    declined: cell(l.counts.declined), referred: cell(l.counts.referred), withdrawn: cell(l.counts.withdrawn), superseded: cell(l.counts.superseded),
    committeeId: cell(l.committeeId), followUpOfId: cell(l.followUpOfId),
    signers: safe(l.signers.map((s: Json) => s.fullName).join('; ')), signerIds: l.signers.map((s: Json) => s.personId).join('; '),
    recipients: safe(l.recipients.map((r: Json) => r.name).join('; ')),
    recipientIds: l.recipients.map((r: Json) => r.personId ?? r.organizationId).join('; '),
    tags: safe(l.tags.join('; ')), summary: safe(l.summary), sourceUrl: cell(l.sourceUrl), createdAt: l.createdAt, updatedAt: l.updatedAt,
  };
}

function questionRow(l: Json, q: Json): Row {
  return {
    letterId: l.id, letterTitle: safe(l.title), letterSentOn: l.sentOn, letterStatus: l.status, letterDueOn: l.dueOn,
    letterTimeliness: cell(l.timeliness), id: q.id, position: cell(q.position), label: safe(q.label), kind: q.kind, text: safe(q.text),
    status: cell(q.status), parentId: cell(q.parentId), reiteratesId: cell(q.reiteratesId), withdrawnOn: cell(q.withdrawnOn), asOf: l.asOf,
    createdAt: q.createdAt, updatedAt: q.updatedAt,
  };
}

/** Every page of `GET /letters` for a query. */
async function allPages(t: TestApp, query: string): Promise<Json[]> {
  const letters: Json[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = expectStatus(await t.http().get(`/letters?${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`), 200);
    letters.push(...page.data);
    cursor = page.nextCursor;
    pages += 1;
  } while (cursor);
  expect(pages).toBeGreaterThanOrEqual(1);
  return letters;
}

describe('CSV exports', () => {
  let t: TestApp;
  let agency: Json;
  let member: Json;
  const count = 130;
  beforeAll(async () => {
    t = await startTestApp();
    const f = factories(t);
    agency = await f.organization();
    const other = await f.organization();
    member = await f.member({ fullName: '=Rep. Formula' });
    const formulaTitles = ['=HYPERLINK("http://evil.example","click")', '+1+2', '-3 overdue', '@SUM(A1:A9)'];
    for (let i = 0; i < count; i++) {
      const letter = await f.letter({
        signerId: member.id,
        recipientOrganizationId: i % 3 === 0 ? other.id : agency.id,
        title: formulaTitles[i] ?? `Letter ${i}, "quoted", with\na line break`,
        summary: i === 4 ? '\tstarts with a tab' : i === 5 ? '\rstarts with a carriage return' : i % 2 ? null : `Summary ${i}; semi, comma`,
        sentOn: addDays('2025-01-02', i * 2),
        tags: i % 4 === 0 ? ['budget', 'detention'] : ['budget'],
        questions: [
          { label: '1', text: i === 6 ? '=cmd|" /C calc"!A0' : `Question one of ${i}`, kind: 'question' },
          { label: '2', text: `Documents for ${i}`, kind: 'document_request' },
        ],
      });
      if (i % 5 === 1) {
        await f.respond(letter.id, {
          receivedOn: addDays(letter.sentOn, 10),
          items: [
            { questionId: letter.questions[0].id, disposition: 'answered' },
            { questionId: letter.questions[1].id, disposition: i % 2 ? 'declined' : 'partially_answered' },
          ],
        });
      }
      if (i % 7 === 2) await f.extend(letter.id, { newDueOn: addDays(letter.sentOn, 90), grantedOn: addDays(letter.sentOn, 5) });
    }
  }, 120000);
  afterAll(async () => t.close());

  it('letters.csv has every matching letter, with the values GET /letters gives across all its pages', async () => {
    const json = await allPages(t, 'sort=-sentOn');
    expect(json).toHaveLength(count);
    const { rows } = await csv(t.http().get('/letters.csv'));
    expect(rows).toEqual(json.map(letterRow));
  });

  it('takes the list filters, sort and asOf (states replayed as of an earlier date)', async () => {
    const asOf = '2025-06-01';
    for (const query of [
      `tag=detention&asOf=${asOf}&sort=dueOn`,
      `recipientOrganizationId=${'AGENCY'}&status=partially_answered`,
      `timeliness=long_overdue&sort=-open&asOf=${addDays(todayInNewYork(), -30)}`,
      `signerId=${member.id}&sentFrom=2025-03-01&sentTo=2025-05-01&asOf=${asOf}&status=closed`,
      'q=Documents&sort=-relevance',
    ].map((q) => q.replace('AGENCY', agency.id))) {
      const json = await allPages(t, query);
      const { rows } = await csv(t.http().get(`/letters.csv?${query}`));
      expect({ query, rows }).toEqual({ query, rows: json.map(letterRow) });
    }
  });

  it('questions.csv has every question of the matching letters, with its status as of the date', async () => {
    for (const query of ['sort=-sentOn', 'tag=detention&asOf=2025-04-01&sort=sentOn']) {
      const letters = await allPages(t, query);
      const asOf = new URLSearchParams(query).get('asOf');
      const expected: Row[] = [];
      for (const letter of letters) {
        const questions = expectStatus(await t.http().get(`/letters/${letter.id}/questions${asOf ? `?asOf=${asOf}` : ''}`), 200);
        expected.push(...questions.data.map((q: Json) => questionRow(letter, q)));
      }
      const { rows } = await csv(t.http().get(`/questions.csv?${query}`));
      expect(rows.length).toBe(expected.length);
      expect({ query, rows }).toEqual({ query, rows: expected });
    }
  });

  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const { rows } = await csv(t.http().get('/letters.csv?sort=sentOn'));
    expect(rows.slice(0, 4).map((r) => r.title)).toEqual(["'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1+2", "'-3 overdue", "'@SUM(A1:A9)"]);
    expect(rows[4].summary).toBe("'\tstarts with a tab");
    expect(rows[5].summary).toBe("'\rstarts with a carriage return");
    expect(rows.every((r) => r.signers === "'=Rep. Formula")).toBe(true);
    expect(rows[6].title).toBe('Letter 6, "quoted", with\na line break');
    const questions = await csv(t.http().get('/questions.csv?sort=sentOn'));
    expect(questions.rows.find((r) => r.text.includes('calc'))?.text).toBe("'=cmd|\" /C calc\"!A0");
    for (const row of [...rows, ...questions.rows]) {
      for (const value of Object.values(row)) expect(/^[=+\-@\t\r]/.test(value)).toBe(false);
    }
  });

  it('answers CSV to GET /letters with Accept: text/csv, and JSON otherwise', async () => {
    const query = `recipientOrganizationId=${agency.id}&tag=detention`;
    const direct = await csv(t.http().get(`/letters.csv?${query}`));
    const negotiated = await csv(t.http().get(`/letters?${query}`).set('accept', 'text/csv'));
    expect(negotiated.rows).toEqual(direct.rows);
    const weighted = await csv(t.http().get(`/letters?${query}`).set('accept', 'application/json;q=0.5, text/csv'));
    expect(weighted.rows).toEqual(direct.rows);
    const json = await t.http().get(`/letters?${query}`).set('accept', 'application/json, text/csv;q=0.9');
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect((await t.http().get(`/letters?${query}`).set('accept', '*/*')).headers['content-type']).toMatch(/^application\/json/);
  });

  it('refuses bad parameters with a 400 naming them, before sending anything', async () => {
    for (const path of ['/letters.csv', '/questions.csv']) {
      for (const [query, field] of [['limit=10', 'limit'], ['cursor=abc', 'cursor'], ['asOf=2025-02-30', 'asOf'], ['status=pending', 'status'],
        ['signerId=x', 'signerId'], ['sort=-relevance', 'sort'], ['tag=a%00b', 'tag'], ['q=a%00b', 'q']]) {
        const problem = expectProblem(await t.http().get(`${path}?${query}`), 400);
        expect({ path, query, fields: problem.errors?.map((e) => e.field) }).toEqual({ path, query, fields: expect.arrayContaining([field]) });
      }
    }
  });

  it('answers just the header row when nothing matches', async () => {
    const response = await t.http().get('/letters.csv?tag=nothing-matches');
    expect(response.status).toBe(200);
    expect(response.text.split('\r\n')[0]).toMatch(/^id,title,sentOn,/);
    expect((await csv(t.http().get('/questions.csv?tag=nothing-matches'))).rows).toEqual([]);
  });
});
