import { DynamicModule, Global, Module } from '@nestjs/common';
import type { Env } from './env.js';
import { APP_ENV } from './tokens.js';

/** Makes the environment, validated once in main.ts, injectable everywhere as {@link APP_ENV}. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: Env): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_ENV, useValue: env }], exports: [APP_ENV] };
  }
}
