import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expectProblem } from './support/problem.js';
import { expectStatus, factories, type Json } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
});

/** Fetches a feed, checks it is well-formed Atom (a feed with id, title, updated and self link; entries with id, title, updated, link), and parses it. */
async function atom(t: TestApp, path: string): Promise<{ feed: Json; entries: Json[] }> {
  const response = await t.http('none').get(path).buffer(true).parse((res, done) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.on('end', () => done(null, text));
  });
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/atom\+xml; charset=utf-8/);
  const xml = response.body as string;
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = parser.parse(xml);
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(feed).toMatchObject({ id: expect.any(String), title: expect.any(String), updated: expect.any(String) });
  expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  expect(feed.link.find((l: Json) => l['@rel'] === 'self')['@href']).toBe(`${t.url}${path}`);
  const entries: Json[] = feed.entry ?? [];
  for (const entry of entries) {
    expect(entry).toMatchObject({ id: expect.stringMatching(/^urn:uuid:[0-9a-f-]{36}$/), title: expect.any(String), updated: expect.any(String) });
    expect(new Date(entry.updated).toISOString()).toBe(entry.updated);
    expect(entry.link.find((l: Json) => l['@rel'] === 'alternate')['@href']).toMatch(new RegExp(`^${t.url}/letters/`));
  }
  return { feed, entries };
}

const ids = (entries: Json[]) => entries.map((e) => e.id.replace('urn:uuid:', ''));

describe('Atom feeds', () => {
  let t: TestApp;
  let agency: Json;
  let otherAgency: Json;
  let member: Json;
  let otherMember: Json;
  let letters: Json[];
  beforeAll(async () => {
    t = await startTestApp();
    const f = factories(t);
    [agency, otherAgency, member, otherMember] = [await f.organization(), await f.organization(), await f.member(), await f.member()];
    const official = await f.official(agency.id);
    const questions = [{ label: '1', text: 'Provide the agreement.', kind: 'document_request' }];
    letters = [];
    letters.push(await f.letter({ signerId: member.id, recipientOrganizationId: agency.id, tags: ['detention'], questions, sourceUrl: 'https://example.org/a?x=1&y=2' }));
    letters.push(await f.letter({ signerId: otherMember.id, recipientOrganizationId: otherAgency.id, tags: ['budget'], questions }));
    letters.push(await f.letter({
      title: 'Funds <script>alert(1)</script> & "other" \'things\'\u0007', summary: 'A summary with ]]> and <tags>.',
      signers: [{ personId: member.id, role: 'lead' }], recipients: [{ personId: official.id }], tags: ['detention', 'budget'], questions,
    }));
    const archived = await f.letter({ signerId: member.id, recipientOrganizationId: agency.id, tags: ['detention'], questions });
    expectStatus(await t.http().delete(`/letters/${archived.id}`), 204);
  });
  afterAll(async () => t.close());

  it('letters.atom lists the newest letters first, escaped, without archived ones', async () => {
    const { feed, entries } = await atom(t, '/feeds/letters.atom');
    expect(ids(entries)).toEqual([letters[2].id, letters[1].id, letters[0].id]);
    expect(feed.updated).toBe(entries[0].updated);
    const tricky = entries[0];
    expect(tricky.title).toBe('Funds <script>alert(1)</script> & "other" \'things\'');
    expect(tricky.summary['#text']).toContain('A summary with ]]> and <tags>.');
    expect(tricky.category.map((c: Json) => c['@term'])).toEqual(['detention', 'budget']);
    expect(tricky.author.map((a: Json) => a.name)).toEqual([member.fullName]);
    const first = entries[2];
    expect(first.link.find((l: Json) => l['@rel'] === 'related')['@href']).toBe('https://example.org/a?x=1&y=2');
    expect(first.summary['#text']).toContain(`Sent ${letters[0].sentOn} by ${member.fullName} to ${agency.name}; a response is due by ${letters[0].dueOn}.`);
  });

  it('letters.atom filters by recipient organization (directly or through its people), signer and tag', async () => {
    expect(ids((await atom(t, `/feeds/letters.atom?recipientOrganizationId=${agency.id}`)).entries)).toEqual([letters[2].id, letters[0].id]);
    expect(ids((await atom(t, `/feeds/letters.atom?signerId=${otherMember.id}`)).entries)).toEqual([letters[1].id]);
    expect(ids((await atom(t, '/feeds/letters.atom?tag=budget')).entries)).toEqual([letters[2].id, letters[1].id]);
    expect(ids((await atom(t, `/feeds/letters.atom?tag=detention&signerId=${member.id}&limit=1`)).entries)).toEqual([letters[2].id]);
    expect((await atom(t, '/feeds/letters.atom?tag=nothing-here')).entries).toEqual([]);
  });

  it('responses.atom lists logged responses, filtered by their letters', async () => {
    const f = factories(t);
    const first = await f.respond(letters[0].id, {
      receivedOn: '2025-05-02', respondent: { organizationId: agency.id }, summary: 'An interim reply.',
      items: [{ questionId: letters[0].questions[0].id, disposition: 'acknowledged' }],
    });
    const second = await f.respond(letters[1].id, { receivedOn: '2025-05-03', items: [{ questionId: letters[1].questions[0].id, disposition: 'answered' }] });
    const all = await atom(t, '/feeds/responses.atom');
    expect(ids(all.entries)).toEqual([second.id, first.id]);
    const entry = all.entries[1];
    expect(entry.title).toBe(`Response to "${letters[0].title}" from ${agency.name}`);
    expect(entry.link.find((l: Json) => l['@rel'] === 'alternate')['@href']).toBe(`${t.url}/letters/${letters[0].id}/responses`);
    expect(entry.summary['#text']).toBe('Received 2025-05-02. Questions: 1 acknowledged. An interim reply.');
    expect(ids((await atom(t, `/feeds/responses.atom?recipientOrganizationId=${agency.id}`)).entries)).toEqual([first.id]);
    expect(ids((await atom(t, `/feeds/responses.atom?signerId=${otherMember.id}`)).entries)).toEqual([second.id]);
    expect(ids((await atom(t, '/feeds/responses.atom?tag=detention')).entries)).toEqual([first.id]);
  });

  it('refuses bad filters with a 400 naming them', async () => {
    for (const [query, field] of [['recipientOrganizationId=nope', 'recipientOrganizationId'], ['signerId=1', 'signerId'], ['limit=0', 'limit'],
      ['limit=101', 'limit'], ['status=closed', 'status'], ['cursor=x', 'cursor'], ['tag=a%00b', 'tag']]) {
      for (const feed of ['letters', 'responses']) {
        const problem = expectProblem(await t.http('none').get(`/feeds/${feed}.atom?${query}`), 400);
        expect(problem.errors?.map((e) => e.field)).toContain(field);
      }
    }
  });
});

describe('Atom feeds with READ_ACCESS=key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ READ_ACCESS: 'key' });
  });
  afterAll(async () => t.close());

  it('need a key, like every read', async () => {
    expect((await t.http('none').get('/feeds/letters.atom')).status).toBe(401);
    expect((await t.http('viewer').get('/feeds/responses.atom')).status).toBe(200);
  });
});
