import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigModule, type Env } from '@app/config';
import { dataSourceOptions } from '@app/database';
import { AuditContextSubscriber } from './audit/audit-context.subscriber.js';
import { AccessGuard } from './auth/access.guard.js';
import { ActorInterceptor } from './auth/actor.interceptor.js';
import { AuthModule } from './auth/auth.module.js';
import { EtagInterceptor } from './common/etag.js';
import { IdempotencyInterceptor } from './common/idempotency.interceptor.js';
import { ProblemFilter } from './common/problem.filter.js';
import { createValidationPipe } from './common/validation.pipe.js';
import { ENTITIES } from './entities.js';
import { CountingModule } from './counting/counting.module.js';
import { ExtractionsModule } from './extractions/extractions.module.js';
import { ExtensionsModule } from './extensions/extensions.module.js';
import { HealthModule } from './health/health.module.js';
import { LettersModule } from './letters/letters.module.js';
import { OrganizationsModule } from './organizations/organizations.module.js';
import { PeopleModule } from './people/people.module.js';
import { QuestionsModule } from './questions/questions.module.js';
import { ResponsesModule } from './responses/responses.module.js';
import { ScorecardsModule } from './scorecards/scorecards.module.js';
import { StatsModule } from './stats/stats.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';
import { FeedsModule } from './feeds/feeds.module.js';
import { ExportsModule } from './exports/exports.module.js';

@Module({})
export class AppModule {
  static forRoot(env: Env, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        TypeOrmModule.forRoot({ ...dataSourceOptions(env, databaseUrl, ENTITIES, { subscribers: [AuditContextSubscriber] }), retryAttempts: 0 }),
        AuthModule,
        HealthModule,
        CountingModule,
        OrganizationsModule,
        PeopleModule,
        LettersModule,
        QuestionsModule,
        ResponsesModule,
        ExtensionsModule,
        StatsModule,
        ScorecardsModule,
        ExtractionsModule,
        WebhooksModule,
        FeedsModule,
        ExportsModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_GUARD, useClass: AccessGuard },
        // Outermost first: the actor context wraps idempotency, which wraps the handler.
        { provide: APP_INTERCEPTOR, useClass: ActorInterceptor },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
      ],
    };
  }
}
