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
 * To keep the SQL the app's as the app changes, every statement comes from the
 * app's own code: CountingService (the states for the date), LetterViews
 * (signers, recipients, questions, the follow-up chain, the JSON of a letter),
 * LetterList.list, StatsService.openQuestions and ResponsesService.log (lock,
 * checks, inserts, state refresh, outbox). They are plain classes: here they
 * are constructed by hand over a stand-in for TypeORM's DataSource whose
 * `query` is `pg`'s and whose `transaction` is BEGIN ... COMMIT on one pooled
 * connection, with the audit actor set first as the app's subscriber sets it.
 * Importing them loads Nest's and TypeORM's packages (their decorators run at
 * import) but nothing of Nest or TypeORM runs per request.
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
import { CountingService } from '../apps/api/src/counting/counting.service.js';
import { TrackerSettings } from '../apps/api/src/counting/tracker-settings.js';
import type { ListLettersQuery } from '../apps/api/src/letters/dto/list-letters.query.js';
import { LetterList } from '../apps/api/src/letters/letter-list.js';
import { LetterViews } from '../apps/api/src/letters/letter-views.js';
import { Letter } from '../apps/api/src/letters/letter.entity.js';
import { columnsOf } from '../apps/api/src/common/entity-columns.js';
import type { CreateResponseDto } from '../apps/api/src/responses/dto/create-response.dto.js';
import { ResponsesService } from '../apps/api/src/responses/responses.service.js';
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

type Client = pg.Pool | pg.PoolClient;

// ---------------------------------------------------------------------------
// A stand-in for the parts of TypeORM's DataSource / EntityManager the app's services use
// ---------------------------------------------------------------------------

function managerOf(client: Client): EntityManager {
  return { query: typeormQuery(client) } as unknown as EntityManager;
}

const manager = managerOf(pool);

/** `DataSource.transaction` as the app's services use it: one pooled connection, the audit actor set first (as the app's subscriber does). */
async function transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('START TRANSACTION');
    await client.query(`SELECT set_config('ot.key_id', $1, true), set_config('ot.key_name', $2, true), set_config('ot.request_id', $3, true)`, [
      '', BARE_ACTOR, randomUUID(),
    ]);
    const result = await work(managerOf(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const dataSource = { query: manager.query, manager, transaction } as unknown as DataSource;

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

app.post<{ Params: { id: string }; Body: CreateResponseDto }>('/letters/:id/responses', async (request, reply) => {
  const view = await responses.log(request.params.id.toLowerCase(), request.body);
  reply.code(201);
  return view;
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
