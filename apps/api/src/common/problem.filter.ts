import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { PROBLEM_CONTENT_TYPE, ProblemException, type FieldError, type ProblemBody } from './problem.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

interface Translated {
  status: number;
  detail: string;
  errors?: FieldError[];
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Unique constraints, and the field a duplicate value sits in. */
const UNIQUE_FIELDS: Record<string, { field: string; message: string }> = {
  organizations_code_key: { field: 'code', message: 'another organization already has this code' },
  people_bioguide_id_key: { field: 'bioguideId', message: 'another person already has this bioguide id' },
  questions_letter_label_key: { field: 'label', message: 'another question of this letter already has this label' },
};

/** PostgreSQL's own refusals that reach us mean a client's mistake, never ours. */
function fromDatabase(error: QueryFailedError): Translated | undefined {
  const driverError = error.driverError as { code?: string; constraint?: string; detail?: string };
  switch (driverError.code) {
    case '23505': {
      const known = driverError.constraint ? UNIQUE_FIELDS[driverError.constraint] : undefined;
      return known
        ? { status: 409, detail: `Conflict: ${known.message}`, errors: [known] }
        : { status: 409, detail: 'A record with these values already exists' };
    }
    case '23503':
      return { status: 422, detail: 'The request refers to a record that does not exist' };
    case '22P02':
    case '22007':
    case '22008':
    case '22021':
    case '22P05':
      return { status: 400, detail: 'A value in the request has the wrong format' };
    case '57014':
      return { status: 503, detail: 'The query took too long and was cancelled; narrow it and try again', headers: { 'retry-after': '5' } };
    case '40001':
    case '40P01':
      return { status: 503, detail: 'The request collided with a concurrent change; try again', headers: { 'retry-after': '1' } };
    default:
      return undefined;
  }
}

function translate(exception: unknown): Translated | undefined {
  if (exception instanceof ProblemException) {
    return { status: exception.getStatus(), detail: exception.message, errors: exception.errors, extensions: exception.extensions };
  }
  if (exception instanceof HttpException) {
    const response = exception.getResponse();
    const message = typeof response === 'object' && response && 'message' in response ? (response as { message: unknown }).message : exception.message;
    const detail = Array.isArray(message) ? message.join('; ') : String(message);
    const status = exception.getStatus();
    if (status === 415) return { status, detail: 'The request body has a content type the service does not accept; send application/json' };
    // Nest's unmatched-route exception says "Cannot GET /x"; keep that, it names the route.
    return { status, detail };
  }
  if (exception instanceof QueryFailedError) return fromDatabase(exception);
  // Errors raised by Fastify itself before a handler runs (bad JSON, body too large, media type).
  const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    const detail =
      fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? 'The request body is larger than the service accepts'
        : fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'The request body has a content type the service does not accept; send application/json'
          : fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
            ? 'The request says it carries JSON but its body is empty'
            : fastifyError.statusCode === 400 && /JSON/i.test(fastifyError.message ?? '')
              ? `The request body is not valid JSON: ${fastifyError.message}`
              : (fastifyError.message ?? 'The request could not be processed');
    return { status: fastifyError.statusCode, detail };
  }
  return undefined;
}

/** Every error, expected or not, leaves as `application/problem+json`; a 500 says nothing of internals. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const translated = translate(exception);
    const requestId = String(request.id);
    let body: ProblemBody;
    if (translated) {
      const { status, detail, errors, extensions, headers } = translated;
      body = { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, instance: request.url, requestId, ...extensions };
      if (errors?.length) body.errors = errors;
      for (const [name, value] of Object.entries(headers ?? {})) reply.header(name, value);
      if (status >= 500) this.logger.error({ requestId, message: detail, error: describe(exception) });
    } else {
      this.logger.error({ requestId, method: request.method, url: request.url, error: describe(exception) });
      body = {
        type: 'about:blank',
        title: TITLES[500],
        status: HttpStatus.INTERNAL_SERVER_ERROR,
        detail: `An unexpected error occurred. Quote request id ${requestId} when reporting it.`,
        instance: request.url,
        requestId,
      };
    }
    reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }
}

function describe(exception: unknown): string {
  return exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
}
