import { Module } from '@nestjs/common';
import { AuditController } from '../audit/audit.controller.js';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysService } from './api-keys.service.js';

@Module({ controllers: [ApiKeysController, AuditController], providers: [ApiKeysService], exports: [ApiKeysService] })
export class AuthModule {}
