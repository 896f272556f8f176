/**
 * The floor the API is compared against: a bare Fastify + `pg` server (no Nest
 * application, no dependency injection, no TypeORM data source, no validation,
 * no auth, no interceptors) answering the benchmarked routes with the JSON the
 * API gives, from the same SQL.
 *
 *   GET  /letters/:id
 *   GET  /letters?recipientOrganizationId=&timeliness=&status=&asOf=&limit=
 *   GET  /stats/open-questions?groupBy=&asOf=&sentFrom=&sentTo=
 *   POST /letters/:id/responses
 *   GET  /health/live
 *
 * To keep the SQL the app's as the app changes, the statements come from the
 * app's own code: CountingService (which picks the SQL for the date: replayed
 * facts or the maintained current state), LetterViews (signers, recipients,
 * assembly of the JSON), LetterList.list, StatsService.openQuestions, the
 * follow-up chain and reiteration queries, ResponsesService's checks and
 * refreshCurrentState. They are plain classes and functions: here they are
 * constructed by hand over a stand-in for TypeORM's DataSource/EntityManager
 * whose `query` is `pg`'s (the app's reads on these routes are plain queries).
 * Importing them loads Nest's and TypeORM's packages (their decorators run at
 * import) but nothing of Nest or TypeORM runs per request.
 * Only the response POST's lock and inserts (TypeORM's QueryBuilder and `save`
 * in the app) are hand-written here, as the same statements.
 *
 * Env: DATABASE_URL (required), BARE_PORT (default 3102), DB_POOL_SIZE (10, as the API),
 * TRACKER_TIME_ZONE, DEFAULT_RESPONSE_POLICY, LONG_OVERDUE_DAYS as the API reads them.
 */
import 'reflect-metadata';
import Fastify from 'fastify';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { loadEnv } from '@app/config';
import type { DataSource, EntityManager } from 'typeorm';
import { Problems } from '../apps/api/src/common/problems.js';
import { CountingService } from '../apps/api/src/counting/counting.service.js';
import { refreshCurrentState } from '../apps/api/src/counting/current-state.js';
import { TrackerSettings } from '../apps/api/src/counting/tracker-settings.js';
import type { ListLettersQuery } from '../apps/api/src/letters/dto/list-letters.query.js';
import { LetterList } from '../apps/api/src/letters/letter-list.js';
import { LetterViews } from '../apps/api/src/letters/letter-views.js';
import { Letter } from '../apps/api/src/letters/letter.entity.js';
import { columnsOf } from '../apps/api/src/common/entity-columns.js';
import { ResponsesService } from '../apps/api/src/responses/responses.service.js';
import { enqueueResponseLogged } from '../apps/api/src/webhooks/outbox.js';
import type { OpenQuestionsQuery } from '../apps/api/src/stats/dto/open-questions.query.js';
import type { AggregateCache } from '../apps/api/src/counting/aggregate-cache.js';
import { StatsService } from '../apps/api/src/stats/stats.service.js';
import { BARE_ACTOR, typeormQuery } from './lib.js';

// Dates stay `YYYY-MM-DD` strings, as the app's data source options set it.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

const env = loadEnv();
if (!env.DATABASE_URL) throw new Error('bare-server needs DATABASE_URL');
const pool = new pg.Pool({
  connectionString: env.DATABASE_URL,
  max: env.DB_POOL_SIZE,
  application_name: 'oversight-tracker-bench-bare',
  statement_timeout: env.DB_STATEMENT_TIMEOUT_MS,
  connectionTimeoutMillis: 5000,
});

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Client = pg.Pool | pg.PoolClient;

// ---------------------------------------------------------------------------
// A stand-in for the parts of TypeORM's DataSource / EntityManager the app's services use
// ---------------------------------------------------------------------------

function managerOf(client: Client): EntityManager {
  return { query: typeormQuery(client) } as unknown as EntityManager;
}

const manager = managerOf(pool);
const dataSource = { query: manager.query, manager } as unknown as DataSource;

const settings = new TrackerSettings(env);
const counting = new CountingService(dataSource, settings);
const views = new LetterViews(dataSource, counting);
const list = new LetterList(dataSource, counting, views);
// The bare floor computes every aggregate afresh: no cache.
const stats = new StatsService(dataSource, counting, { get: (_key: string, compute: () => Promise<unknown>) => compute() } as unknown as AggregateCache);
const responses = new ResponsesService(dataSource, settings);

// ---------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const app = Fastify({ logger: false, bodyLimit: env.BODY_LIMIT_BYTES });

/** The app's ProblemExceptions (Nest HttpExceptions) keep their status and body; anything else is a 500. */
app.setErrorHandler((error: Error & { getStatus?: () => number; getResponse?: () => unknown }, _request, reply) => {
  const status = error.getStatus?.() ?? 500;
  if (status >= 500) process.stderr.write(`${error.stack ?? error}\n`);
  void reply.code(status).type('application/problem+json').send(error.getResponse?.() ?? { title: 'Internal Server Error', status, detail: error.message });
});

app.get('/health/live', async () => ({ status: 'ok' }));

app.get<{ Params: { id: string }; Querystring: { asOf?: string } }>('/letters/:id', async (request, reply) => {
  const id = request.params.id.toLowerCase();
  if (!UUID.test(id)) return reply.code(400).send({ title: 'Bad Request', status: 400, detail: 'id must be a UUID' });
  // LettersService.find: findOneBy(Letter, { id }).
  const [letter] = await manager.query(`SELECT ${columnsOf(Letter)} FROM letters WHERE id = $1`, [id]);
  if (!letter || letter.archivedAt) return reply.code(404).send({ title: 'Not Found', status: 404, detail: `Letter ${id} does not exist` });
  return views.detail(letter as Letter, settings.asOf(request.query.asOf), manager);
});

app.get<{ Querystring: Record<string, string | undefined> }>('/letters', async (request) => {
  const query = { ...request.query, limit: request.query.limit ? Number(request.query.limit) : undefined } as ListLettersQuery;
  return list.list(query);
});

app.get<{ Querystring: Record<string, string | undefined> }>('/stats/open-questions', async (request) => {
  return stats.openQuestions(request.query as unknown as OpenQuestionsQuery);
});

interface ResponseBody {
  receivedOn: string;
  respondent?: { personId?: string; organizationId?: string } | null;
  summary?: string | null;
  sourceUrl?: string | null;
  items?: { questionId: string; disposition: string; note?: string | null }[];
}

/** As ResponsesService.log: one transaction that locks the letter, checks, inserts the response and its items, and refreshes the letter's state. */
app.post<{ Params: { id: string }; Body: ResponseBody }>('/letters/:id/responses', async (request, reply) => {
  const letterId = request.params.id.toLowerCase();
  const dto = request.body;
  const items = dto.items ?? [];
  const questionIds = items.map((i) => i.questionId.toLowerCase());
  const client = await pool.connect();
  const tx = managerOf(client);
  try {
    await client.query('START TRANSACTION');
    // The audit trail's actor, as the app's transaction subscriber sets it at the start of every transaction.
    await client.query(`SELECT set_config('ot.key_id', $1, true), set_config('ot.key_name', $2, true), set_config('ot.request_id', $3, true)`, [
      '', BARE_ACTOR, randomUUID(),
    ]);
    // lockActiveLetter: the letter's row, locked.
    const [letter] = await tx.query(`SELECT ${columnsOf(Letter)} FROM letters WHERE id = $1 AND archived_at IS NULL FOR UPDATE`, [letterId]);
    if (!letter) {
      await client.query('ROLLBACK');
      return reply.code(404).send({ title: 'Not Found', status: 404, detail: `Letter ${letterId} does not exist` });
    }
    const problems = new Problems();
    const today = settings.today();
    if (dto.receivedOn < letter.sentOn) problems.add('receivedOn', `receivedOn ${dto.receivedOn} is before the letter was sent (${letter.sentOn})`);
    if (dto.receivedOn > today) problems.add('receivedOn', `receivedOn ${dto.receivedOn} is in the future (today is ${today})`);
    // The app's own checks (private methods, called as they are).
    await responses['checkRespondent'](tx, dto as never, problems);
    await responses['checkItems'](tx, letterId, dto.receivedOn, questionIds, problems);
    problems.throwUnprocessable();
    // manager.save(Response) and manager.save(ResponseItem[]): one INSERT each, answering the generated columns.
    const [response] = await tx.query(
      `INSERT INTO responses (letter_id, received_on, respondent_person_id, respondent_organization_id, summary, source_url)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, seq, created_at AS "createdAt"`,
      [letterId, dto.receivedOn, dto.respondent?.personId ?? null, dto.respondent?.organizationId ?? null, dto.summary ?? null, dto.sourceUrl ?? null],
    );
    let saved: Row[] = [];
    if (items.length) {
      const values: unknown[] = [];
      const tuples = items.map((item, i) => {
        const base = values.push(response.id, questionIds[i], item.disposition, item.note ?? null, dto.receivedOn, response.seq, i + 1) - 7;
        return `(${Array.from({ length: 7 }, (_, k) => `$${base + k + 1}`).join(', ')})`;
      });
      saved = await tx.query(
        `INSERT INTO response_items (response_id, question_id, disposition, note, received_on, seq, position) VALUES ${tuples.join(', ')} RETURNING id`,
        values,
      );
    }
    await refreshCurrentState(tx, [letterId]);
    const view = {
      id: response.id,
      letterId,
      receivedOn: dto.receivedOn,
      respondent: dto.respondent?.personId || dto.respondent?.organizationId
        ? { personId: dto.respondent?.personId ?? null, organizationId: dto.respondent?.organizationId ?? null }
        : null,
      summary: dto.summary ?? null,
      sourceUrl: dto.sourceUrl ?? null,
      items: items.map((item, i) => ({ id: saved[i].id, questionId: questionIds[i], disposition: item.disposition, note: item.note ?? null })),
      createdAt: response.createdAt,
    };
    // The app writes the response.logged event in the same transaction (when anyone subscribes).
    await enqueueResponseLogged(tx, view as never);
    await client.query('COMMIT');
    const personId = dto.respondent?.personId ?? null;
    const organizationId = dto.respondent?.organizationId ?? null;
    reply.code(201);
    return {
      id: response.id,
      letterId,
      receivedOn: dto.receivedOn,
      respondent: personId || organizationId ? { personId, organizationId } : null,
      summary: dto.summary ?? null,
      sourceUrl: dto.sourceUrl ?? null,
      items: items.map((item, i) => ({ id: saved[i].id, questionId: questionIds[i], disposition: item.disposition, note: item.note ?? null })),
      createdAt: response.createdAt,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
});

const port = Number(process.env.BARE_PORT ?? 3102);
app
  .listen({ port, host: '127.0.0.1' })
  .then(
    () => process.stdout.write(`bare server listening on http://127.0.0.1:${port}\n`),
    (error: unknown) => {
      process.stderr.write(`bare server could not start: ${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void app.close().then(() => pool.end()).finally(() => process.exit(0));
  });
}
