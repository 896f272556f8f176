import { createParamDecorator, HttpStatus, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { ProblemException } from './problem.js';

/** What an `If-Match` header allows: any current version (`*`), or one of these versions. */
export type Precondition = { any: true } | { versions: number[] };

export const etagOf = (version: number) => `"v${version}"`;

/** Reads `If-Match`; strong tags only, as RFC 9110 compares them for If-Match. */
export function parseIfMatch(header: string | string[] | undefined): Precondition | undefined {
  if (header === undefined) return undefined;
  const text = Array.isArray(header) ? header.join(',') : header;
  if (text.trim() === '*') return { any: true };
  const versions = text
    .split(',')
    .map((tag) => /^"v(\d{1,9})"$/.exec(tag.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
  return { versions };
}

export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  parseIfMatch(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']),
);

/** 412 unless the stored version is one the client named. Call with the row locked. */
export function checkPrecondition(current: number, precondition: Precondition | undefined): void {
  if (!precondition || 'any' in precondition || precondition.versions.includes(current)) return;
  throw new ProblemException(
    HttpStatus.PRECONDITION_FAILED,
    `The resource has changed since you read it: it is now ${etagOf(current)}. Fetch it again, then retry.`,
    [{ field: 'If-Match', message: `does not match the current ETag ${etagOf(current)}` }],
    { currentEtag: etagOf(current) },
  );
}

/** Every single resource answered (it has an `id` and a `version`) carries its ETag. */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        if (body && typeof body === 'object' && 'id' in body && 'version' in body && typeof body.version === 'number') {
          reply.header('etag', etagOf(body.version));
        }
        return body;
      }),
    );
  }
}
