import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { dueDate, type IsoDate, type QuestionStatus, type Timeliness } from '@app/rules';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlParams } from '../common/sql-params.js';
import { letterStatesSql, maintainedStatesSql, questionStatusSql, type LetterStateRow } from './letter-state.query.js';
import { TrackerSettings } from './tracker-settings.js';

/** Runs the counting rules in SQL: statuses and counts as of a date, for any set of letters. */
@Injectable()
export class CountingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    readonly settings: TrackerSettings,
  ) {}

  /**
   * SQL answering the states as of a date of the sent, unarchived letters
   * whose ids `scope` answers (every such letter when `scope` is null), from
   * the maintained spans; add further parameters to `params` after it. With
   * `timeliness`, spans whose due date cannot give it are skipped early (the
   * caller still filters on timeliness).
   */
  statesSql(scope: string | null, params: SqlParams, asOf: IsoDate, timeliness?: Timeliness): string {
    return maintainedStatesSql(scope, params, asOf, this.settings.longOverdueDays, timeliness);
  }

  /** As of today or later every recorded fact counts, so the maintained state answers; earlier dates replay the facts. */
  isCurrent(asOf: IsoDate): boolean {
    return asOf >= this.settings.today();
  }

  /** States of the letters whose ids `scope` (SQL using `params`) answers. */
  letterStates(scope: string | null, params: SqlParams, asOf: IsoDate, manager: EntityManager = this.dataSource.manager): Promise<LetterStateRow[]> {
    return manager.query(this.statesSql(scope, params, asOf), params.values);
  }

  /**
   * One letter's state as of a date; undefined while it is not yet sent. An
   * archived letter has no maintained spans: its facts are replayed.
   */
  async letterState(letter: { id: string; archivedAt: Date | null }, asOf: IsoDate, manager: EntityManager = this.dataSource.manager): Promise<LetterStateRow | undefined> {
    const params = new SqlParams();
    const scope = `SELECT ${params.add(letter.id)}::uuid`;
    const sql = letter.archivedAt
      ? letterStatesSql(scope, params, asOf, this.settings.longOverdueDays)
      : maintainedStatesSql(scope, params, asOf, this.settings.longOverdueDays);
    const [row]: LetterStateRow[] = await manager.query(sql, params.values);
    return row;
  }

  /** Status of each question of these letters as of a date (questions of unsent letters are absent). */
  async questionStatuses(letterIds: string[], asOf: IsoDate, manager: EntityManager = this.dataSource.manager): Promise<Map<string, QuestionStatus>> {
    if (letterIds.length === 0) return new Map();
    if (this.isCurrent(asOf)) {
      const current: { id: string; status: QuestionStatus }[] = await manager.query(
        `SELECT q.id, q.current_status AS status FROM questions q JOIN letters l ON l.id = q.letter_id
         WHERE q.letter_id = ANY($1::uuid[]) AND l.sent_on <= $2::date`,
        [letterIds, asOf],
      );
      return new Map(current.map((r) => [r.id, r.status]));
    }
    const rows: { id: string; status: QuestionStatus }[] = await manager.query(
      `WITH scope AS (SELECT id, sent_on FROM letters WHERE id = ANY($1::uuid[])) SELECT * FROM (${questionStatusSql('scope', '$2::date')}) qs`,
      [letterIds, asOf],
    );
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  /** The sentence explaining a computed due date, worded by the reference rules. */
  explainDueOn(row: LetterStateRow, letter: { sentOn: IsoDate; statedDueOn: IsoDate | null }): string {
    const extensions = row.due_on_source === 'extension' && row.extension_granted_on
      ? [{ newDueOn: row.due_on, grantedOn: row.extension_granted_on, seq: 0 }]
      : [];
    return dueDate(letter, extensions, row.extension_granted_on ?? letter.sentOn, this.settings.policy).dueOnExplanation;
  }
}
