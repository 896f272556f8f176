import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SqlParams } from '../common/sql-params.js';
import { CountingService } from '../counting/counting.service.js';
import { AggregateCache } from '../counting/aggregate-cache.js';
import type { GroupBy, OpenQuestionsQuery } from './dto/open-questions.query.js';
import type { OpenQuestionsReport, OpenQuestionsRowView } from './dto/open-questions.view.js';

/**
 * For each grouping: how to pair every letter state `s` with the keys of the
 * groups it belongs to (each pair once), and where a key's display name lives.
 * Committee and tags travel with the states, so those groupings never read the
 * letters table.
 */
export const GROUPINGS: Record<GroupBy, { pairs: string; names: string }> = {
  recipientOrganization: {
    pairs: `JOIN (SELECT DISTINCT r.letter_id, coalesce(r.organization_id, p.organization_id) AS key
                  FROM letter_recipients r LEFT JOIN people p ON p.id = r.person_id) g ON g.letter_id = s.id`,
    names: `SELECT id::text AS key, name FROM organizations`,
  },
  recipientPerson: {
    pairs: `JOIN (SELECT letter_id, person_id AS key FROM letter_recipients WHERE person_id IS NOT NULL) g ON g.letter_id = s.id`,
    names: `SELECT id::text AS key, full_name AS name FROM people`,
  },
  signer: {
    pairs: `JOIN (SELECT letter_id, person_id AS key FROM letter_signers) g ON g.letter_id = s.id`,
    names: `SELECT id::text AS key, full_name AS name FROM people`,
  },
  committee: {
    pairs: `CROSS JOIN LATERAL (SELECT s.committee_id AS key) g`,
    names: `SELECT id::text AS key, name FROM organizations`,
  },
  tag: {
    pairs: `CROSS JOIN LATERAL unnest(s.tags) AS g(key)`,
    names: `SELECT NULL::text AS key, NULL::text AS name WHERE false`,
  },
};

@Injectable()
export class StatsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly counting: CountingService,
    private readonly cache: AggregateCache,
  ) {}

  /**
   * Letters, questions, open, unanswered and overdue letters per group, as of a
   * date, in one statement.
   */
  async openQuestions(query: OpenQuestionsQuery): Promise<OpenQuestionsReport> {
    const asOf = this.counting.settings.asOf(query.asOf);
    return { asOf, groupBy: query.groupBy, data: await this.compute(query, asOf) };
  }

  /**
   * The same report as JSON, kept until the next write: around hearings the
   * same aggregates are asked for over and over, and answering the stored
   * bytes costs no query, no serialization and no garbage per request.
   */
  openQuestionsJson(query: OpenQuestionsQuery): Promise<Buffer> {
    const asOf = this.counting.settings.asOf(query.asOf);
    const key = JSON.stringify([query.groupBy, asOf, query.sentFrom ?? null, query.sentTo ?? null]);
    return this.cache.get(key, async () => Buffer.from(JSON.stringify(await this.openQuestions({ ...query, asOf }))));
  }

  private compute(query: OpenQuestionsQuery, asOf: string): Promise<OpenQuestionsRowView[]> {
    const params = new SqlParams();
    // Every sent, unarchived letter has exactly one state span covering the date: no need to read the letters table.
    const states = this.counting.statesSql(null, params, asOf);
    const range: string[] = [];
    if (query.sentFrom) range.push(`s.sent_on >= ${params.add(query.sentFrom)}::date`);
    if (query.sentTo) range.push(`s.sent_on <= ${params.add(query.sentTo)}::date`);
    const grouping = GROUPINGS[query.groupBy];
    return this.dataSource.query(
      `WITH totals AS (
         SELECT g.key::text AS key, count(*)::int AS letters, sum(s.total - s.superseded)::int AS questions,
                sum(s.open)::int AS open, sum(s.unanswered)::int AS unanswered,
                count(*) FILTER (WHERE s.timeliness IN ('overdue', 'long_overdue'))::int AS "overdueLetters"
         FROM (${states}) s ${grouping.pairs}
         WHERE g.key IS NOT NULL ${range.map((c) => `AND ${c}`).join(' ')}
         GROUP BY g.key)
       SELECT t.key, coalesce(n.name, t.key) AS name, t.letters, t.questions, t.open, t.unanswered, t."overdueLetters"
       FROM totals t LEFT JOIN (${grouping.names}) n ON n.key = t.key
       ORDER BY t.open DESC, name, t.key`,
      params.values,
    );
  }
}
