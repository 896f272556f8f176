import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access.decorator.js';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';

export class HealthChecks {
  database: 'up' | 'down';
}

export class HealthReport {
  status: 'ok' | 'unavailable';
  checks: HealthChecks;
}

export class LiveReport {
  status: 'ok';
}

const READY_TIMEOUT_MS = 2000;

/** Probes for orchestrators and monitors; they need no key. */
@ApiTags('health')
@Access('public')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** The process is up and serving HTTP. */
  @Get('live')
  @HttpCode(HttpStatus.OK)
  live(): LiveReport {
    return { status: 'ok' };
  }

  /** The service can answer requests: its database answers a query within two seconds (503 otherwise). */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthReport> {
    const up = await this.databaseAnswers();
    if (!up) reply.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: up ? 'ok' : 'unavailable', checks: { database: up ? 'up' : 'down' } };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
    });
    const query = this.dataSource
      .query('SELECT 1')
      .then(() => true)
      .catch(() => false);
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
