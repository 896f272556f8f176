import type { Response } from 'supertest';
import { expectStatus, factories, unique, type Json } from './factories.js';
import type { KeyRole, TestApp } from './test-app.js';

/**
 * Every write route the API serves (enumerated from the controllers under
 * apps/api/src), each with a way to build a valid request against real
 * records, and a description of its body's fields for the fuzz test.
 *
 * `prepare` makes fresh records on every call (a DELETE or a restore consumes
 * its letter), so any number of requests can be built independently.
 */

export type Method = 'post' | 'patch' | 'put' | 'delete';

/** What a body field holds, for choosing values of the wrong type or shape. */
export type FieldKind =
  | 'text' // free text: any characters but NUL are fine
  | 'pattern' // a string with a fixed shape (code, bioguide id, state)
  | 'url'
  | 'date'
  | 'id'
  | 'enum'
  | 'int'
  | 'bool'
  | 'tags'
  | 'ids' // an array of UUIDs
  | 'objects' // an array of objects
  | 'object';

export interface Field {
  /** Where the field sits in the body: `['signers', 0, 'personId']`. */
  path: (string | number)[];
  kind: FieldKind;
  /** Longest accepted string (text and pattern fields). */
  max?: number;
}

export interface PreparedRequest {
  method: Method;
  /** The concrete path, ids filled in. */
  path: string;
  /** The path with `{param}` where each id goes, and the ids themselves, for path mutations. */
  template: string;
  params: Record<string, string>;
  body?: Json;
  headers?: Record<string, string>;
}

export interface WriteRoute {
  /** `POST /letters/{letterId}/questions`, as the OpenAPI document names it. */
  name: string;
  method: Method;
  template: string;
  /** The least role that may call it. */
  role: 'editor' | 'admin';
  /** Status of a valid request. */
  success: number;
  fields: Field[];
  prepare(t: TestApp): Promise<PreparedRequest>;
}

/** Sends a prepared request (or a variant of it) with a given key or Authorization header. */
export function send(
  t: TestApp,
  request: PreparedRequest,
  as: KeyRole | 'none' | { authorization: string } = 'editor',
  overrides: { path?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const agent = typeof as === 'string' ? t.http(as) : t.http('none');
  let test = agent[request.method](overrides.path ?? request.path);
  if (typeof as !== 'string') test = test.set('authorization', as.authorization);
  for (const [name, value] of Object.entries({ ...(request.headers ?? {}), ...(overrides.headers ?? {}) })) test = test.set(name, value);
  if (overrides.rawBody !== undefined) return test.set('content-type', 'application/json').send(overrides.rawBody);
  const body = 'body' in overrides ? overrides.body : request.body;
  if (body === undefined) return test;
  return test.set('content-type', 'application/json').send(JSON.stringify(body));
}

export const SENT_ON = '2025-04-17';

interface Directory {
  agencyId: string;
  committeeId: string;
  memberId: string;
  cosignerId: string;
  officialId: string;
}

const directories = new WeakMap<TestApp, Promise<Directory>>();

/** One small directory per app, made once and shared by every prepared request. */
export function directory(t: TestApp): Promise<Directory> {
  let made = directories.get(t);
  if (!made) {
    made = (async () => {
      const f = factories(t);
      const agency = await f.organization({ acronym: 'AG' });
      const committee = await f.committee();
      const member = await f.member();
      const cosigner = await f.member();
      const official = await f.official(agency.id);
      return { agencyId: agency.id, committeeId: committee.id, memberId: member.id, cosignerId: cosigner.id, officialId: official.id };
    })();
    directories.set(t, made);
  }
  return made;
}

/** A letter with two questions (labels 1 and 2), signed by the directory's member, to its agency. */
export async function freshLetter(t: TestApp, fields: Json = {}): Promise<Json> {
  const d = await directory(t);
  return factories(t).letter({
    signerId: d.memberId,
    recipientOrganizationId: d.agencyId,
    sentOn: SENT_ON,
    questions: [
      { label: '1', text: 'What legal authority supports the agreement?', kind: 'question' },
      { label: '2', text: 'Provide the records of the funds used.', kind: 'document_request' },
    ],
    ...fields,
  });
}

export async function createKey(t: TestApp, role: KeyRole, name = `key ${unique()}`): Promise<Json> {
  return expectStatus(await t.http('admin').post('/api-keys').send({ name, role }), 201);
}

const fill = (template: string, params: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => params[name]);

function prepared(method: Method, template: string, params: Record<string, string>, body?: Json, headers?: Record<string, string>): PreparedRequest {
  return { method, template, params, path: fill(template, params), body, headers };
}

const organizationFields: Field[] = [
  { path: ['name'], kind: 'text', max: 500 },
  { path: ['acronym'], kind: 'text', max: 50 },
  { path: ['kind'], kind: 'enum' },
  { path: ['code'], kind: 'pattern', max: 12 },
  { path: ['parentId'], kind: 'id' },
];

const personFields: Field[] = [
  { path: ['fullName'], kind: 'text', max: 300 },
  { path: ['kind'], kind: 'enum' },
  { path: ['bioguideId'], kind: 'pattern', max: 7 },
  { path: ['chamber'], kind: 'enum' },
  { path: ['party'], kind: 'text', max: 40 },
  { path: ['state'], kind: 'pattern', max: 2 },
  { path: ['title'], kind: 'text', max: 300 },
  { path: ['organizationId'], kind: 'id' },
];

const letterFields: Field[] = [
  { path: ['title'], kind: 'text', max: 1000 },
  { path: ['summary'], kind: 'text', max: 20000 },
  { path: ['fullText'], kind: 'text', max: 2_000_000 },
  { path: ['sourceUrl'], kind: 'url', max: 2000 },
  { path: ['sentOn'], kind: 'date' },
  { path: ['statedDueOn'], kind: 'date' },
  { path: ['committeeId'], kind: 'id' },
  { path: ['followUpOfId'], kind: 'id' },
  { path: ['signers'], kind: 'objects' },
  { path: ['signers', 0, 'personId'], kind: 'id' },
  { path: ['signers', 0, 'role'], kind: 'enum' },
  { path: ['recipients'], kind: 'objects' },
  { path: ['recipients', 0, 'organizationId'], kind: 'id' },
  { path: ['tags'], kind: 'tags' },
  { path: ['tags', 0], kind: 'text', max: 60 },
];

const newQuestionFields: Field[] = [
  { path: ['questions'], kind: 'objects' },
  { path: ['questions', 0, 'label'], kind: 'text', max: 40 },
  { path: ['questions', 0, 'text'], kind: 'text', max: 20000 },
  { path: ['questions', 0, 'kind'], kind: 'enum' },
  { path: ['questions', 1, 'parentLabel'], kind: 'text', max: 40 },
  { path: ['questions', 0, 'reiteratesId'], kind: 'id' },
  { path: ['extractQuestions'], kind: 'bool' },
];

export const WRITE_ROUTES: WriteRoute[] = [
  {
    name: 'POST /organizations',
    method: 'post',
    template: '/organizations',
    role: 'editor',
    success: 201,
    fields: organizationFields,
    async prepare(t) {
      const d = await directory(t);
      return prepared('post', '/organizations', {}, { name: `Agency ${unique()}`, acronym: 'AX', kind: 'agency', code: null, parentId: d.agencyId });
    },
  },
  {
    name: 'PATCH /organizations/{id}',
    method: 'patch',
    template: '/organizations/{id}',
    role: 'editor',
    success: 200,
    fields: organizationFields,
    async prepare(t) {
      const organization = await factories(t).organization();
      return prepared('patch', '/organizations/{id}', { id: organization.id }, { name: `Renamed ${unique()}`, acronym: 'RN', kind: 'agency' });
    },
  },
  {
    name: 'POST /people',
    method: 'post',
    template: '/people',
    role: 'editor',
    success: 201,
    fields: personFields,
    async prepare(t) {
      const d = await directory(t);
      return prepared('post', '/people', {}, {
        fullName: `Official ${unique()}`, kind: 'official', chamber: null, party: 'I', state: 'NY', title: 'Deputy Secretary', organizationId: d.agencyId,
      });
    },
  },
  {
    name: 'PATCH /people/{id}',
    method: 'patch',
    template: '/people/{id}',
    role: 'editor',
    success: 200,
    fields: personFields,
    async prepare(t) {
      const d = await directory(t);
      const person = await factories(t).official(d.agencyId);
      return prepared('patch', '/people/{id}', { id: person.id }, { fullName: `Renamed ${unique()}`, party: 'R', title: 'Under Secretary' });
    },
  },
  {
    name: 'POST /letters',
    method: 'post',
    template: '/letters',
    role: 'editor',
    success: 201,
    fields: [...letterFields, ...newQuestionFields],
    async prepare(t) {
      const d = await directory(t);
      return prepared('post', '/letters', {}, {
        title: `Letter ${unique()}`,
        summary: 'Asks about the detention agreement.',
        sourceUrl: 'https://example.org/letter.pdf',
        sentOn: SENT_ON,
        statedDueOn: '2025-05-01',
        committeeId: d.committeeId,
        signers: [{ personId: d.memberId, role: 'lead' }, { personId: d.cosignerId, role: 'cosigner' }],
        recipients: [{ organizationId: d.agencyId }, { personId: d.officialId }],
        tags: ['el-salvador'],
        questions: [
          { label: '1', text: 'What are the legal authorities?', kind: 'question' },
          { label: '1(a)', text: 'Which accounts paid?', kind: 'document_request', parentLabel: '1' },
        ],
      });
    },
  },
  {
    name: 'PATCH /letters/{id}',
    method: 'patch',
    template: '/letters/{id}',
    role: 'editor',
    success: 200,
    fields: letterFields,
    async prepare(t) {
      const d = await directory(t);
      const letter = await freshLetter(t);
      return prepared('patch', '/letters/{id}', { id: letter.id }, {
        title: `Changed ${unique()}`,
        summary: 'A new summary.',
        statedDueOn: '2025-06-01',
        signers: [{ personId: d.memberId, role: 'lead' }],
        recipients: [{ organizationId: d.agencyId }],
        tags: ['funding'],
      }, { 'if-match': `"v${letter.version}"` });
    },
  },
  {
    name: 'DELETE /letters/{id}',
    method: 'delete',
    template: '/letters/{id}',
    role: 'editor',
    success: 204,
    fields: [],
    async prepare(t) {
      const letter = await freshLetter(t);
      return prepared('delete', '/letters/{id}', { id: letter.id }, undefined, { 'if-match': `"v${letter.version}"` });
    },
  },
  {
    name: 'POST /letters/{id}/restore',
    method: 'post',
    template: '/letters/{id}/restore',
    role: 'editor',
    success: 200,
    fields: [],
    async prepare(t) {
      const letter = await freshLetter(t);
      expectStatus(await t.http().delete(`/letters/${letter.id}`), 204);
      return prepared('post', '/letters/{id}/restore', { id: letter.id });
    },
  },
  {
    name: 'POST /letters/{letterId}/questions',
    method: 'post',
    template: '/letters/{letterId}/questions',
    role: 'editor',
    success: 201,
    fields: [
      { path: ['label'], kind: 'text', max: 40 },
      { path: ['text'], kind: 'text', max: 20000 },
      { path: ['kind'], kind: 'enum' },
      { path: ['parentId'], kind: 'id' },
      { path: ['reiteratesId'], kind: 'id' },
      { path: ['position'], kind: 'int' },
    ],
    async prepare(t) {
      const letter = await freshLetter(t);
      return prepared('post', '/letters/{letterId}/questions', { letterId: letter.id }, {
        label: '1(a)', text: 'And the sub-accounts?', kind: 'document_request', parentId: letter.questions[0].id, position: 2,
      });
    },
  },
  {
    name: 'PUT /letters/{letterId}/questions/order',
    method: 'put',
    template: '/letters/{letterId}/questions/order',
    role: 'editor',
    success: 200,
    fields: [
      { path: ['questionIds'], kind: 'ids' },
      { path: ['questionIds', 0], kind: 'id' },
    ],
    async prepare(t) {
      const letter = await freshLetter(t);
      return prepared('put', '/letters/{letterId}/questions/order', { letterId: letter.id }, {
        questionIds: [letter.questions[1].id, letter.questions[0].id],
      }, { 'if-match': `"v${letter.version}"` });
    },
  },
  {
    name: 'PATCH /letters/{letterId}/questions/{questionId}',
    method: 'patch',
    template: '/letters/{letterId}/questions/{questionId}',
    role: 'editor',
    success: 200,
    fields: [
      { path: ['label'], kind: 'text', max: 40 },
      { path: ['text'], kind: 'text', max: 20000 },
      { path: ['kind'], kind: 'enum' },
      { path: ['parentId'], kind: 'id' },
      { path: ['reiteratesId'], kind: 'id' },
      { path: ['withdrawnOn'], kind: 'date' },
    ],
    async prepare(t) {
      const letter = await freshLetter(t);
      return prepared('patch', '/letters/{letterId}/questions/{questionId}', { letterId: letter.id, questionId: letter.questions[1].id }, {
        label: '2(b)', text: 'Provide every record of the funds.', kind: 'document_request', withdrawnOn: '2025-06-01',
      });
    },
  },
  {
    name: 'DELETE /letters/{letterId}/questions/{questionId}',
    method: 'delete',
    template: '/letters/{letterId}/questions/{questionId}',
    role: 'editor',
    success: 204,
    fields: [],
    async prepare(t) {
      const letter = await freshLetter(t);
      return prepared('delete', '/letters/{letterId}/questions/{questionId}', { letterId: letter.id, questionId: letter.questions[0].id });
    },
  },
  {
    name: 'POST /letters/{letterId}/responses',
    method: 'post',
    template: '/letters/{letterId}/responses',
    role: 'editor',
    success: 201,
    fields: [
      { path: ['receivedOn'], kind: 'date' },
      { path: ['respondent'], kind: 'object' },
      { path: ['respondent', 'organizationId'], kind: 'id' },
      { path: ['summary'], kind: 'text', max: 20000 },
      { path: ['sourceUrl'], kind: 'url', max: 2000 },
      { path: ['items'], kind: 'objects' },
      { path: ['items', 0, 'questionId'], kind: 'id' },
      { path: ['items', 0, 'disposition'], kind: 'enum' },
      { path: ['items', 0, 'note'], kind: 'text', max: 20000 },
    ],
    async prepare(t) {
      const d = await directory(t);
      const letter = await freshLetter(t);
      return prepared('post', '/letters/{letterId}/responses', { letterId: letter.id }, {
        receivedOn: '2025-06-02',
        respondent: { organizationId: d.agencyId },
        summary: 'An interim reply.',
        sourceUrl: 'https://example.org/reply.pdf',
        items: [
          { questionId: letter.questions[0].id, disposition: 'partially_answered', note: 'Cites two statutes.' },
          { questionId: letter.questions[1].id, disposition: 'declined', note: null },
        ],
      });
    },
  },
  {
    name: 'POST /letters/{letterId}/extensions',
    method: 'post',
    template: '/letters/{letterId}/extensions',
    role: 'editor',
    success: 201,
    fields: [
      { path: ['newDueOn'], kind: 'date' },
      { path: ['grantedOn'], kind: 'date' },
      { path: ['note'], kind: 'text', max: 5000 },
    ],
    async prepare(t) {
      const letter = await freshLetter(t);
      return prepared('post', '/letters/{letterId}/extensions', { letterId: letter.id }, { newDueOn: '2025-07-15', grantedOn: '2025-06-01', note: 'Granted by phone.' });
    },
  },
  {
    name: 'POST /api-keys',
    method: 'post',
    template: '/api-keys',
    role: 'admin',
    success: 201,
    fields: [
      { path: ['name'], kind: 'text', max: 200 },
      { path: ['role'], kind: 'enum' },
    ],
    async prepare() {
      return prepared('post', '/api-keys', {}, { name: `dashboard ${unique()}`, role: 'viewer' });
    },
  },
  {
    name: 'DELETE /api-keys/{id}',
    method: 'delete',
    template: '/api-keys/{id}',
    role: 'admin',
    success: 204,
    fields: [],
    async prepare(t) {
      const key = await createKey(t, 'viewer');
      return prepared('delete', '/api-keys/{id}', { id: key.id });
    },
  },
  {
    name: 'POST /webhooks',
    method: 'post',
    template: '/webhooks',
    role: 'editor',
    success: 201,
    fields: [
      { path: ['url'], kind: 'url', max: 2000 },
      { path: ['events'], kind: 'tags' },
      { path: ['events', 0], kind: 'enum' },
      { path: ['filter'], kind: 'object' },
      { path: ['filter', 'recipientOrganizationId'], kind: 'id' },
      { path: ['filter', 'tag'], kind: 'text', max: 60 },
    ],
    async prepare(t) {
      const d = await directory(t);
      return prepared('post', '/webhooks', {}, {
        url: PUBLIC_HOOK, events: ['response.logged', 'letter.overdue'], filter: { recipientOrganizationId: d.agencyId, tag: 'el-salvador' },
      });
    },
  },
  {
    name: 'PATCH /webhooks/{id}',
    method: 'patch',
    template: '/webhooks/{id}',
    role: 'editor',
    success: 200,
    fields: [
      { path: ['url'], kind: 'url', max: 2000 },
      { path: ['events'], kind: 'tags' },
      { path: ['events', 0], kind: 'enum' },
      { path: ['filter'], kind: 'object' },
      { path: ['filter', 'signerId'], kind: 'id' },
      { path: ['active'], kind: 'bool' },
    ],
    async prepare(t) {
      const d = await directory(t);
      const hook = await createWebhook(t);
      return prepared('patch', '/webhooks/{id}', { id: hook.id }, {
        url: `${PUBLIC_HOOK}/v2`, events: ['letter.created'], filter: { signerId: d.memberId }, active: false,
      });
    },
  },
  {
    name: 'DELETE /webhooks/{id}',
    method: 'delete',
    template: '/webhooks/{id}',
    role: 'editor',
    success: 204,
    fields: [],
    async prepare(t) {
      const hook = await createWebhook(t);
      return prepared('delete', '/webhooks/{id}', { id: hook.id });
    },
  },
];

/** A public address (no DNS lookup needed); nothing is delivered in tests, which run no webhook worker. */
export const PUBLIC_HOOK = 'https://93.184.215.14/hooks/oversight';

export async function createWebhook(t: TestApp, fields: Json = {}): Promise<Json> {
  return expectStatus(await t.http().post('/webhooks').send({ url: PUBLIC_HOOK, events: ['response.logged'], ...fields }), 201);
}

/**
 * `POST /extractions` writes nothing (it proposes questions from a text): it
 * is a read, public unless READ_ACCESS=key, and takes outside text.
 */
export const EXTRACTION_ROUTE: WriteRoute = {
  name: 'POST /extractions',
  method: 'post',
  template: '/extractions',
  role: 'editor',
  success: 200,
  fields: [
    { path: ['text'], kind: 'text', max: 2_000_000 },
    { path: ['sentOn'], kind: 'date' },
  ],
  async prepare() {
    return prepared('post', '/extractions', {}, {
      text: 'Dear Secretary Rubio:\n\nPlease provide the following by May 1, 2025:\n1. The legal authorities for the agreement.\n2. All records of the accounts used.\n',
      sentOn: SENT_ON,
    });
  },
};

/** Every GET route the API serves, with a path that exists, for the read-access checks. */
export async function readPaths(t: TestApp): Promise<string[]> {
  const d = await directory(t);
  const letter = await freshLetter(t);
  return [
    '/organizations',
    `/organizations/${d.agencyId}`,
    `/organizations/${d.agencyId}/scorecard`,
    '/people',
    `/people/${d.memberId}`,
    `/people/${d.memberId}/scorecard`,
    '/letters',
    `/letters/${letter.id}`,
    `/letters/${letter.id}/timeline`,
    `/letters/${letter.id}/questions`,
    `/letters/${letter.id}/responses`,
    `/letters/${letter.id}/extensions`,
    '/stats/open-questions?groupBy=recipientOrganization',
    '/letters.csv',
    '/questions.csv',
    '/feeds/letters.atom',
    '/feeds/responses.atom',
  ];
}
