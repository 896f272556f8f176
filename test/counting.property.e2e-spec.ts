import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import {
  addDays,
  aggregateOpenQuestions,
  computeAsOf,
  formatPolicy,
  threadRoots,
  todayIn,
  type CountingRules,
  type Facts,
  type GroupKey,
  type IsoDate,
  type LetterExtensionFact,
  type LetterFact,
  type LetterState,
  type QuestionFact,
  type ResponseFact,
} from '@app/rules';
import { startTestApp, type TestApp } from './support/test-app.js';
import { scenarios, type Scenario } from './support/counting-scenario.js';

/**
 * The counting rule exists twice: the reference in @app/rules and the SQL the
 * service runs. This property writes random scenarios through the HTTP API of
 * the real app (a fresh database per case) and checks, on several as-of dates,
 * that every letter, the letter list and every open-questions aggregate say
 * what the reference says of the same facts.
 *
 * PROPERTY_RUNS (default 40) sets the number of cases; PROPERTY_SEED (and
 * PROPERTY_PATH, both printed by fast-check on failure) replay one;
 * PROPERTY_SHRINK_MS (default 120000) bounds the time spent shrinking a failure.
 */

/** The app's defaults: DEFAULT_RESPONSE_POLICY 30 calendar days, LONG_OVERDUE_DAYS 30. */
const RULES: CountingRules = { policy: { days: 30, unit: 'calendar' }, longOverdueDays: 30 };
const GROUP_BYS = ['recipientOrganization', 'recipientPerson', 'signer', 'committee', 'tag'] as const;
type GroupBy = (typeof GROUP_BYS)[number];

const NUM_RUNS = positiveInt(process.env.PROPERTY_RUNS) ?? 40;
const SEED = process.env.PROPERTY_SEED !== undefined && process.env.PROPERTY_SEED !== '' ? Number(process.env.PROPERTY_SEED) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
const PATH = process.env.PROPERTY_PATH || undefined;
/** How long to go on shrinking a failure (each try boots an app): then the smallest failure found so far is reported. */
const SHRINK_BUDGET_MS = positiveInt(process.env.PROPERTY_SHRINK_MS) ?? 120_000;
/** Each case boots an app on a new database (~0.3 s) and makes ~60-120 requests: about 1 s. */
const TIMEOUT_MS = 60_000 + NUM_RUNS * 4_000 + SHRINK_BUDGET_MS;

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The facts as written, with the API's ids, kept in step with every successful write. */
interface World {
  scenario: Scenario;
  organizationIds: string[];
  personIds: string[];
  letterIds: string[];
  /** questionIds[letter][question] */
  questionIds: string[][];
  letters: LetterFact[];
  questions: QuestionFact[];
  responses: ResponseFact[];
  extensions: LetterExtensionFact[];
  /** Symbolic names for ids, to print requests readably. */
  names: Map<string, string>;
  log: string[];
  problems: string[];
  /** Interesting situations this case reached (printed as a tally after the run). */
  seen: Set<string>;
}

const facts = (w: World): Facts => ({ letters: w.letters, questions: w.questions, responses: w.responses, extensions: w.extensions });

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const symbolic = (w: World, text: string) => text.replace(UUID, (id) => w.names.get(id.toLowerCase()) ?? id);

/** Each case's app, with the counting settings pinned to what RULES and TIME_ZONE say (the defaults). */
const TIME_ZONE = 'America/New_York';
const startApp = () =>
  startTestApp({ DEFAULT_RESPONSE_POLICY: formatPolicy(RULES.policy), LONG_OVERDUE_DAYS: String(RULES.longOverdueDays), TRACKER_TIME_ZONE: TIME_ZONE });

/** One request, with an editor's key (t.http() sends one); writes are logged for the failure report. */
async function call(t: TestApp, w: World, method: 'get' | 'post' | 'patch' | 'delete', path: string, body?: unknown) {
  const req = t.http()[method](path);
  const res = body === undefined ? await req : await req.send(body as object);
  if (method !== 'get') w.log.push(`${method.toUpperCase()} ${symbolic(w, path)}${body === undefined ? '' : ` ${symbolic(w, JSON.stringify(body))}`} -> ${res.status}`);
  return res;
}

function expectStatus(w: World, res: { status: number; body: unknown }, status: number, what: string) {
  if (res.status !== status) {
    throw new Error(`${what}: expected ${status}, got ${res.status} ${symbolic(w, JSON.stringify(res.body))}\n${report(w)}`);
  }
}

function report(w: World): string {
  const lines = [...w.problems.slice(0, 25)];
  if (w.problems.length > 25) lines.push(`... and ${w.problems.length - 25} more`);
  return [
    ...(lines.length ? [`${w.problems.length} disagreement(s) between the API and @app/rules:`, ...lines.map((l) => `  - ${l}`)] : []),
    'Requests made (ids shown by name):',
    ...w.log.map((l) => `  ${l}`),
  ].join('\n');
}

/** Writes the scenario through the API, in order, keeping the reference facts in step. */
async function write(t: TestApp, s: Scenario): Promise<World> {
  const w: World = {
    scenario: s, organizationIds: [], personIds: [], letterIds: [], questionIds: [],
    letters: [], questions: [], responses: [], extensions: [], names: new Map(), log: [], problems: [], seen: new Set(),
  };
  const name = (id: string, n: string) => w.names.set(id.toLowerCase(), n);

  for (const [i, o] of s.organizations.entries()) {
    const res = await call(t, w, 'post', '/organizations', { name: o.name, kind: o.kind });
    expectStatus(w, res, 201, `POST /organizations (org${i})`);
    w.organizationIds.push(res.body.id);
    name(res.body.id, `org${i}`);
  }
  for (const [i, p] of s.people.entries()) {
    const body =
      p.kind === 'member'
        ? { fullName: p.fullName, kind: 'member', bioguideId: p.bioguideId, chamber: 'house', party: 'D', state: 'NY',
            ...(p.organization !== null ? { organizationId: w.organizationIds[p.organization] } : {}) }
        : { fullName: p.fullName, kind: 'official', title: 'Secretary', organizationId: w.organizationIds[p.organization!] };
    const res = await call(t, w, 'post', '/people', body);
    expectStatus(w, res, 201, `POST /people (person${i})`);
    w.personIds.push(res.body.id);
    name(res.body.id, `person${i}`);
  }

  let responseSeq = 0;
  let extensionSeq = 0;
  for (const op of s.ops) {
    const letterId = w.letterIds[op.letter];
    switch (op.op) {
      case 'letter': {
        const l = s.letters[op.letter];
        const body = {
          title: `Letter ${op.letter}`,
          sentOn: l.sentOn,
          statedDueOn: l.statedDueOn,
          committeeId: l.committee === null ? null : w.organizationIds[l.committee],
          followUpOfId: l.followUpOf === null ? null : w.letterIds[l.followUpOf],
          signers: l.signers.map((x) => ({ personId: w.personIds[x.person], role: x.role })),
          recipients: l.recipients.map((x) => ('person' in x ? { personId: w.personIds[x.person] } : { organizationId: w.organizationIds[x.organization] })),
          tags: l.tags,
          questions: l.questions.map((q) => ({
            label: q.label,
            text: `Question ${q.label} of letter ${op.letter}`,
            kind: q.kind,
            ...(q.parentLabel ? { parentLabel: q.parentLabel } : {}),
            reiteratesId: q.reiterates ? w.questionIds[q.reiterates.letter][q.reiterates.question] : null,
          })),
        };
        const res = await call(t, w, 'post', '/letters', body);
        expectStatus(w, res, 201, `POST /letters (L${op.letter})`);
        const id: string = res.body.id;
        w.letterIds[op.letter] = id;
        name(id, `L${op.letter}`);
        const byLabel = new Map<string, string>((res.body.questions ?? []).map((q: { label: string; id: string }) => [q.label, q.id]));
        w.questionIds[op.letter] = l.questions.map((q, k) => {
          const qid = byLabel.get(q.label);
          if (!qid) throw new Error(`POST /letters (L${op.letter}) did not answer question ${q.label}\n${report(w)}`);
          name(qid, `L${op.letter}.q${k}`);
          return qid;
        });
        w.letters.push({ id, sentOn: l.sentOn, statedDueOn: l.statedDueOn, archived: false });
        l.questions.forEach((q, k) =>
          w.questions.push({
            id: w.questionIds[op.letter][k],
            letterId: id,
            reiteratesId: q.reiterates ? w.questionIds[q.reiterates.letter][q.reiterates.question] : null,
            withdrawnOn: null,
          }),
        );
        // The 201 shows the letter as GET /letters/{id} does, as of today.
        const today = todayIn(TIME_ZONE);
        checkLetterBody(w, `POST /letters (L${op.letter}) answer`, res.body, today, computeAsOf(facts(w), today, RULES).get(id)!);
        break;
      }
      case 'response': {
        // Which items are for questions already superseded on receivedOn, given what exists now.
        const superseded = op.items.map((item) => carriersOf(w, w.questionIds[op.letter][item.question], op.receivedOn));
        const refused = op.keepSuperseded && superseded.some((c) => c !== null);
        const items = op.items.filter((_, i) => refused || superseded[i] === null);
        const body = {
          receivedOn: op.receivedOn,
          summary: 'A reply',
          items: items.map((x) => ({ questionId: w.questionIds[op.letter][x.question], disposition: x.disposition, note: 'noted' })),
        };
        const res = await call(t, w, 'post', `/letters/${letterId}/responses`, body);
        if (refused) {
          expectRefusedAsSuperseded(w, res, superseded, `POST /letters/L${op.letter}/responses`);
          w.seen.add('response refused: item for a superseded question (422)');
        } else {
          expectStatus(w, res, 201, `POST /letters/L${op.letter}/responses`);
          name(res.body.id, `R${responseSeq + 1}`);
          w.responses.push({
            id: res.body.id,
            letterId,
            receivedOn: op.receivedOn,
            seq: ++responseSeq,
            items: items.map((x) => ({ questionId: w.questionIds[op.letter][x.question], disposition: x.disposition })),
          });
        }
        break;
      }
      case 'withdraw': {
        const questionId = w.questionIds[op.letter][op.question];
        const res = await call(t, w, 'patch', `/letters/${letterId}/questions/${questionId}`, { withdrawnOn: op.withdrawnOn });
        expectStatus(w, res, 200, `PATCH /letters/L${op.letter}/questions/L${op.letter}.q${op.question}`);
        w.questions.find((q) => q.id === questionId)!.withdrawnOn = op.withdrawnOn;
        // The 200 answers the question with its status as of today.
        const today = todayIn(TIME_ZONE);
        const status = computeAsOf(facts(w), today, RULES).get(letterId)!.questionStatuses.get(questionId);
        if (res.body.status !== status) {
          w.problems.push(`PATCH /letters/L${op.letter}/questions/L${op.letter}.q${op.question} answer (today ${today}): status: API ${JSON.stringify(res.body.status)}, reference ${JSON.stringify(status)}`);
        }
        break;
      }
      case 'extension': {
        const res = await call(t, w, 'post', `/letters/${letterId}/extensions`, { newDueOn: op.newDueOn, grantedOn: op.grantedOn, note: 'granted' });
        expectStatus(w, res, 201, `POST /letters/L${op.letter}/extensions`);
        w.extensions.push({ letterId, newDueOn: op.newDueOn, grantedOn: op.grantedOn, seq: ++extensionSeq });
        break;
      }
      case 'archive': {
        const res = await call(t, w, 'delete', `/letters/${letterId}`);
        expectStatus(w, res, 204, `DELETE /letters/L${op.letter}`);
        w.letters.find((l) => l.id === letterId)!.archived = true;
        break;
      }
      case 'restore': {
        const res = await call(t, w, 'post', `/letters/${letterId}/restore`);
        expectStatus(w, res, 200, `POST /letters/L${op.letter}/restore`);
        w.letters.find((l) => l.id === letterId)!.archived = false;
        // The 200 shows the letter as GET /letters/{id} does, as of today.
        const today = todayIn(TIME_ZONE);
        checkLetterBody(w, `POST /letters/L${op.letter}/restore answer`, res.body, today, computeAsOf(facts(w), today, RULES).get(letterId)!);
        break;
      }
    }
  }
  noteShape(w);
  return w;
}

/** Tallies the situations the written facts set up. */
function noteShape(w: World) {
  const s = w.scenario;
  const depth = (i: number) => {
    let d = 0;
    for (let j = s.letters[i].followUpOf; j !== null; j = s.letters[j].followUpOf) d++;
    return d;
  };
  const deepest = Math.max(...s.letters.map((_, i) => depth(i)));
  if (deepest >= 1) w.seen.add('follow-up');
  if (deepest >= 2) w.seen.add('follow-up chain of depth >= 2');
  if (deepest >= 3) w.seen.add('follow-up chain of depth >= 3');
  const byId = new Map(w.questions.map((q) => [q.id, q]));
  if (w.questions.some((q) => q.reiteratesId)) w.seen.add('reiteration');
  if (w.questions.some((q) => q.reiteratesId && byId.get(q.reiteratesId)?.reiteratesId)) w.seen.add('reiteration of a reiteration');
  if (s.letters.some((l) => l.questions.some((q) => q.parentLabel))) w.seen.add('sub-part');
  if (w.questions.some((q) => q.withdrawnOn)) w.seen.add('withdrawal');
  const tie = w.responses.some((a, i) =>
    w.responses.some((b, j) => j < i && a.receivedOn === b.receivedOn && a.items.some((x) => b.items.some((y) => y.questionId === x.questionId))),
  );
  if (tie) w.seen.add('same-day responses to one question');
  if (w.extensions.some((a, i) => w.extensions.some((b, j) => j < i && a.letterId === b.letterId && a.grantedOn === b.grantedOn))) {
    w.seen.add('same-day extensions of one letter');
  }
  const retroactive = w.responses.some((r) =>
    r.items.some((i) => computeAsOf(facts(w), r.receivedOn, RULES).get(r.letterId)?.questionStatuses.get(i.questionId) === 'superseded'),
  );
  if (retroactive) w.seen.add('answer logged, then a letter reiterating the question sent by that date written (superseded on the answer\'s date)');
  const archived = s.ops.flatMap((op) => (op.op === 'archive' ? [op.letter] : []));
  if (archived.length) w.seen.add('archived letter');
  if (s.ops.some((op) => op.op === 'restore')) w.seen.add('archived letter restored');
  if (archived.some((a) => s.letters.some((l, i) => l.followUpOf === a || i === a && l.followUpOf !== null))) w.seen.add('archived letter in a follow-up chain');
}

/**
 * When the question is superseded on `on` (a newer question of its thread is in
 * a letter, not archived, sent on or before `on`), the questions that carry its
 * thread on then; else null. Withdrawal does not matter here: a withdrawn
 * question that was reiterated is still answered through its carrier.
 */
function carriersOf(w: World, questionId: string, on: IsoDate): string[] | null {
  const withoutWithdrawals = { ...facts(w), questions: w.questions.map((q) => ({ ...q, withdrawnOn: null })) };
  const question = w.questions.find((q) => q.id === questionId)!;
  const status = computeAsOf(withoutWithdrawals, on, RULES).get(question.letterId)?.questionStatuses.get(questionId);
  if (status !== 'superseded') return null;
  const roots = threadRoots(w.questions);
  const live = new Map(w.letters.filter((l) => !l.archived && l.sentOn <= on).map((l) => [l.id, l.sentOn]));
  const thread = w.questions.filter((q) => roots.get(q.id) === roots.get(questionId) && live.has(q.letterId));
  const newest = thread.reduce((max, q) => (live.get(q.letterId)! > max ? live.get(q.letterId)! : max), '');
  return thread.filter((q) => live.get(q.letterId) === newest).map((q) => q.id);
}

/** A 422 problem naming each item for a superseded question and the question that carries it. */
function expectRefusedAsSuperseded(w: World, res: { status: number; body: unknown; headers: Record<string, string> }, superseded: (string[] | null)[], what: string) {
  expectStatus(w, res, 422, `${what} (items for superseded questions)`);
  const errors = (res.body as { errors?: { field: string; message: string }[] } | null)?.errors ?? [];
  const text = `${res.headers['content-type']} ${JSON.stringify(res.body)}`;
  const faults: string[] = [];
  if (!String(res.headers['content-type']).includes('application/problem+json')) faults.push('content-type is not application/problem+json');
  superseded.forEach((carriers, i) => {
    if (!carriers) return;
    const error = errors.find((e) => e.field === `items[${i}].questionId`);
    if (!error) faults.push(`no error names items[${i}].questionId`);
    else if (!carriers.some((c) => error.message.toLowerCase().includes(c))) faults.push(`the error for items[${i}] does not name the carrier (${carriers.map((c) => symbolic(w, c)).join(' or ')})`);
  });
  if (faults.length) throw new Error(`${what}: ${faults.join('; ')}: ${symbolic(w, text)}\n${report(w)}`);
}

/** Group membership straight from the generated data, as the spec defines it. */
function groupsOf(w: World, groupBy: GroupBy): (letterId: string) => GroupKey[] {
  const s = w.scenario;
  const org = (i: number): GroupKey => ({ key: w.organizationIds[i], name: s.organizations[i].name });
  const person = (i: number): GroupKey => ({ key: w.personIds[i], name: s.people[i].fullName });
  const byLetter = new Map<string, GroupKey[]>(
    s.letters.map((l, i) => {
      let groups: GroupKey[];
      switch (groupBy) {
        case 'recipientOrganization':
          groups = l.recipients.flatMap((r) => {
            if ('organization' in r) return [org(r.organization)];
            const of = s.people[r.person].organization;
            return of === null ? [] : [org(of)];
          });
          break;
        case 'recipientPerson':
          groups = l.recipients.flatMap((r) => ('person' in r ? [person(r.person)] : []));
          break;
        case 'signer':
          groups = l.signers.map((x) => person(x.person));
          break;
        case 'committee':
          groups = l.committee === null ? [] : [org(l.committee)];
          break;
        case 'tag':
          groups = l.tags.map((tag) => ({ key: tag, name: tag }));
          break;
      }
      return [w.letterIds[i], groups];
    }),
  );
  return (letterId) => byLetter.get(letterId) ?? [];
}

const letterName = (w: World, id: string) => w.names.get(id) ?? id;

/** The fields of a letter (detail or list entry) that the counting rule decides. */
function expectedLetter(state: LetterState) {
  return {
    status: state.status,
    resolution: state.resolution,
    timeliness: state.timeliness,
    daysOverdue: state.daysOverdue,
    daysOutstanding: state.daysOutstanding,
    dueOn: state.dueOn,
    dueOnSource: state.dueOnSource,
    dueOnExplanation: state.dueOnExplanation,
    counts: state.counts,
  };
}

function compare(w: World, where: string, actual: Record<string, unknown>, expected: Record<string, unknown>) {
  for (const [field, want] of Object.entries(expected)) {
    const got = actual[field];
    if (!isDeepStrictEqual(got, want)) {
      w.problems.push(`${where}: ${field}: API ${JSON.stringify(got)}, reference ${JSON.stringify(want)}`);
    }
  }
}

/** A date to compare on; `query` is empty when the API is left to take today itself. */
interface AsOf {
  date: IsoDate;
  query: string;
}

/** `path` with the non-empty query parts. */
const withQuery = (path: string, ...parts: string[]) => {
  const query = parts.filter(Boolean).join('&');
  return query ? `${path}?${query}` : path;
};

async function checkLetter(t: TestApp, w: World, { date: asOf, query }: AsOf, id: string, state: LetterState) {
  const where = `GET ${withQuery(`/letters/${letterName(w, id)}`, query)}`;
  const res = await call(t, w, 'get', withQuery(`/letters/${id}`, query));
  if (res.status !== 200) {
    w.problems.push(`${where}: status ${res.status} ${symbolic(w, JSON.stringify(res.body))}`);
    return;
  }
  checkLetterBody(w, where, res.body, asOf, state);
}

/** A letter as GET /letters/{id} shows it: its state and each question's status. */
function checkLetterBody(w: World, where: string, body: Record<string, unknown>, asOf: IsoDate, state: LetterState) {
  compare(w, where, body, { asOf, ...expectedLetter(state) });
  const questions = (body.questions ?? []) as { id: string; status: string | null }[];
  const got = new Map(questions.map((q) => [q.id, q.status]));
  const want = state.questionStatuses;
  if (got.size !== questions.length || got.size !== want.size || [...want.keys()].some((q) => !got.has(q))) {
    w.problems.push(`${where}: questions: API ${symbolic(w, JSON.stringify([...got.keys()]))}, reference ${symbolic(w, JSON.stringify([...want.keys()]))}`);
  }
  for (const [qid, status] of want) {
    if (got.has(qid) && got.get(qid) !== status) {
      w.problems.push(`${where}: question ${letterName(w, qid)} status: API ${JSON.stringify(got.get(qid))}, reference ${JSON.stringify(status)}`);
    }
  }
}

async function checkList(t: TestApp, w: World, { date: asOf, query }: AsOf, states: Map<string, LetterState>) {
  const limit = w.scenario.pageSize;
  const where = `GET ${withQuery('/letters', query, `limit=${limit}`)}`;
  const seen: { id: string; sentOn: string; body: Record<string, unknown> }[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page++) {
    const res = await call(t, w, 'get', withQuery('/letters', query, `limit=${limit}`, cursor ? `cursor=${encodeURIComponent(cursor)}` : ''));
    if (res.status !== 200) {
      w.problems.push(`${where} (page ${page + 1}): status ${res.status} ${symbolic(w, JSON.stringify(res.body))}`);
      return;
    }
    const data: Record<string, unknown>[] = res.body.data;
    if (data.length > limit) w.problems.push(`${where} (page ${page + 1}): ${data.length} entries, more than the limit`);
    for (const entry of data) seen.push({ id: entry.id as string, sentOn: entry.sentOn as string, body: entry });
    cursor = res.body.nextCursor;
    if (!cursor) break;
    w.seen.add('letter list over several pages');
  }
  if (cursor) w.problems.push(`${where}: still a nextCursor after 20 pages`);
  const expected = [...states.values()].filter((s) => s.status !== 'not_yet_sent').map((s) => s.letterId);
  const ids = seen.map((e) => e.id);
  const sortedNames = (list: string[]) => list.map((id) => letterName(w, id)).sort();
  if (new Set(ids).size !== ids.length || !isDeepStrictEqual(sortedNames(ids), sortedNames(expected))) {
    w.problems.push(`${where}: letters listed (all pages): API ${JSON.stringify(ids.map((id) => letterName(w, id)))}, reference ${JSON.stringify(sortedNames(expected))}`);
  }
  for (let i = 1; i < seen.length; i++) {
    if (seen[i - 1].sentOn < seen[i].sentOn) w.problems.push(`${where}: not sorted by -sentOn: ${letterName(w, seen[i - 1].id)} before ${letterName(w, seen[i].id)}`);
  }
  for (const entry of seen) {
    const state = states.get(entry.id);
    if (state) compare(w, `${where}: entry ${letterName(w, entry.id)}`, entry.body, { asOf, ...expectedLetter(state) });
  }
}

async function checkStats(t: TestApp, w: World, { date: asOf, query }: AsOf, groupBy: GroupBy, states: Map<string, LetterState>) {
  const path = withQuery('/stats/open-questions', `groupBy=${groupBy}`, query);
  const where = `GET ${path}`;
  const res = await call(t, w, 'get', path);
  if (res.status !== 200) {
    w.problems.push(`${where}: status ${res.status} ${symbolic(w, JSON.stringify(res.body))}`);
    return;
  }
  compare(w, where, res.body, { asOf, groupBy });
  const fields = ['key', 'name', 'letters', 'questions', 'open', 'unanswered', 'overdueLetters'] as const;
  const pick = (row: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, row[f]]));
  const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.key).localeCompare(String(b.key));
  const got = ((res.body.data ?? []) as Record<string, unknown>[]).map(pick).sort(byKey);
  const want = aggregateOpenQuestions(states.values(), groupsOf(w, groupBy)).map((r) => pick({ ...r })).sort(byKey);
  if (want.length) w.seen.add(`open-questions rows by ${groupBy}`);
  const keys = new Set([...got, ...want].map((r) => String(r.key)));
  for (const key of keys) {
    const a = got.find((r) => r.key === key);
    const b = want.find((r) => r.key === key);
    if (!isDeepStrictEqual(a, b)) {
      w.problems.push(`${where}: group ${symbolic(w, key)}: API ${symbolic(w, JSON.stringify(a ?? null))}, reference ${symbolic(w, JSON.stringify(b ?? null))}`);
    }
  }
}

async function checkAll(t: TestApp, w: World) {
  // Archived letters are out of reach (404) on every date.
  for (const letter of w.letters.filter((l) => l.archived)) {
    const res = await call(t, w, 'get', `/letters/${letter.id}?asOf=${w.scenario.asOfs[w.scenario.asOfs.length - 1]}`);
    if (res.status !== 404) w.problems.push(`GET /letters/${letterName(w, letter.id)} (archived): status ${res.status}, expected 404`);
  }
  // The scenario's dates, then today (in the tracker's default zone): named, and by leaving asOf out;
  // and a date after today (every fact counts then, as today).
  const today = todayIn(TIME_ZONE);
  const dates: AsOf[] = [
    ...[...w.scenario.asOfs, today, addDays(today, 45)].map((date) => ({ date, query: `asOf=${date}` })),
    { date: today, query: '' },
  ];
  for (const asOf of dates) {
    const states = computeAsOf(facts(w), asOf.date, RULES);
    for (const state of states.values()) {
      w.seen.add(`letter ${state.status}${state.timeliness ? ` ${state.timeliness}` : ''}${state.resolution ? ` (${state.resolution})` : ''}`);
      for (const status of state.questionStatuses.values()) if (status === 'superseded' || status === 'withdrawn') w.seen.add(`question ${status}`);
    }
    const answeredThenSuperseded = w.responses.some(
      (r) => r.receivedOn <= asOf.date && r.items.some((i) => states.get(r.letterId)?.questionStatuses.get(i.questionId) === 'superseded'),
    );
    if (answeredThenSuperseded) w.seen.add('answered question superseded as of a later date');
    await Promise.all([
      ...[...states.entries()].map(([id, state]) => checkLetter(t, w, asOf, id, state)),
      checkList(t, w, asOf, states),
      ...GROUP_BYS.map((groupBy) => checkStats(t, w, asOf, groupBy, states)),
    ]);
  }
}

describe('counting: the API agrees with the reference rules (@app/rules)', () => {
  it(
    `on random scenarios (${NUM_RUNS} runs, seed ${SEED})`,
    async () => {
      // Printed up front so that a run that dies (timeout, crash) can still be replayed.
      console.log(`counting property: PROPERTY_SEED=${SEED} PROPERTY_RUNS=${NUM_RUNS}${PATH ? ` PROPERTY_PATH=${PATH}` : ''}`);
      const tally = new Map<string, number>();
      let cases = 0;
      let firstFailureAt: number | null = null;
      let shrinkCutShort = false;
      await fc.assert(
        fc.asyncProperty(scenarios, async (scenario) => {
          // Shrinking past its budget: pass every further candidate, so fast-check
          // ends with the smallest failing scenario found so far (fast-check's own
          // time limit would abandon a running case, and its app, mid-request).
          if (firstFailureAt !== null && Date.now() - firstFailureAt > SHRINK_BUDGET_MS) {
            if (!shrinkCutShort) console.log(`counting property: shrinking stopped after ${SHRINK_BUDGET_MS} ms (PROPERTY_SHRINK_MS)`);
            shrinkCutShort = true;
            return;
          }
          const t = await startApp();
          try {
            const w = await write(t, scenario);
            await checkAll(t, w);
            if (w.problems.length) throw new Error(report(w));
            cases += 1;
            for (const label of w.seen) tally.set(label, (tally.get(label) ?? 0) + 1);
          } catch (error) {
            firstFailureAt ??= Date.now();
            throw error;
          } finally {
            await t.close();
          }
        }),
        { numRuns: NUM_RUNS, seed: SEED, ...(PATH ? { path: PATH } : {}) },
      );
      const lines = [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([label, n]) => `  ${String(n).padStart(4)}  ${label}`);
      console.log(`counting property: ${cases} cases agreed; cases reaching each situation:\n${lines.join('\n')}`);
    },
    TIMEOUT_MS,
  );
});
