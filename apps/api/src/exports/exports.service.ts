import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_ENV, type Env } from '@app/config';
import { resolve, type IsoDate } from '@app/rules';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { badRequest, ProblemException } from '../common/problem.js';
import { SqlParams } from '../common/sql-params.js';
import { CountingService } from '../counting/counting.service.js';
import { questionStatusSql, type LetterStateRow } from '../counting/letter-state.query.js';
import { letterFilterSql } from '../letters/letter-list.js';
import { countsOf } from '../letters/letter-views.js';
import { csvLine } from './csv.js';
import { streamQuery } from './cursor-stream.js';
import { refuseNulCharacters, type ExportQuery } from './dto/export.query.js';

const SORT_COLUMNS = { sentOn: 'sent_on', dueOn: 'due_on', open: 'open', relevance: 'relevance' } as const;

export const LETTER_COLUMNS = [
  'id', 'title', 'sentOn', 'statedDueOn', 'dueOn', 'dueOnSource', 'dueOnExplanation', 'status', 'resolution', 'timeliness',
  'daysOverdue', 'daysOutstanding', 'asOf', 'total', 'open', 'unanswered', 'answered', 'partiallyAnswered', 'acknowledged',
  'nonResponsive', 'declined', 'referred', 'withdrawn', 'superseded', 'committeeId', 'followUpOfId', 'signers', 'signerIds',
  'recipients', 'recipientIds', 'tags', 'summary', 'sourceUrl', 'createdAt', 'updatedAt',
] as const;

export const QUESTION_COLUMNS = [
  'letterId', 'letterTitle', 'letterSentOn', 'letterStatus', 'letterDueOn', 'letterTimeliness', 'id', 'position', 'label', 'kind',
  'text', 'status', 'parentId', 'reiteratesId', 'withdrawnOn', 'asOf', 'createdAt', 'updatedAt',
] as const;

type LetterExportRow = LetterStateRow & {
  title: string; summary: string | null; stated_due_on: string | null; committee_id: string | null; follow_up_of_id: string | null;
  tags: string[]; source_url: string | null; created_at: Date; updated_at: Date;
  signer_names: string[]; signer_ids: string[]; recipient_names: string[]; recipient_ids: string[];
};

interface QuestionExportRow {
  letter_id: string; letter_title: string; sent_on: string; letter_status: string; due_on: string; timeliness: string | null;
  id: string; position: number; label: string | null; kind: string; text: string; status: string | null;
  parent_id: string | null; reiterates_id: string | null; withdrawn_on: string | null; created_at: Date; updated_at: Date;
}

/** Within a cell, list items are separated by `; ` (tags, names and ids hold none). */
const joined = (items: string[]) => items.join('; ');

/**
 * CSV exports of letters and questions: the list's filters and states as of
 * a date, every matching row, streamed from a server-side cursor so memory
 * stays flat however many letters match.
 */
@Injectable()
export class ExportsService {
  /** Each export holds a pooled connection while it streams: at most half the pool, so the API keeps answering. */
  private running = 0;
  private readonly maxRunning: number;
  private readonly statementTimeoutMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counting: CountingService,
    @Inject(APP_ENV) env: Env,
  ) {
    this.maxRunning = Math.max(1, Math.floor(env.DB_POOL_SIZE / 2));
    this.statementTimeoutMs = env.EXPORT_STATEMENT_TIMEOUT_MS;
  }

  letters(query: ExportQuery): Promise<Readable> {
    const asOf = this.counting.settings.asOf(query.asOf);
    const params = new SqlParams();
    const states = this.statesOf(query, params, asOf);
    const sql = `SELECT x.*, l.title, l.summary, l.stated_due_on, l.committee_id, l.follow_up_of_id, l.tags, l.source_url, l.created_at, l.updated_at,
        ARRAY(SELECT p.full_name FROM letter_signers s JOIN people p ON p.id = s.person_id WHERE s.letter_id = l.id ORDER BY s.position) AS signer_names,
        ARRAY(SELECT s.person_id FROM letter_signers s WHERE s.letter_id = l.id ORDER BY s.position) AS signer_ids,
        ARRAY(SELECT coalesce(p.full_name, o.name) FROM letter_recipients r LEFT JOIN people p ON p.id = r.person_id
              LEFT JOIN organizations o ON o.id = r.organization_id WHERE r.letter_id = l.id ORDER BY r.position) AS recipient_names,
        ARRAY(SELECT coalesce(r.person_id, r.organization_id) FROM letter_recipients r WHERE r.letter_id = l.id ORDER BY r.position) AS recipient_ids
      FROM (${states.sql}) x JOIN letters l ON l.id = x.id
      ORDER BY ${states.order}`;
    return this.stream<LetterExportRow>(sql, params.values, csvLine([...LETTER_COLUMNS]), (r) => {
      const counts = countsOf(r);
      return csvLine([
        r.id, r.title, r.sent_on, r.stated_due_on, r.due_on, r.due_on_source,
        this.counting.explainDueOn(r, { sentOn: r.sent_on, statedDueOn: r.stated_due_on }),
        r.status, r.status === 'closed' ? resolve(counts) : null, r.timeliness, r.days_overdue, r.days_outstanding, asOf,
        counts.total, counts.open, counts.unanswered, counts.answered, counts.partiallyAnswered, counts.acknowledged,
        counts.nonResponsive, counts.declined, counts.referred, counts.withdrawn, counts.superseded,
        r.committee_id, r.follow_up_of_id, joined(r.signer_names), joined(r.signer_ids), joined(r.recipient_names), joined(r.recipient_ids),
        joined(r.tags), r.summary, r.source_url, r.created_at, r.updated_at,
      ]);
    });
  }

  questions(query: ExportQuery): Promise<Readable> {
    const asOf = this.counting.settings.asOf(query.asOf);
    const params = new SqlParams();
    const states = this.statesOf(query, params, asOf);
    // As of today the maintained status answers; an earlier date replays the facts, as the letter views do.
    const status = this.counting.isCurrent(asOf)
      ? { join: '', column: 'q.current_status' }
      : {
          join: `LEFT JOIN (${questionStatusSql(`(SELECT id, sent_on FROM letters WHERE id IN (${states.scope}))`, `${params.add(asOf)}::date`)}) qs ON qs.id = q.id`,
          column: 'qs.status',
        };
    const sql = `SELECT x.id AS letter_id, l.title AS letter_title, x.sent_on, x.status AS letter_status, x.due_on, x.timeliness,
        q.id, q.position, q.label, q.kind, q.text, ${status.column} AS status, q.parent_id, q.reiterates_id, q.withdrawn_on, q.created_at, q.updated_at
      FROM (${states.sql}) x JOIN letters l ON l.id = x.id JOIN questions q ON q.letter_id = x.id ${status.join}
      ORDER BY ${states.order}, q.position, q.id`;
    return this.stream<QuestionExportRow>(sql, params.values, csvLine([...QUESTION_COLUMNS]), (r) =>
      csvLine([
        r.letter_id, r.letter_title, r.sent_on, r.letter_status, r.due_on, r.timeliness, r.id, r.position, r.label, r.kind, r.text,
        r.status, r.parent_id, r.reiterates_id, r.withdrawn_on, asOf, r.created_at, r.updated_at,
      ]),
    );
  }

  /**
   * The letters matching the list's filters, with their states as of the date,
   * filtered on state and in the list's order: the same rows `GET /letters`
   * pages through.
   */
  private statesOf(query: ExportQuery, params: SqlParams, asOf: IsoDate): { scope: string; sql: string; order: string } {
    refuseNulCharacters(query);
    const sort = query.sort ?? '-sentOn';
    if (sort === '-relevance' && !query.q) {
      throw badRequest('sort=-relevance needs a search: add q', [{ field: 'sort', message: 'sort -relevance needs q' }]);
    }
    const descending = sort.startsWith('-') ? 'DESC' : 'ASC';
    const column = SORT_COLUMNS[sort.replace('-', '') as keyof typeof SORT_COLUMNS];
    const scope = `SELECT l.id FROM letters l WHERE ${letterFilterSql(query, params, asOf)}`;
    const statesSql = this.counting.statesSql(scope, params, asOf, query.timeliness);
    const rank = query.q
      ? `(SELECT ts_rank_cd(r.search_vector, websearch_to_tsquery('english', ${params.add(query.q)}))::float8 FROM letters r WHERE r.id = s.id)`
      : '0::float8';
    const conditions: string[] = [];
    if (query.status) conditions.push(`s.status = ${params.add(query.status)}`);
    if (query.timeliness) conditions.push(`s.timeliness = ${params.add(query.timeliness)}`);
    return {
      scope,
      sql: `SELECT s.*, ${rank} AS relevance FROM (${statesSql}) s WHERE true ${conditions.map((c) => `AND ${c}`).join(' ')}`,
      order: `x.${column} ${descending}, x.id ${descending}`,
    };
  }

  private async stream<Row>(sql: string, params: unknown[], header: string, line: (row: Row) => string): Promise<Readable> {
    if (this.running >= this.maxRunning) {
      throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, `${this.running} exports are already running; try again in a few seconds`);
    }
    this.running += 1;
    let released = false;
    const release = () => {
      if (!released) this.running -= 1;
      released = true;
    };
    try {
      const stream = await streamQuery<Row>(this.dataSource, this.statementTimeoutMs, sql, params, header, (rows) => rows.map(line).join(''));
      stream.once('close', release);
      return stream;
    } catch (error) {
      release();
      throw error;
    }
  }
}
