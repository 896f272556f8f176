import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createLogger, type Env } from '@app/config';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { rewriteCsvRequests } from './exports/csv-negotiation.js';
import type { Actor } from './auth/actor-context.js';
import { PROBLEM_CONTENT_TYPE } from './common/problem.js';
import { registerProtections } from './protections.js';
import { setupOpenApi } from './openapi.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Builds the HTTP application exactly as production runs it; main.ts and the
 * e2e tests both call this, so tests meet the same pipes, filters and limits.
 */
export async function createApp(env: Env, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: env.LOG_LEVEL === 'silent' ? false : { level: env.LOG_LEVEL },
    bodyLimit: env.BODY_LIMIT_BYTES,
    requestIdHeader: false,
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    forceCloseConnections: 'idle',
    // Errors the router raises before any handler (a malformed or over-long path) are problem documents too.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const status = error.statusCode ?? 400;
      const detail = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path segment is too long' : 'The request path is malformed';
      void reply
        .status(status)
        .header('content-type', PROBLEM_CONTENT_TYPE)
        .send(JSON.stringify({ type: 'about:blank', title: status === 414 ? 'URI Too Long' : 'Bad Request', status, detail, requestId: String(request.id) }));
    },
    // `GET /letters` with `Accept: text/csv` is served by `GET /letters.csv`.
    rewriteUrl: rewriteCsvRequests,
    return503OnClosing: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(env, databaseUrl), adapter, {
    logger: createLogger(env),
    // Fastify's own JSON parser (with prototype-poisoning protection and the body limit) is the only one:
    // the API speaks JSON, so form and text bodies are a 415.
    bodyParser: false,
  });
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  const fastify = app.getHttpAdapter().getInstance();
  fastify.decorateRequest('actor', null);
  fastify.addHook('onRequest', async (request) => {
    const actor: Actor = { keyId: null, keyName: 'anonymous', role: null, requestId: String(request.id) };
    (request as typeof request & { actor: Actor }).actor = actor;
  });
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  await registerProtections(app, env);
  await setupOpenApi(app);
  if (env.MIGRATIONS_RUN) await app.get(DataSource).runMigrations({ transaction: 'each' });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
