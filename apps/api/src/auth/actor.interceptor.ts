import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { actorContext, type Actor } from './actor-context.js';

/** Runs each request inside its own actor context, which the guard fills in and the audit trail reads. */
@Injectable()
export class ActorInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const actor = (request as FastifyRequest & { actor?: Actor }).actor;
    return new Observable((subscriber) => {
      const run = () => next.handle().subscribe(subscriber);
      if (actor) actorContext.run(actor, run);
      else run();
    });
  }
}
