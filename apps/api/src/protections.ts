import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Env } from '@app/config';
import type { FastifyRequest } from 'fastify';
import { bearerSecret, hashSecret, knownActiveKeys } from './auth/secrets.js';

/** Security headers, CORS and rate limits, registered before any route. */
export async function registerProtections(app: NestFastifyApplication, env: Env): Promise<void> {
  await app.register(helmet, {
    // The interactive docs load their scripts from /docs and set inline styles.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });

  const origins = env.CORS_ORIGINS.trim();
  if (origins) {
    await app.register(cors, {
      origin: origins === '*' ? '*' : origins.split(',').map((o) => o.trim()),
      methods: ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Request-Id'],
      exposedHeaders: ['ETag', 'Location', 'Retry-After', 'X-Request-Id', 'Idempotent-Replayed', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
      maxAge: 600,
    });
  }

  if (env.RATE_LIMIT_PER_MINUTE > 0 || env.RATE_LIMIT_KEY_PER_MINUTE > 0) {
    // A client with a known good key is counted by its key; everyone else, unknown keys included, by address.
    const keyOf = (request: FastifyRequest) => {
      const secret = bearerSecret(request.headers.authorization);
      const hash = secret ? hashSecret(secret) : undefined;
      return hash && knownActiveKeys.has(hash) ? `key:${hash.slice(0, 32)}` : `ip:${request.ip}`;
    };
    const unlimited = Number.MAX_SAFE_INTEGER;
    await app.register(rateLimit, {
      global: true,
      timeWindow: 60_000,
      keyGenerator: keyOf,
      max: (_request: FastifyRequest, key: string) =>
        key.startsWith('key:') ? env.RATE_LIMIT_KEY_PER_MINUTE || unlimited : env.RATE_LIMIT_PER_MINUTE || unlimited,
      allowList: (request: FastifyRequest) => request.url.startsWith('/health/'),
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        code: 'RATE_LIMITED',
        message: `Too many requests: at most ${context.max} a minute; retry in ${Math.ceil(context.ttl / 1000)} s`,
      }),
    });
  }
}
