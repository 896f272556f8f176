import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Access } from '../auth/access.decorator.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor } from '../common/pagination.js';
import { SqlParams } from '../common/sql-params.js';
import { AuditEntry, AuditPage } from './audit-entry.view.js';
import { AuditQuery } from './audit.query.js';


@ApiTags('access')
@ApiBearerAuth()
@Access('admin')
@Controller('audit')
export class AuditController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Who changed what and when, newest first, with the values before and after. */
  @Get()
  async list(@Query() query: AuditQuery): Promise<AuditPage> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const params = new SqlParams();
    const where: string[] = ['true'];
    if (query.entity) where.push(`entity = ${params.add(query.entity)}`);
    if (query.entityId) where.push(`entity_id = ${params.add(query.entityId.toLowerCase())}`);
    if (query.keyId) where.push(`key_id = ${params.add(query.keyId)}`);
    if (query.from) where.push(`at >= ${params.add(query.from)}::timestamptz`);
    if (query.to) where.push(`at < ${params.add(query.to)}::timestamptz`);
    if (query.cursor) {
      const [id] = decodeCursor(query.cursor, [(v) => typeof v === 'string' && /^\d{1,19}$/.test(v)]);
      where.push(`id < ${params.add(id)}::bigint`);
    }
    const rows = await this.dataSource.query(
      `SELECT id::text, at, key_id, key_name, request_id, entity, entity_id, action, before, after
       FROM audit_log WHERE ${where.join(' AND ')} ORDER BY id DESC LIMIT ${limit + 1}`,
      params.values,
    );
    const data: AuditEntry[] = rows.slice(0, limit).map((r: Record<string, never>) => ({
      id: r.id, at: r.at, key: { id: r.key_id, name: r.key_name }, requestId: r.request_id, entity: r.entity,
      entityId: r.entity_id, action: r.action, before: r.before, after: r.after,
    }));
    return { data, nextCursor: rows.length > limit ? encodeCursor([data[data.length - 1].id]) : null };
  }
}
