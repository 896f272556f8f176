import { Global, Module } from '@nestjs/common';
import { AggregateCache } from './aggregate-cache.js';
import { CountingService } from './counting.service.js';
import { PolicySync } from './policy-sync.js';
import { TrackerSettings } from './tracker-settings.js';

@Global()
@Module({ providers: [CountingService, TrackerSettings, PolicySync, AggregateCache], exports: [CountingService, TrackerSettings, AggregateCache] })
export class CountingModule {}
