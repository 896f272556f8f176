import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CURSOR_CHECKS, decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, type Page } from '../common/pagination.js';
import { badRequest } from '../common/problem.js';
import { SqlParams } from '../common/sql-params.js';
import { CountingService } from '../counting/counting.service.js';
import type { LetterStateRow } from '../counting/letter-state.query.js';
import type { ListLettersQuery } from './dto/list-letters.query.js';
import type { LetterView } from './letter.view.js';
import { LetterViews } from './letter-views.js';

const SORT_COLUMNS = { sentOn: 'sent_on', dueOn: 'due_on', open: 'open', relevance: 'relevance' } as const;
const SORT_VALUE_CHECKS = { sent_on: CURSOR_CHECKS.date, due_on: CURSOR_CHECKS.date, open: CURSOR_CHECKS.integer, relevance: CURSOR_CHECKS.number };

/**
 * The conditions on a letter's own rows that the list filters set, as SQL on
 * alias `l`. Shared by the list, the exports and the feeds.
 */
export function letterFilterSql(query: Omit<ListLettersQuery, 'status' | 'timeliness' | 'sort' | 'limit' | 'cursor'>, params: SqlParams, asOf: string): string {
  const where = ['l.archived_at IS NULL', `l.sent_on <= ${params.add(asOf)}::date`];
  if (query.signerId) where.push(`EXISTS (SELECT 1 FROM letter_signers s WHERE s.letter_id = l.id AND s.person_id = ${params.add(query.signerId)})`);
  if (query.bioguideId) {
    where.push(`EXISTS (SELECT 1 FROM letter_signers s JOIN people p ON p.id = s.person_id WHERE s.letter_id = l.id AND p.bioguide_id = ${params.add(query.bioguideId)})`);
  }
  if (query.recipientOrganizationId) {
    const org = params.add(query.recipientOrganizationId);
    where.push(`EXISTS (SELECT 1 FROM letter_recipients r LEFT JOIN people p ON p.id = r.person_id
                 WHERE r.letter_id = l.id AND (r.organization_id = ${org} OR p.organization_id = ${org}))`);
  }
  if (query.recipientPersonId) where.push(`EXISTS (SELECT 1 FROM letter_recipients r WHERE r.letter_id = l.id AND r.person_id = ${params.add(query.recipientPersonId)})`);
  if (query.committeeId) where.push(`l.committee_id = ${params.add(query.committeeId)}`);
  if (query.tag) where.push(`l.tags @> ARRAY[${params.add(query.tag)}::text]`);
  if (query.sentFrom) where.push(`l.sent_on >= ${params.add(query.sentFrom)}::date`);
  if (query.sentTo) where.push(`l.sent_on <= ${params.add(query.sentTo)}::date`);
  if (query.q) where.push(`l.search_vector @@ websearch_to_tsquery('english', ${params.add(query.q)})`);
  return where.join(' AND ');
}

/** `GET /letters`: filter on facts, compute states as of the date, filter on states, sort, one keyset page. */
@Injectable()
export class LetterList {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counting: CountingService,
    private readonly views: LetterViews,
  ) {}

  async list(query: ListLettersQuery): Promise<Page<LetterView>> {
    const asOf = this.counting.settings.asOf(query.asOf);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const sort = query.sort ?? '-sentOn';
    if (sort === '-relevance' && !query.q) {
      throw badRequest('sort=-relevance needs a search: add q', [{ field: 'sort', message: 'sort -relevance needs q' }]);
    }
    const descending = sort.startsWith('-');
    const column = SORT_COLUMNS[sort.replace('-', '') as keyof typeof SORT_COLUMNS];
    const direction = descending ? 'DESC' : 'ASC';
    const params = new SqlParams();
    const after = query.cursor ? decodeCursor(query.cursor, [SORT_VALUE_CHECKS[column], CURSOR_CHECKS.uuid]) : undefined;
    const keyset = (alias: string, col: string) =>
      after ? ` AND (${alias}.${col}, ${alias}.id) ${descending ? '<' : '>'} (${params.add(after[0])}, ${params.add(after[1])}::uuid)` : '';
    let scope = `SELECT l.id FROM letters l WHERE ${letterFilterSql(query, params, asOf)}`;
    const needsAllStates = !!query.status || !!query.timeliness || column !== 'sent_on';
    if (!needsAllStates) {
      // Sorting by a letter's own date: only the page's letters need their state computed.
      scope += `${keyset('l', 'sent_on')} ORDER BY l.sent_on ${direction}, l.id ${direction} LIMIT ${limit + 1}`;
    }
    const statesSql = this.counting.statesSql(scope, params, asOf, query.timeliness);
    const rank = query.q
      ? `(SELECT ts_rank_cd(r.search_vector, websearch_to_tsquery('english', ${params.add(query.q)}))::float8 FROM letters r WHERE r.id = s.id)`
      : '0::float8';
    const conditions: string[] = [];
    if (query.status) conditions.push(`x.status = ${params.add(query.status)}`);
    if (query.timeliness) conditions.push(`x.timeliness = ${params.add(query.timeliness)}`);
    const sql = `SELECT x.* FROM (SELECT s.*, ${rank} AS relevance FROM (${statesSql}) s) x
      WHERE true ${conditions.map((c) => `AND ${c}`).join(' ')} ${needsAllStates ? keyset('x', column) : ''}
      ORDER BY x.${column} ${direction}, x.id ${direction} LIMIT ${limit + 1}`;
    const rows: (LetterStateRow & { relevance: number })[] = await this.dataSource.query(sql, params.values);
    const page = rows.slice(0, limit);
    const letters = await this.views.letters(page.map((r) => r.id));
    const data = await this.views.assemble(letters, new Map(page.map((r) => [r.id, r])), asOf);
    const last = page[page.length - 1];
    return { data, nextCursor: rows.length > limit ? encodeCursor([last[column], last.id]) : null };
  }
}
