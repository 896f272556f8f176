import { HttpStatus, Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor, type OnModuleDestroy } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor-context.js';
import { badRequest, ProblemException } from './problem.js';

const KEY = /^[\x21-\x7e]{1,200}$/;
const WAIT_MS = 15000;
const POLL_MS = 50;
const KEEP_HOURS = 24;
const ABANDONED_MS = 60_000;

interface StoredRequest {
  id: string;
  method: string;
  path: string;
  body_hash: string;
  applied: boolean;
  created_at: Date;
  status_code: number | null;
  response_headers: Record<string, string> | null;
  response_body: string | null;
}

const bodyHash = (body: unknown) => createHash('sha256').update(JSON.stringify(body ?? null)).digest('hex');

/**
 * `Idempotency-Key` on POST: the first request runs and its answer is kept for
 * a day; a replay gets that answer and writes nothing; a duplicate that arrives
 * while the first is running waits for it. The record is marked applied inside
 * the request's own write transaction, so a crash can never run a write twice.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor, OnModuleDestroy {
  private readonly logger = new Logger('Idempotency');
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reflector: Reflector,
  ) {
    this.sweeper = setInterval(() => void this.sweep(), 3_600_000);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest & { actor?: Actor }>();
    const header = request.headers['idempotency-key'];
    if (request.method !== 'POST' || header === undefined) return next.handle();
    if (typeof header !== 'string' || !KEY.test(header)) {
      throw badRequest('Idempotency-Key must be 1 to 200 visible ASCII characters', [{ field: 'Idempotency-Key', message: 'invalid key' }]);
    }
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const status: number = this.reflector.get('__httpCode__', context.getHandler()) ?? HttpStatus.CREATED;
    return from(this.handle(request, reply, header, status, next));
  }

  private async handle(request: FastifyRequest & { actor?: Actor }, reply: FastifyReply, key: string, status: number, next: CallHandler): Promise<unknown> {
    const owner = request.actor?.keyId ?? `ip:${request.ip}`;
    const fingerprint = { method: request.method, path: request.url, body_hash: bodyHash(request.body) };
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const [created] = await this.dataSource.query(
        `INSERT INTO idempotency_keys (owner, key, method, path, body_hash) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (owner, key) DO NOTHING RETURNING id`,
        [owner, key, fingerprint.method, fingerprint.path, fingerprint.body_hash],
      );
      if (created) return this.runFirst(created.id, request, reply, next, status);
      const [record]: StoredRequest[] = await this.dataSource.query(`SELECT * FROM idempotency_keys WHERE owner = $1 AND key = $2`, [owner, key]);
      if (!record) continue; // the first attempt failed and let the key go: this one runs instead
      if (record.method !== fingerprint.method || record.path !== fingerprint.path || record.body_hash !== fingerprint.body_hash) {
        throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'This Idempotency-Key was already used for a different request', [
          { field: 'Idempotency-Key', message: 'already used with another method, path or body' },
        ]);
      }
      if (record.status_code !== null) {
        for (const [name, value] of Object.entries(record.response_headers ?? {})) reply.header(name, value);
        reply.header('idempotent-replayed', 'true');
        return record.response_body === null ? undefined : JSON.parse(record.response_body);
      }
      // Applied but not yet answered is the normal moment between the first request's commit and its answer being
      // kept: wait for it. Only a record left that way long after (its process died in between) is reported.
      if (record.applied && Date.now() - new Date(record.created_at).getTime() > ABANDONED_MS) {
        throw new ProblemException(HttpStatus.CONFLICT, 'The first request with this Idempotency-Key was applied but its answer was not kept; read the resource instead');
      }
      if (Date.now() > deadline) {
        throw new ProblemException(HttpStatus.CONFLICT, 'A request with this Idempotency-Key is still being processed; retry later');
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private async runFirst(id: string, request: FastifyRequest & { actor?: Actor }, reply: FastifyReply, next: CallHandler, status: number) {
    if (request.actor) request.actor.idempotencyRecordId = id;
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      const headers: Record<string, string> = {};
      for (const name of ['location', 'etag']) {
        const value = reply.getHeader(name);
        if (typeof value === 'string') headers[name] = value;
      }
      await this.dataSource.query(
        `UPDATE idempotency_keys SET status_code = $2, response_headers = $3, response_body = $4, completed_at = now() WHERE id = $1`,
        [id, status, headers, body === undefined ? null : JSON.stringify(body)],
      );
      return body;
    } catch (error) {
      // Nothing was written unless the write committed: then keep the record so a replay never writes twice.
      const [record] = await this.dataSource.query(`SELECT applied FROM idempotency_keys WHERE id = $1`, [id]);
      if (record && !record.applied) await this.dataSource.query(`DELETE FROM idempotency_keys WHERE id = $1`, [id]);
      throw error;
    } finally {
      if (request.actor) request.actor.idempotencyRecordId = undefined;
    }
  }

  private async sweep(): Promise<void> {
    try {
      await this.dataSource.query(`DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`, [KEEP_HOURS]);
    } catch (error) {
      this.logger.warn(`could not sweep old idempotency keys: ${(error as Error).message}`);
    }
  }
}
