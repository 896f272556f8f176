import { HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_ENV, type Env } from '@app/config';
import { ProblemException } from '../common/problem.js';
import type { Actor } from './actor-context.js';
import { ACCESS_KEY, type AccessLevel } from './access.decorator.js';
import { ROLES, type Role } from './api-key.entity.js';
import { ApiKeysService } from './api-keys.service.js';
import { bearerSecret } from './secrets.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const unauthorized = (detail: string) => new ProblemException(HttpStatus.UNAUTHORIZED, detail);

/** Checks the request's API key against what the route needs: 401 without a valid key, 403 when its role is too low. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
    @Inject(APP_ENV) private readonly env: Env,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const declared = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    const level = declared ?? (READ_METHODS.has(request.method) ? 'read' : 'editor');
    const needed: Role | null = level === 'public' ? null : level === 'read' ? (this.env.READ_ACCESS === 'key' ? 'viewer' : null) : level;

    const secret = bearerSecret(request.headers.authorization);
    const actor = (request as FastifyRequest & { actor?: Actor }).actor;
    if (secret === null) {
      reply.header('www-authenticate', 'Bearer');
      throw unauthorized('The Authorization header must be "Bearer <API key secret>"');
    }
    if (secret !== undefined) {
      const key = await this.keys.verify(secret);
      if (!key) {
        reply.header('www-authenticate', 'Bearer error="invalid_token"');
        throw unauthorized('The API key is unknown or has been revoked');
      }
      if (actor) Object.assign(actor, { keyId: key.id, keyName: key.name, role: key.role });
    }
    if (!needed) return true;
    const role = actor?.role ?? null;
    if (!role) {
      reply.header('www-authenticate', 'Bearer');
      throw unauthorized(`This request needs an API key with the ${needed} role or higher`);
    }
    if (ROLES.indexOf(role) < ROLES.indexOf(needed)) {
      throw new ProblemException(HttpStatus.FORBIDDEN, `This request needs the ${needed} role; the key has ${role}`);
    }
    return true;
  }
}
